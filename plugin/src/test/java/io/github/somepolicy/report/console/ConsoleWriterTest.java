package io.github.somepolicy.report.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.RunInfo;
import io.github.somepolicy.report.SampleReports;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConsoleWriterTest {

    private static String write(Report report, Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        new ConsoleWriter().write(report, locale, out);
        return out.toString();
    }

    @Test
    void writesOneCompilerStyleLinePerFindingThenTheSummary() throws Exception {
        List<String> lines =
                write(SampleReports.edgeCases(), Locale.ENGLISH).lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0))
                .startsWith("accounts/kultur och fritid/youtube-kulturhuset.yaml:6:7: error [account-unit-exists] ");
        assertThat(lines.get(6)).startsWith("somepolicy: 7 files, 3 accounts: 3 errors, 1 warning, 1 note, 1 waived");
    }

    @Test
    void usesSingularFormsForOne() {
        Report one = SampleReports.inRepository();
        assertThat(ConsoleWriter.summary(one, Messages.of(Locale.ENGLISH)))
                .isEqualTo("somepolicy: 1 file, 1 account: 1 error, 1 warning, 1 note, 0 waived"
                        + " (profile malmo, date 2026-11-23).");
        assertThat(ConsoleWriter.summary(one, Messages.of(SampleReports.SWEDISH)))
                .isEqualTo("somepolicy: 1 fil, 1 konto: 1 fel, 1 varning, 1 notering, 0 undantagna"
                        + " (profil malmo, datum 2026-11-23).");
        assertThat(ConsoleWriter.summary(SampleReports.edgeCases(), Messages.of(SampleReports.SWEDISH)))
                .startsWith("somepolicy: 7 filer, 3 konton: 3 fel, 1 varning, 1 notering, 1 undantagen");
    }

    @Test
    void writesLargeCountsWithoutGroupingSeparators() {
        Report big =
                new Report(new RunInfo("1.0.0", SampleReports.TODAY, "baseline", 12000, 1500), List.of(), List.of());
        assertThat(ConsoleWriter.summary(big, Messages.of(SampleReports.SWEDISH)))
                .startsWith("somepolicy: 12000 filer, 1500 konton: 0 fel, 0 varningar");
    }

    @Test
    void userTextCannotStartALineOrForgeAWorkflowCommand() throws Exception {
        String text = write(SampleReports.injection(), Locale.ENGLISH);
        assertThat(text.lines()).hasSize(5);
        assertThat(text.lines())
                .allMatch(line -> !line.stripLeading().startsWith("::")
                        && !line.startsWith("#")
                        && !line.toLowerCase(Locale.ROOT).contains("##vso[")
                        && !line.contains("##["));
        assertThat(text).contains("./::warning::fil.yaml:1:1: warning [file-skipped]");
        assertThat(text).contains("\\n::error file=pom.xml::forged\\r\\n##vso\\[task");
        assertThat(text).contains("(profile <i>egen</i>\\n::error::profil,");
        assertThat(text).contains("a\\u0000b\\u001Bc\\u2028d");
    }
}
