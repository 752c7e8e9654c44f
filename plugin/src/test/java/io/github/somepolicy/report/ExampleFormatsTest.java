package io.github.somepolicy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example configuration and a broken copy of it, written in the formats for GitHub, GitLab and
 * Jenkins, each checked against its schema: the example gives nothing to annotate (its one finding is
 * waived), the broken copy gives one entry per unwaived finding, located from the repository root.
 */
class ExampleFormatsTest {

    @TempDir
    Path scratch;

    private static String write(ReportFormat format, Report report) throws Exception {
        StringWriter out = new StringWriter();
        format.writer().write(report, Locale.forLanguageTag("sv"), out);
        return out.toString();
    }

    @Test
    void theExampleAndABrokenCopyGiveValidReports() throws Exception {
        Report example = ExampleReports.exampleReport();
        Report broken = ExampleReports.brokenReport(scratch);
        long open = broken.findings().stream().filter(f -> !f.waived()).count();
        assertThat(open).isGreaterThanOrEqualTo(3);

        assertThat(write(ReportFormat.GITHUB, example)).isEmpty();
        assertThat(write(ReportFormat.GITHUB, broken).lines())
                .hasSize((int) open)
                .allMatch(line ->
                        line.matches("::(error|warning|notice) file=example-config/[^,]+,line=\\d+,col=\\d+.*"));

        String exampleQuality = write(ReportFormat.CODEQUALITY, example);
        String brokenQuality = write(ReportFormat.CODEQUALITY, broken);
        assertThat(ReportSchemas.codeQualityErrors(exampleQuality)).isEmpty();
        assertThat(ReportSchemas.codeQualityErrors(brokenQuality)).isEmpty();
        assertThat(exampleQuality.strip()).isEqualTo("[ ]");
        assertThat(brokenQuality).contains("\"path\" : \"example-config/accounts/kommunikation/");

        String brokenCheckstyle = write(ReportFormat.CHECKSTYLE, broken);
        assertThat(ReportSchemas.checkstyleErrors(write(ReportFormat.CHECKSTYLE, example)))
                .isEmpty();
        assertThat(ReportSchemas.checkstyleErrors(brokenCheckstyle)).isEmpty();
        assertThat(brokenCheckstyle.split("<error ", -1)).hasSize((int) open + 1);

        assertThat(ReportSchemas.junitErrors(write(ReportFormat.JUNIT, broken))).isEmpty();
        assertThat(write(ReportFormat.JUNIT, example))
                .contains("<testsuite name=\"example-config/accounts/raddningstjanst/x-ekebyraddning.yaml\"")
                .contains("Beslut: KS 2026/311");
    }
}
