package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFiles;
import io.github.somepolicy.report.ReportFormat;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text from the configuration cannot inject: a custom rule's title is escaped in SARIF's Markdown help,
 * and escape characters written in YAML reach no page of the register and no records plan. The
 * configuration is unchanged afterwards.
 */
class InjectionTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path root;

    @TempDir
    Path out;

    @BeforeEach
    void hostileConfiguration() throws Exception {
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
        Files.writeString(
                root.resolve(ACCOUNT),
                Files.readString(root.resolve(ACCOUNT))
                        .replace("name: Testby kommun", "name: \"Testby\\e[31m kommun\\u202E\"")
                        .replace(
                                "retentionDecision: sociala-medier",
                                "retentionDecision: sociala-medier\n  managementPlanNote: \"\\e]8;;https://evil\\e\\\\\""));
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                "kind: policy\nversion: 1\nextends: strict\ncustomRules:\n  - id: signature-format\n"
                        + "    kind: account\n    select: /moderation/signature\n    check: pattern\n"
                        + "    options: {pattern: 'x'}\n    severity: warning\n"
                        + "    title:\n      en: \"<img src=x onerror=alert(1)> [click](javascript:alert(1)) @team\"\n"
                        + "      sv: \"<img src=x onerror=alert(1)>\"\n"
                        + "    message: {en: x, sv: x}\n");
    }

    @Test
    void aCustomTitleIsEscapedInSarifMarkdown() throws Exception {
        Map<String, byte[]> before = FileSystemChecksums.of(root);
        Report report = new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "test"));
        Path sarif = ReportFiles.write(out, ReportFormat.SARIF, report, Locale.ENGLISH);
        JsonNode rules = JsonMapper.builder().build().readTree(sarif.toFile()).at("/runs/0/tool/driver/rules");
        List<String> markdown = new ArrayList<>();
        rules.forEach(rule -> markdown.add(rule.at("/help/markdown").asText()));
        String custom =
                markdown.stream().filter(m -> m.contains("img")).findFirst().orElseThrow();
        assertThat(custom)
                .doesNotContain("<img")
                .doesNotContain("[click](")
                .contains("\\](javascript:")
                .doesNotContain(" @team")
                .contains("&lt;img")
                .contains("\\@team");
        assertThat(FileSystemChecksums.of(root)).isEqualTo(before);
    }

    @Test
    void noEscapeCharacterReachesTheRegisterOrTheRecordsPlan() throws Exception {
        List<String> written = new ArrayList<>();
        for (Path file : TestOutputs.publishedRegister(root, out, TODAY)) {
            written.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
        String all = String.join("\n", written);
        assertThat(all)
                .contains("Testby\\u001B[31m kommun")
                .doesNotContain("\u001B")
                .doesNotContain("\u202E");
    }
}
