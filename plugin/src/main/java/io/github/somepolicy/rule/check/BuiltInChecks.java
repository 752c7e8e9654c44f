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
        checks.put("archive-snapshot", new ArchiveSnapshotCheck());
        checks.put("backup-moderator", new BackupModeratorCheck());
        checks.put("dated-record", new DatedRecordCheck());
        checks.put("required-fields", new RequiredFieldsCheck());
        checks.put("unit-exists", new UnitExistsCheck());
        return checks;
    }
}
