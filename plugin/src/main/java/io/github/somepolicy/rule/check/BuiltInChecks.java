package io.github.somepolicy.rule.check;

import io.github.somepolicy.rule.Check;
import java.util.Map;
import java.util.TreeMap;

/** The built-in checks by name, listed explicitly and sorted: no classpath scanning. */
public final class BuiltInChecks {

    private BuiltInChecks() {}

    /** Every built-in check, keyed by the name the catalogue uses. */
    public static Map<String, Check> all() {
        Map<String, Check> checks = new TreeMap<>();
        checks.put("account-lifecycle", new AccountLifecycleCheck());
        checks.put("account-type", new AccountTypeCheck());
        checks.put("elected-official-disclaimer", new ElectedOfficialDisclaimerCheck());
        checks.put("municipality-wide-unit", new MunicipalityWideUnitCheck());
        checks.put("unit-manager", new UnitManagerCheck());
        checks.put("archive-method", new ArchiveMethodCheck());
        checks.put("archive-routine", new ArchiveRoutineCheck());
        checks.put("archive-snapshot", new ArchiveSnapshotCheck(false));
        checks.put("archive-snapshot-due-soon", new ArchiveSnapshotCheck(true));
        checks.put("ordered-history", new OrderedHistoryCheck());
        checks.put("placeholder", new PlaceholderCheck());
        checks.put("retention-decision", new RetentionDecisionCheck(false));
        checks.put("retention-transferred-copies", new RetentionDecisionCheck(true));
        checks.put("backup-moderator", new BackupModeratorCheck());
        checks.put("credential-holders", new CredentialHoldersCheck());
        checks.put("crisis-routine", new CrisisRoutineCheck());
        checks.put("dated-record", new DatedRecordCheck());
        checks.put("done-date", new DoneDateCheck());
        checks.put("moderation-coverage", new ModerationCoverageCheck());
        checks.put("moderator", new ModeratorCheck());
        checks.put("monitoring-frequency", new MonitoringFrequencyCheck());
        checks.put("personal-identity-number", new io.github.somepolicy.rule.privacy.PersonalIdentityNumberCheck());
        checks.put("private-contact", new io.github.somepolicy.rule.privacy.PrivateContactCheck());
        checks.put("secret-value", new io.github.somepolicy.rule.privacy.SecretValueCheck());
        checks.put("required-fields", new RequiredFieldsCheck());
        checks.put("required-true", new RequiredTrueCheck());
        checks.put("response-time", new ResponseTimeCheck());
        checks.put("signature-municipality", new SignatureCheck());
        checks.put("unit-exists", new UnitExistsCheck());
        checks.putAll(io.github.somepolicy.rule.notice.NoticeChecks.all());
        return checks;
    }
}
