package io.github.somepolicy.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Provenance;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.RunInfo;
import io.github.somepolicy.report.SampleReports;
import io.github.somepolicy.rule.Severity;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {

    private static String write(Report report, Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownWriter().write(report, locale, out);
        return out.toString();
    }

    @Test
    void groupsFindingsByFileWithLinksToTheLineAndListsWaivers() throws Exception {
        String md = write(SampleReports.edgeCases(), SampleReports.SWEDISH);
        assertThat(md).contains("### `accounts/kultur och fritid/youtube-kulturhuset.yaml`");
        assertThat(md).contains("(accounts/kultur%20och%20fritid/youtube-kulturhuset.yaml#L6)");
        assertThat(md).contains("| 3 | 1 | 1 | 1 |");
        assertThat(md).contains("| Åsa Öberg, kommunikationschef | KS 2026/311 | 2027-03-31 |");
        assertThat(md.indexOf("### `accounts/kultur och fritid/youtube-kulturhuset.yaml`"))
                .isLessThan(md.indexOf("### `organisation.yaml`"));
    }

    @Test
    void linksIntoTheRepositoryAtTheCheckedRevision() throws Exception {
        String md = write(SampleReports.inRepository(), Locale.ENGLISH);
        assertThat(md)
                .contains("(https://github.com/ekeby-kommun/sociala-medier/blob/" + SampleReports.REVISION
                        + "/kommun/sociala%20medier/accounts/kommunikation/facebook-ekeby.yaml#L5)");
        assertThat(md).contains("Revision `3f2a9c1e5b7d` on `main`");
        assertThat(md).contains("1 file, 1 account.");
    }

    @Test
    void linksRelativeToTheRepositoryRootWithoutAWebAddress() {
        RunInfo run = SampleReports.empty()
                .runInfo()
                .withRootPath("config")
                .withProvenance(new Provenance(URI.create("ssh://git@example.org/k.git"), "abc", Optional.empty()));
        assertThat(MarkdownWriter.target("accounts/a b.yaml", 3, run)).isEqualTo("config/accounts/a%20b.yaml#L3");
        assertThat(MarkdownWriter.target("x.yaml", 1, SampleReports.empty().runInfo()))
                .isEqualTo("x.yaml#L1");
    }

    @Test
    void valuesCannotInjectMarkdownHtmlOrWorkflowCommands() throws Exception {
        String md = write(SampleReports.injection(), Locale.ENGLISH);
        // Code spans show their content literally; everywhere else no '<' may reach the output.
        assertThat(md.lines().map(line -> line.replaceAll("`[^`]*`", ""))).allMatch(line -> !line.contains("<"));
        assertThat(md)
                .doesNotContain("<script>")
                .doesNotContain("<img")
                .doesNotContain("<i>")
                .contains("&lt;script&gt;");
        assertThat(md).doesNotContain("](javascript").doesNotContain("![");
        assertThat(md).doesNotContain("##vso[").doesNotContain("##[");
        assertThat(md.lines())
                .allMatch(line -> !line.startsWith("::") && !line.startsWith("# ") && !line.startsWith("##vso"));
        // A table row keeps its seven cells however many pipes the values hold.
        String row = md.lines()
                .filter(line -> line.startsWith("| [accounts/kultur/facebook"))
                .findFirst()
                .orElseThrow();
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(8);
    }

    @Test
    void escapesEveryMarkdownConstruct() {
        assertThat(MarkdownWriter.escape("[x](javascript:alert(1)) *b* | `c` # h <i>&"))
                .isEqualTo("\\[x\\]\\(javascript:alert\\(1\\)\\) \\*b\\* \\| \\`c\\` \\# h &lt;i&gt;&amp;");
        assertThat(MarkdownWriter.escape("a\nb")).isEqualTo("a\\\\nb");
        assertThat(MarkdownWriter.code("a`b\nc")).isEqualTo("a'b\\nc");
    }

    @Test
    void anEmptyReportSaysSo() throws Exception {
        assertThat(write(SampleReports.empty(), Locale.ENGLISH)).contains("No findings.");
        assertThat(write(SampleReports.empty(), SampleReports.SWEDISH)).contains("Inga avvikelser.");
    }

    @Test
    void listsAtMostTheLimitAndSaysHowManyMore() throws Exception {
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            many.add(new Finding(
                    "file-skipped",
                    Severity.WARNING,
                    Location.ofFile("f" + i + ".yaml"),
                    List.of(),
                    Message.of("scan.symlink"),
                    Optional.empty()));
        }
        Report report = new Report(SampleReports.empty().runInfo(), List.of(), many);
        StringWriter out = new StringWriter();
        new MarkdownWriter(3).write(report, Locale.ENGLISH, out);
        assertThat(out.toString()).contains("f3.yaml").doesNotContain("f4.yaml");
        assertThat(out.toString()).contains("2 more findings are in the full report");
    }
}
