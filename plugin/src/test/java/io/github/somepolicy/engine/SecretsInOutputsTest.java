package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFiles;
import io.github.somepolicy.report.ReportFormat;
import io.github.somepolicy.report.console.ConsoleWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret written anywhere in the configuration is reported, and never printed: not by the secret
 * rule, and not by the messages that quote a value (a schema error, a custom rule's {@code {value}}).
 */
class SecretsInOutputsTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";
    private static final String GITHUB_TOKEN = "ghp_" + "R8fK2mQ9xTz4Lw7Yb3Nc6Vd1Hs5Jp0Ga8EuXi";
    private static final String SLACK_TOKEN = "xoxb-" + "2048571930-9Qe7Rt2Yu8Io3Pa";
    private static final String PASSWORD = "Sommar2026!Ekeby";

    @TempDir
    Path root;

    @TempDir
    Path reports;

    @Test
    void noOutputContainsTheSecrets() throws Exception {
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
        String account = Files.readString(root.resolve(ACCOUNT));
        account = account.replace("  monitoring: daily", "  monitoring: " + GITHUB_TOKEN)
                .replaceFirst("(?m)^  signature: .*$", "  signature: \"lösenord: " + PASSWORD + "\"")
                .replace("note: Semester", "note: \"token " + SLACK_TOKEN + "\"");
        Files.writeString(root.resolve(ACCOUNT), account);
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                "kind: policy\nversion: 1\nextends: strict\ncustomRules:\n"
                        + "  - id: signature-format\n    kind: account\n    select: /moderation/signature\n"
                        + "    check: pattern\n    options: {pattern: '/.*'}\n    severity: warning\n"
                        + "    message:\n      en: \"{path} is {value}\"\n      sv: \"{path} är {value}\"\n");

        Report report = new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));

        assertThat(report.findings())
                .extracting(Finding::ruleId)
                .contains("secret-value", "schema", "signature-format");
        assertThat(report.findings().stream().filter(f -> f.ruleId().equals("secret-value")))
                .hasSizeGreaterThanOrEqualTo(3);
        List<String> outputs = new ArrayList<>();
        for (Locale locale : Messages.LOCALES) {
            Messages messages = Messages.of(locale);
            for (Finding finding : report.findings()) {
                outputs.add(ConsoleWriter.line(finding, messages));
            }
            for (ReportFormat format : ReportFormat.values()) {
                Path written = ReportFiles.write(reports.resolve(locale.getLanguage()), format, report, locale);
                outputs.add(Files.readString(written, StandardCharsets.UTF_8));
            }
        }
        assertThat(String.join("\n", outputs))
                .contains("signature-format")
                .doesNotContain(GITHUB_TOKEN)
                .doesNotContain(GITHUB_TOKEN.substring(4, 20))
                .doesNotContain(SLACK_TOKEN.substring(5))
                .doesNotContain(PASSWORD);
    }
}
