package io.github.somepolicy.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.report.SampleReports;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {

    @Test
    void groupsFindingsByFileWithLinksAndListsWaivers() throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownWriter().write(SampleReports.tricky(), Locale.forLanguageTag("sv"), out);
        String md = out.toString();
        assertThat(md).contains("### `accounts/kultur och fritid/instagram-bibliotek.yaml`");
        assertThat(md).contains("(accounts/kultur%20och%20fritid/instagram-bibliotek.yaml#L14)");
        assertThat(md).contains("| 2 | 1 | 0 | 1 |");
        assertThat(md).contains("Karin Berg, kommunikationschef | 2027-03-31");
    }

    @Test
    void valuesCannotInjectMarkdownHtmlOrNewLines() throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownWriter().write(SampleReports.tricky(), Locale.ENGLISH, out);
        String md = out.toString();
        assertThat(md).doesNotContain("<b>").doesNotContain("<tag>").contains("&lt;b&gt;");
        assertThat(md).doesNotContain("\n::error");
        assertThat(MarkdownWriter.escape("[x](javascript:alert(1)) *b* |"))
                .isEqualTo("\\[x\\]\\(javascript:alert\\(1\\)\\) \\*b\\* \\|");
    }

    @Test
    void anEmptyReportSaysSo() throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownWriter().write(SampleReports.empty(), Locale.ENGLISH, out);
        assertThat(out.toString()).contains("No findings.");
    }
}
