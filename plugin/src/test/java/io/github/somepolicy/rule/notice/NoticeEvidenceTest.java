package io.github.somepolicy.rule.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.ExampleConfig;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportSchemas;
import io.github.somepolicy.report.json.JsonWriter;
import io.github.somepolicy.report.markdown.MarkdownWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report says which sentence of a notice covered each topic the notice rules checked, and which topics
 * were not found; the JSON report with that section still follows its schema.
 */
class NoticeEvidenceTest {

    private static final Path EXAMPLE = ExampleConfig.root();
    private static final String ACCOUNT = "accounts/kommunikation/facebook-ekebykommun.yaml";
    private static final String PURPOSE = "Syftet med kontot är att berätta om kommunens verksamhet.";
    private static final String RECORDS = "Det du skriver till oss här blir en allmän handling.";

    @TempDir
    Path root;

    private Report report() throws Exception {
        Files.createDirectories(root.resolve("notices"));
        Files.writeString(root.resolve("somepolicy.yaml"), "kind: policy\nversion: 1\nextends: malmo\n");
        Files.copy(EXAMPLE.resolve("organisation.yaml"), root.resolve("organisation.yaml"));
        Files.createDirectories(root.resolve(ACCOUNT).getParent());
        Files.copy(EXAMPLE.resolve(ACCOUNT), root.resolve(ACCOUNT));
        Files.writeString(
                root.resolve("notices/standard.md"), "# Om det här kontot\n\n" + PURPOSE + "\n\n" + RECORDS + "\n");
        return new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
    }

    @Test
    void theSentenceThatCoversEachTopicIsReportedAndAMissingTopicIsNot() throws Exception {
        Report report = report();
        assertThat(report.notices()).extracting(NoticeEvidence::notice).containsExactly("notices/standard.md");
        Map<String, NoticeEvidence.Topic> topics = report.notices().get(0).topics().stream()
                .collect(Collectors.toMap(NoticeEvidence.Topic::key, Function.identity()));
        assertThat(topics.get("notice-purpose"))
                .extracting(NoticeEvidence.Topic::covered, NoticeEvidence.Topic::line, NoticeEvidence.Topic::sentence)
                .containsExactly(true, 3, PURPOSE);
        assertThat(topics.get("notice-public-records"))
                .extracting(NoticeEvidence.Topic::covered, NoticeEvidence.Topic::line, NoticeEvidence.Topic::sentence)
                .containsExactly(true, 5, RECORDS);
        assertThat(topics.get("notice-visible-to-others"))
                .extracting(NoticeEvidence.Topic::covered, NoticeEvidence.Topic::sentence)
                .containsExactly(false, "");
        // a missing topic in the evidence is a finding too, and a covered one is not
        List<String> failed =
                report.findings().stream().map(f -> f.ruleId()).distinct().toList();
        assertThat(failed).contains("notice-visible-to-others").doesNotContain("notice-purpose");
    }

    @Test
    void theReportsShowTheEvidence() throws Exception {
        Report report = report();
        StringWriter json = new StringWriter();
        new JsonWriter().write(report, Locale.ENGLISH, json);
        assertThat(ReportSchemas.jsonReportErrors(json.toString())).isEmpty();
        assertThat(json.toString()).contains("\"notices\"").contains("\"sentence\" : \"" + RECORDS + "\"");
        StringWriter markdown = new StringWriter();
        new MarkdownWriter().write(report, Locale.forLanguageTag("sv"), markdown);
        assertThat(markdown.toString())
                .contains("### Informationstexter")
                .contains("notices/standard\\.md:5 “" + RECORDS.replace(".", "\\.") + "”")
                .contains("hittades inte");
    }

    @Test
    void aLongSentenceIsShortened() throws Exception {
        NoticeEvidence.Topic topic = new NoticeEvidence.Topic("r", "r", true, 1, "ord ".repeat(100));
        assertThat(topic.sentence())
                .hasSizeLessThanOrEqualTo(NoticeEvidence.MAX_SENTENCE + 1)
                .endsWith("…");
    }
}
