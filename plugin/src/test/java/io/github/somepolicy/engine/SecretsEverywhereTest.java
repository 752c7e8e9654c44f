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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets wherever a hostile contributor or a careless editor puts them (a password in an address, a
 * webhook, a PIN in a notice, a token as a key or in a file name, free text in somepolicy.yaml, a
 * {@code password:} key) are findings, and reach no report, no log line and no page of the register,
 * waived or not, with or without {@code allowErrors}. The configuration is unchanged afterwards.
 */
class SecretsEverywhereTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String URL_PASSWORD = "Sommar2026x";
    private static final String WEBHOOK =
            "https://hooks.slack.com/services/T024BE7LD/B01ABCDEF/" + "q7Wm3Xz9Kp2Lr8Vn5Ty1Hb4J";
    private static final String TOKEN = "ghp_" + "Z8fK2mQ9xTz4Lw7Yb3Nc6Vd1Hs5Jp0Ga8EuXq";
    private static final String KEY_TOKEN = "ghp_" + "K3yK2mQ9xTz4Lw7Yb3Nc6Vd1Hs5Jp0Ga8EuXk";
    private static final String FILE_TOKEN = "ghp_" + "F1leK2mQ9xTz4Lw7Yb3Nc6Vd1Hs5Jp0Ga8EuX";
    private static final String POLICY_TOKEN = "ghp_" + "P0lyK2mQ9xTz4Lw7Yb3Nc6Vd1Hs5Jp0Ga8EuX";
    private static final String TITLE_PASSWORD = "Vinter2027!Ekeby";
    private static final String KEY_PASSWORD = "hunter2Testby";
    private static final String PIN = "4711";
    private static final String COMMENT_PASSWORD = "Host2026Kommentar";
    private static final String COMMENT_TOKEN = "ghp_" + "C0mmK2mQ9xTz4Lw7Yb3Nc6Vd1Hs5Jp0Ga8EuXc";

    @TempDir
    Path root;

    @TempDir
    Path out;

    @BeforeEach
    void hostileConfiguration() throws Exception {
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
        String account = Files.readString(root.resolve(ACCOUNT))
                .replace(
                        "url: https://www.facebook.com/testbykommun",
                        "url: https://svc-social:" + URL_PASSWORD + "@www.facebook.com/testbykommun")
                .replace("note: Semester", "note: \"" + TOKEN + "\"")
                .replace(
                        "  monitoring: daily",
                        "  monitoring: daily\n  " + KEY_TOKEN + ": x\n  password: " + KEY_PASSWORD);
        Files.writeString(root.resolve(ACCOUNT), "# lösenord: " + COMMENT_PASSWORD + "\n" + account);
        Files.writeString(
                root.resolve("organisation.yaml"),
                Files.readString(root.resolve("organisation.yaml")) + "# token " + COMMENT_TOKEN + "\n");
        Files.copy(root.resolve(ACCOUNT), root.resolve("accounts/kommunikation/facebook-" + FILE_TOKEN + ".yaml"));
        Files.writeString(
                root.resolve("notices/standard.md"),
                Files.readString(root.resolve("notices/standard.md")) + "\nVår PIN-kod " + PIN
                        + " gäller kontorets telefon.\nLarm: " + WEBHOOK + "\n");
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                "kind: policy\nversion: 1\nextends: \"strict " + POLICY_TOKEN + "\"\n"
                        + "customRules:\n  - id: signature-format\n    kind: account\n    select: /moderation/signature\n"
                        + "    check: pattern\n    options: {pattern: '/.*'}\n    severity: warning\n"
                        + "    title:\n      en: \"lösenord: " + TITLE_PASSWORD
                        + "\"\n      sv: \"<img src=x onerror=alert(1)>\"\n"
                        + "    message:\n      en: \"{path} is {value}\"\n      sv: \"{path} är {value}\"\n"
                        + "waivers:\n  - rule: secret-value\n    target: \"**\"\n    wide: true\n"
                        + "    reason: \"token: " + POLICY_TOKEN + "\"\n    approvedBy: \"Bearer " + POLICY_TOKEN
                        + "\"\n"
                        + "    decisionReference: KS 2026/1\n    expires: 2027-03-31\n");
    }

    private Report validate() throws Exception {
        return new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "test"));
    }

    private static final List<String> SECRETS = List.of(
            URL_PASSWORD,
            WEBHOOK.substring(40),
            TOKEN.substring(4),
            KEY_TOKEN.substring(4),
            FILE_TOKEN.substring(4),
            POLICY_TOKEN.substring(4),
            TITLE_PASSWORD,
            KEY_PASSWORD,
            COMMENT_PASSWORD,
            COMMENT_TOKEN.substring(4));

    @Test
    void everySecretIsAFinding() throws Exception {
        Report report = validate();
        List<String> places = report.findings().stream()
                .filter(f -> f.ruleId().equals("secret-value"))
                .map(f -> f.location().file() + ":" + f.location().start().line())
                .toList();
        assertThat(places)
                .anyMatch(p -> p.startsWith("notices/standard.md:"))
                .anyMatch(p -> p.startsWith("somepolicy.yaml:"))
                .as("the comments of an account and of the organisation")
                .contains(ACCOUNT + ":1")
                .anyMatch(p -> p.startsWith("organisation.yaml:"))
                .anyMatch(p -> p.startsWith("accounts/kommunikation/facebook-ghp…"));
        assertThat(places.stream().filter(p -> p.startsWith("notices/standard.md:")))
                .as("a PIN and a webhook, each reported once though two accounts share the notice")
                .hasSize(2);
        assertThat(report.findings().stream()
                        .filter(f -> f.ruleId().equals("secret-value")
                                && f.location().file().equals(ACCOUNT))
                        .map(f -> f.message().args().get(0)))
                .contains("term.secret.url-credentials", "term.secret.github-token", "term.secret.password-key");
    }

    @Test
    void noReportOrLogLineHoldsASecret() throws Exception {
        Map<String, byte[]> before = FileSystemChecksums.of(root);
        Report report = validate();
        List<String> outputs = new ArrayList<>();
        for (Locale locale : Messages.LOCALES) {
            Messages messages = Messages.of(locale);
            for (Finding finding : report.findings()) {
                outputs.add(ConsoleWriter.line(finding, messages));
            }
            outputs.add(ConsoleWriter.summary(report, messages));
            for (ReportFormat format : ReportFormat.values()) {
                Path written = ReportFiles.write(out.resolve(locale.getLanguage()), format, report, locale);
                outputs.add(Files.readString(written, StandardCharsets.UTF_8));
            }
        }
        String all = String.join("\n", outputs);
        for (String secret : SECRETS) {
            assertThat(all).as(secret).doesNotContain(secret);
        }
        assertThat(all).contains("signature-format");
        assertThat(FileSystemChecksums.of(root)).isEqualTo(before);
    }

    @Test
    void theRegisterPublishesNoFlaggedValueEvenWhenWaivedAndAllowed() throws Exception {
        Map<String, byte[]> before = FileSystemChecksums.of(root);
        List<String> published = new ArrayList<>();
        for (Path file : TestOutputs.publishedRegister(root, out, TODAY)) {
            published.add(file.toString());
            published.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
        String all = String.join("\n", published);
        assertThat(all).contains("Testby kommun");
        for (String secret : SECRETS) {
            assertThat(all).as(secret).doesNotContain(secret);
        }
        assertThat(FileSystemChecksums.of(root)).isEqualTo(before);
    }
}
