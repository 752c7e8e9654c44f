package io.github.somepolicy.report.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.SampleReports;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The GitHub annotations, read back the way the Actions runner parses a workflow command: a line that
 * starts with {@code ::}, the command, properties split at {@code ,} and {@code =}, then {@code ::} and the
 * message, each unescaped ({@code %25}, {@code %0D}, {@code %0A}, and in properties {@code %3A}, {@code %2C}).
 */
class GithubWriterTest {

    private static final Pattern COMMAND = Pattern.compile("::(\\w+) ([^:]*)::(.*)");

    private static List<String> lines(Report report) throws Exception {
        StringWriter out = new StringWriter();
        new GithubWriter().write(report, Locale.ENGLISH, out);
        return out.toString().lines().toList();
    }

    private static String unescape(String value, boolean property) {
        String out = value.replace("%0D", "\r").replace("%0A", "\n");
        if (property) {
            out = out.replace("%3A", ":").replace("%2C", ",");
        }
        return out.replace("%25", "%");
    }

    private static java.util.Map<String, String> properties(String text) {
        java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            properties.put(pair.substring(0, equals), unescape(pair.substring(equals + 1), true));
        }
        return properties;
    }

    @Test
    void annotatesEveryUnwaivedFindingFromTheRepositoryRoot() throws Exception {
        List<String> lines = lines(SampleReports.inRepository());
        assertThat(lines).hasSize(3);
        Matcher error = COMMAND.matcher(lines.get(0));
        assertThat(error.matches()).isTrue();
        assertThat(error.group(1)).isEqualTo("error");
        assertThat(properties(error.group(2)))
                .containsEntry("file", "kommun/sociala medier/accounts/kommunikation/facebook-ekeby.yaml")
                .containsEntry("line", "5")
                .containsEntry("col", "7")
                .containsEntry("endColumn", "15")
                .containsEntry("title", "account-unit-exists: The account's unit exists");
        assertThat(unescape(error.group(3), false)).startsWith("The unit 'komunikation' is not defined");
        assertThat(COMMAND.matcher(lines.get(1)).replaceAll("$1")).isEqualTo("warning");
        assertThat(COMMAND.matcher(lines.get(2)).replaceAll("$1")).isEqualTo("notice");
    }

    @Test
    void leavesWaivedFindingsOutAndWritesNothingForACleanRun() throws Exception {
        assertThat(lines(SampleReports.edgeCases()))
                .hasSize(5)
                .noneMatch(line -> line.contains("archive-snapshot-overdue"));
        assertThat(lines(SampleReports.empty())).isEmpty();
    }

    @Test
    void userTextCannotEndTheCommandOrStartAnother() throws Exception {
        List<String> lines = lines(SampleReports.injection());
        assertThat(lines).hasSize(3).allMatch(line -> COMMAND.matcher(line).matches());
        Matcher forgedFile = COMMAND.matcher(lines.get(0));
        assertThat(forgedFile.matches()).isTrue();
        assertThat(properties(forgedFile.group(2))).containsEntry("file", "::warning::fil.yaml");
        Matcher hostile = COMMAND.matcher(lines.get(1));
        assertThat(hostile.matches()).isTrue();
        assertThat(properties(hostile.group(2))).containsEntry("file", "accounts/<b>|`x`/::error::konto.yaml");
        assertThat(unescape(hostile.group(3), false))
                .doesNotContain("\n")
                .doesNotContain("\r")
                .doesNotContain("##vso[")
                .contains("\\n::error file=pom.xml::forged");
        assertThat(GithubWriter.property("a,b:c%0A")).isEqualTo("a%2Cb%3Ac%250A");
    }
}
