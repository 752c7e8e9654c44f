package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.model.Globs;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No user-written pattern can exhaust memory or time: regular expressions are bounded in size, globs
 * are matched linearly, a wildcard waiver must say it is wide, and a run has a time budget. Each case
 * ends in seconds with a finding, and the configuration is unchanged.
 */
class BoundedPatternsTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String POLICY = "kind: policy\nversion: 1\nextends: strict\n";

    @TempDir
    Path root;

    @BeforeEach
    void configuration() throws Exception {
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
    }

    private Report validate() throws Exception {
        return new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "test"));
    }

    private static List<String> keys(Report report, String rule) {
        return report.findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(f -> f.message().key())
                .toList();
    }

    @Test
    @Timeout(30)
    void aRegularExpressionThatWouldExplodeIsRefused() throws Exception {
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                POLICY + "customRules:\n  - id: bomb\n    kind: account\n    select: /name\n    check: pattern\n"
                        + "    options: {pattern: '((((a{1000}){1000}){1000}){1000})'}\n    severity: error\n"
                        + "    message: {en: x, sv: x}\n");
        Map<String, byte[]> before = FileSystemChecksums.of(root);
        assertThat(keys(validate(), "policy-invalid")).contains("policy.custom.options");
        assertThat(FileSystemChecksums.of(root)).isEqualTo(before);
    }

    @Test
    void anOrdinaryRegularExpressionStillWorks() throws Exception {
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                POLICY + "customRules:\n  - id: handle-format\n    kind: account\n    select: /handle\n"
                        + "    check: pattern\n    options: {pattern: '[0-9]{2,4}(-[a-z]+){1,3}'}\n    severity: error\n"
                        + "    message: {en: x, sv: x}\n");
        Report report = validate();
        assertThat(keys(report, "policy-invalid")).isEmpty();
        assertThat(report.findings()).extracting(Finding::ruleId).contains("handle-format");
    }

    @Test
    @Timeout(30)
    void aBacktrackingGlobIsMatchedInLinearTime() throws Exception {
        String deep = "a".repeat(60) + "/" + "a".repeat(60) + "/" + "a".repeat(60) + "c";
        Files.createDirectories(root.resolve("accounts").resolve(deep));
        Files.writeString(root.resolve("accounts").resolve(deep).resolve("x.yaml"), "kind: account\n");
        Files.writeString(
                root.resolve("somepolicy.yaml"), POLICY + "exclude:\n  - '**a**a**a**a**a**a**a**a**a**a**a**a**b'\n");
        long started = System.nanoTime();
        validate();
        assertThat((System.nanoTime() - started) / 1_000_000_000L).isLessThan(20);
        String path = "accounts/" + deep + "/x.yaml";
        long one = System.nanoTime();
        assertThat(Globs.matches("**a**a**a**a**a**a**a**a**a**a**a**a**b", path + "a".repeat(5000)))
                .isFalse();
        assertThat((System.nanoTime() - one) / 1_000_000L).isLessThan(2_000);
        assertThat(Globs.isValid("*a".repeat(Globs.MAX_WILDCARDS + 1))).isFalse();
        assertThat(Globs.isValid("*a".repeat(Globs.MAX_WILDCARDS))).isTrue();
    }

    @Test
    void globsMatchAsJavasGlobsDo() {
        List<String> patterns = List.of(
                "accounts/**",
                "accounts/*.yaml",
                "accounts/**/x.yaml",
                "**/*.yaml",
                "accounts/s?ola/*",
                "accounts/[a-m]*/**",
                "accounts/[!a-m]*/**",
                "{accounts,notices}/**",
                "*.yml",
                "accounts/skola",
                "**",
                "a\\*b",
                "accounts/{skola,kultur}/*.{yaml,yml}");
        List<String> paths = List.of(
                "accounts/x.yaml",
                "accounts/skola/x.yaml",
                "accounts/skola/sub/x.yaml",
                "notices/a.md",
                "somepolicy.yml",
                "accounts/skola",
                "accounts/kultur/y.yml",
                "a*b",
                "axb",
                "accounts/nola/z");
        for (String pattern : patterns) {
            var java = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            for (String path : paths) {
                assertThat(Globs.matches(pattern, path))
                        .as(pattern + " ~ " + path)
                        .isEqualTo(pattern.equals(path) || java.matches(Path.of(path)));
            }
        }
    }

    @Test
    void aWildcardWaiverMustSayItIsWide() throws Exception {
        Files.writeString(
                root.resolve(ACCOUNT),
                Files.readString(root.resolve(ACCOUNT)).replace("  monitoring: daily", "  monitoring: hourly-ish"));
        String waiver = "waivers:\n  - rule: schema\n    target: \"**\"\n%s    reason: r\n    approvedBy: a\n"
                + "    expires: 2027-03-31\n";
        Files.writeString(root.resolve("somepolicy.yaml"), POLICY + waiver.formatted(""));
        Report narrow = validate();
        assertThat(keys(narrow, "policy-invalid")).contains("policy.waiver.too-wide");
        assertThat(narrow.findings().stream().filter(f -> f.ruleId().equals("schema")))
                .isNotEmpty()
                .noneMatch(Finding::waived);

        Files.writeString(root.resolve("somepolicy.yaml"), POLICY + waiver.formatted("    wide: true\n"));
        Report wide = validate();
        assertThat(keys(wide, "policy-invalid")).isEmpty();
        assertThat(wide.findings().stream().filter(f -> f.ruleId().equals("schema")))
                .isNotEmpty()
                .allMatch(Finding::waived);
    }

    @Test
    void aRunPastItsTimeBudgetEndsWithAFinding() throws Exception {
        System.setProperty("somepolicy.timeBudgetSeconds", "0");
        try {
            assertThat(keys(validate(), "internal-error")).contains("engine.time-budget");
        } finally {
            System.clearProperty("somepolicy.timeBudgetSeconds");
        }
        assertThat(keys(validate(), "internal-error")).isEmpty();
    }
}
