package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's somepolicy.yaml: severities, rules turned off, file overrides, waivers, profiles. */
class PolicyTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";

    @TempDir
    Path root;

    /** Where the overdue snapshot date of the base account is, as file:line:column. */
    private String snapshot;

    @BeforeEach
    void copyBase() throws Exception {
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
        String account = Files.readString(root.resolve(ACCOUNT));
        Files.writeString(
                root.resolve(ACCOUNT), account.replace("lastSnapshot: 2026-09-01", "lastSnapshot: 2026-01-01"));
        List<String> lines = Files.readAllLines(root.resolve(ACCOUNT));
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf("lastSnapshot: ");
            if (column >= 0) {
                snapshot = ACCOUNT + ":" + (i + 1) + ":" + (column + "lastSnapshot: ".length() + 1);
            }
        }
    }

    private Report run(String policy) throws Exception {
        String profile = policy.contains("extends:") ? "" : "extends: strict\n";
        Files.writeString(root.resolve("somepolicy.yaml"), "kind: policy\nversion: 1\n" + policy + profile);
        return new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
    }

    private static List<String> findings(Report report) {
        return report.findings().stream()
                .map(f -> f.location().file() + ":" + f.location().start() + " "
                        + (f.waived() ? "waived" : f.severity().id()) + " " + f.ruleId())
                .toList();
    }

    @Test
    void withoutOverridesTheDefaultSeverityApplies() throws Exception {
        assertThat(findings(run(""))).containsExactly(snapshot + " error archive-snapshot-overdue");
    }

    @Test
    void aRuleCanBeDowngradedOrTurnedOff() throws Exception {
        assertThat(findings(run("rules:\n  archive-snapshot-overdue: warning\n")))
                .containsExactly(snapshot + " warning archive-snapshot-overdue");
        assertThat(findings(run("rules:\n  archive-snapshot-overdue: off\n"))).isEmpty();
        assertThat(run("rules:\n  archive-snapshot-overdue: off\n").rule("archive-snapshot-overdue"))
                .isEmpty();
    }

    @Test
    void parametersChangeWhatARuleAccepts() throws Exception {
        String policy = "rules:\n  archive-snapshot-overdue:\n    parameters:\n      maxInterval: P1Y\n"
                + "  archive-interval:\n    parameters:\n      maxInterval: P1Y\n";
        Files.writeString(
                root.resolve(ACCOUNT),
                Files.readString(root.resolve(ACCOUNT)).replace("interval: P6M", "interval: P1Y"));
        assertThat(findings(run(policy))).isEmpty();
    }

    @Test
    void parametersAreCheckedAgainstTheRulesDeclarationWithPositions() throws Exception {
        Report report = run("rules:\n  moderation-monitoring:\n    parameters:\n      minimun: daily\n"
                + "  archive-method:\n    parameters:\n      allowedMethods: [papper]\n");
        List<String> lines = report.findings().stream()
                .filter(f -> f.location().file().equals("somepolicy.yaml"))
                .map(f -> f.location().start() + " " + f.ruleId() + " " + f.message())
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("6:7 schema").contains("minimun").contains("minimum");
        assertThat(lines.get(1)).startsWith("9:24 schema").contains("papper");
    }

    @Test
    void aPlanningWindowOutOfRangeIsASchemaFindingNotACrash() throws Exception {
        Report report = run("settings:\n  planningWindowDays: 0\n  soonDueDays: -5\n");
        assertThat(report.findings().stream()
                        .filter(f -> f.location().file().equals("somepolicy.yaml"))
                        .map(f -> f.location().start().toString() + " " + f.ruleId()))
                .containsExactly("4:23 schema", "5:16 schema");
    }

    @Test
    void overridesApplyToMatchingFilesOnly() throws Exception {
        Report report = run(
                "overrides:\n  - files: [\"accounts/kommunikation/**\"]\n    rules:\n      archive-snapshot-overdue: note\n");
        assertThat(findings(report)).containsExactly(snapshot + " note archive-snapshot-overdue");
        assertThat(report.failsAt(Optional.of(Severity.ERROR))).isFalse();
    }

    @Test
    void aWaiverInForceSuppressesButKeepsTheFinding() throws Exception {
        Report report = run(waiver("2027-06-30"));
        assertThat(findings(report)).containsExactly(snapshot + " waived archive-snapshot-overdue");
        assertThat(report.failsAt(Optional.of(Severity.NOTE))).isFalse();
        assertThat(report.findings().get(0).waiver().orElseThrow().approvedBy()).isEqualTo("Karin Berg");
    }

    @Test
    void anExpiredWaiverStopsSuppressingAndIsAnError() throws Exception {
        assertThat(findings(run(waiver("2026-11-22"))))
                .containsExactly(
                        snapshot + " error archive-snapshot-overdue", "somepolicy.yaml:4:5 error waiver-expired");
    }

    @Test
    void aWaiverExpiringSoonIsAWarningAndOneThatMatchesNothingToo() throws Exception {
        assertThat(findings(run(waiver("2026-12-01"))))
                .containsExactly(
                        snapshot + " waived archive-snapshot-overdue", "somepolicy.yaml:4:5 warning waiver-expiring");
        assertThat(findings(run(waiver("2027-06-30").replace("archive-snapshot-overdue", "moderation-backup"))))
                .containsExactly(
                        snapshot + " error archive-snapshot-overdue", "somepolicy.yaml:4:5 warning waiver-unused");
    }

    @Test
    void unknownRulesAndProfilesAreFindingsAtTheirPosition() throws Exception {
        assertThat(findings(run("extends: gotebrog\nrules:\n  archive-snapshot-overdu: off\n")))
                .containsExactly(
                        snapshot + " error archive-snapshot-overdue",
                        "somepolicy.yaml:3:10 error policy-invalid",
                        "somepolicy.yaml:5:3 error policy-invalid");
    }

    @Test
    void excludedFilesAreNotRead() throws Exception {
        Files.writeString(root.resolve("drafts.yaml"), "not: [valid");
        assertThat(findings(run("exclude: [\"drafts.yaml\"]\nrules:\n  archive-snapshot-overdue: off\n")))
                .isEmpty();
    }

    private static String waiver(String expires) {
        return "waivers:\n  - rule: archive-snapshot-overdue\n    target: " + ACCOUNT
                + "\n    reason: Ny exporttjänst\n    approvedBy: Karin Berg\n    expires: " + expires + "\n";
    }
}
