package io.github.somepolicy.rule.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.json.JsonWriter;
import io.github.somepolicy.report.sarif.SarifWriter;
import io.github.somepolicy.rule.RuleFixturesTestAccess;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Declarative rules in somepolicy.yaml: each check function breaks and keeps, with positions and both languages. */
class CustomRulesTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";

    @TempDir
    Path root;

    @BeforeEach
    void copyBase() throws Exception {
        RuleFixturesTestAccess.copy(BASE, root);
    }

    private List<String> run(String rule) throws Exception {
        Files.writeString(
                root.resolve("somepolicy.yaml"), "kind: policy\nversion: 1\nextends: baseline\ncustomRules:\n" + rule);
        Report report = new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
        Messages en = Messages.of(Locale.ENGLISH);
        return report.findings().stream()
                .filter(f -> !f.ruleId().equals("waiver-unused"))
                .map(f -> line(f, en))
                .toList();
    }

    private static String line(Finding f, Messages messages) {
        return f.location().file() + ":" + f.location().start() + " "
                + f.severity().id() + " " + f.ruleId() + " " + messages.render(f.message());
    }

    private static String rule(String id, String select, String check, String options) {
        return "  - id: " + id + "\n    kind: account\n    select: " + select + "\n    check: " + check + "\n"
                + (options.isEmpty() ? "" : "    options: " + options + "\n")
                + "    severity: warning\n    message:\n      en: \"{path} breaks " + id + " ({value})\"\n"
                + "      sv: \"{path} bryter mot " + id + " ({value})\"\n";
    }

    @Test
    void requiredFindsEveryMissingValueUnderAWildcard() throws Exception {
        Files.writeString(
                root.resolve(ACCOUNT),
                Files.readString(root.resolve(ACCOUNT)).replace("      email: bo.ek@testby.se\n", ""));
        assertThat(run(rule("moderator-email", "/moderation/moderators/*/email", "required", "")))
                .singleElement()
                .satisfies(
                        l -> assertThat(l).contains(" warning moderator-email ").contains("/moderation/moderators/1"));
    }

    @Test
    void everyFunctionBreaksAndKeeps() throws Exception {
        record Case(String select, String check, String failing, String passing) {}
        List<Case> cases = List.of(
                new Case(
                        "/moderation/moderators/*/email",
                        "pattern",
                        "{pattern: '.*@example\\.se'}",
                        "{pattern: '.*@testby\\.se'}"),
                new Case("/moderation/monitoring", "enum", "{values: [weekly]}", "{values: [daily, weekdays]}"),
                new Case("/resources/hoursPerWeek", "min", "{value: 20}", "{value: 2}"),
                new Case("/resources/hoursPerWeek", "max", "{value: 2}", "{value: 40}"),
                new Case("/credentials/holders", "minItems", "{value: 5}", "{value: 2}"),
                new Case("/records/archive/lastSnapshot", "notOlderThan", "{period: P1M}", "{period: P6M}"),
                new Case(
                        "/moderation/signature",
                        "containsPhrases",
                        "{phrases: [Stadshuset]}",
                        "{phrases: [testby KOMMUN]}"));
        for (Case c : cases) {
            assertThat(run(rule("my-rule", c.select(), c.check(), c.failing())))
                    .as(c.check() + " failing")
                    .isNotEmpty()
                    .allSatisfy(l -> assertThat(l).contains("my-rule").contains("breaks my-rule"));
            assertThat(run(rule("my-rule", c.select(), c.check(), c.passing())))
                    .as(c.check() + " passing")
                    .isEmpty();
        }
    }

    @Test
    void theMessageIsInTheReportsLanguage() throws Exception {
        run(rule("x", "/moderation/monitoring", "enum", "{values: [weekly]}"));
        Report report = new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
        Finding finding = report.findings().get(0);
        assertThat(Messages.of(Locale.forLanguageTag("sv")).render(finding.message()))
                .isEqualTo("/moderation/monitoring bryter mot x (daily)");
    }

    @Test
    void badDeclarationsAreFindingsAtTheirPosition() throws Exception {
        assertThat(run(rule("moderation-backup", "/moderation", "required", "")))
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("somepolicy.yaml:5:9 error policy-invalid"));
        assertThat(run(rule("r", "/moderation/monitoring", "pattern", "{pattern: '(unclosed'}")))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .startsWith("somepolicy.yaml:9:14 error policy-invalid")
                        .contains("pattern"));
    }

    @Test
    void aCustomRuleCanBeWaivedAndItsSeverityChanged() throws Exception {
        String rule = rule("r", "/moderation/monitoring", "enum", "{values: [weekly]}");
        assertThat(run(rule + "rules:\n  r: off\n")).isEmpty();
        assertThat(run(rule + "rules:\n  r: error\n")).singleElement().satisfies(l -> assertThat(l)
                .contains(" error r "));
    }

    @Test
    void aCatastrophicPatternCannotHangTheBuild() throws Exception {
        String signature = "a".repeat(40_000) + "!";
        Files.writeString(
                root.resolve(ACCOUNT),
                Files.readString(root.resolve(ACCOUNT))
                        .replaceFirst("(?m)^  signature: .*$", "  signature: \"" + signature + "\""));
        // With backtracking, (a+)+b on 40,000 a's tries about 2^40,000 ways before it fails: a hang.
        List<String> findings = assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> run(rule("r", "/moderation/signature", "pattern", "{pattern: '(a+)+b'}")));
        assertThat(findings).anySatisfy(l -> assertThat(l).contains(" warning r "));
    }

    @Test
    void lookaroundAndBackreferencesAreNotAcceptedInPatterns() throws Exception {
        assertThat(run(rule("r", "/moderation/monitoring", "pattern", "{pattern: '(a)\\1'}")))
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("somepolicy.yaml:9:14 error policy-invalid"));
        assertThat(run(rule("r", "/moderation/monitoring", "pattern", "{pattern: '(?=daily).*'}")))
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("somepolicy.yaml:9:14 error policy-invalid"));
    }

    @Test
    void aCustomRuleIsListedWithItsOwnTitleOrItsId() throws Exception {
        String titled = rule("signature-format", "/moderation/signature", "pattern", "{pattern: '/.*'}")
                + "    title:\n      en: Signatures start with a slash\n      sv: Signaturer börjar med snedstreck\n";
        String untitled = rule("monitoring-weekly", "/moderation/monitoring", "enum", "{values: [weekly]}");
        run(titled + untitled);
        Report report = new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));

        StringWriter english = new StringWriter();
        new SarifWriter().write(report, Locale.ENGLISH, english);
        StringWriter swedish = new StringWriter();
        new JsonWriter().write(report, Locale.forLanguageTag("sv"), swedish);

        assertThat(english.toString())
                .contains("\"text\" : \"Signatures start with a slash\"")
                .contains("\"text\" : \"monitoring-weekly\"")
                .doesNotContain("rule.signature-format.title");
        assertThat(swedish.toString()).contains("\"title\" : \"Signaturer börjar med snedstreck\"");
    }
}
