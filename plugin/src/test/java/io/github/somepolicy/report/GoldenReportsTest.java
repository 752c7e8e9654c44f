package io.github.somepolicy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.report.SampleReports.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every writer on every scenario of {@link SampleReports}, byte for byte against
 * {@code src/test/resources/golden/<scenario>/expected/<format id>.<ext>}, and every output against its
 * published schema. After an intended change of the output, rewrite the golden files with
 * {@code -Dsomepolicy.updateGolden=true}, then read the diff before committing it.
 */
class GoldenReportsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("somepolicy.updateGolden");

    static Stream<Arguments> outputs() {
        List<Arguments> all = new ArrayList<>();
        for (Scenario scenario : SampleReports.scenarios()) {
            for (ReportFormat format : ReportFormat.values()) {
                all.add(Arguments.of(scenario, format));
            }
        }
        return all.stream();
    }

    static Stream<Scenario> scenarios() {
        return SampleReports.scenarios().stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("outputs")
    void matchesTheGoldenFile(Scenario scenario, ReportFormat format) throws IOException {
        String actual = write(scenario, format);
        Path file = GOLDEN.resolve(scenario.name()).resolve("expected").resolve(goldenName(format));
        if (UPDATE_GOLDEN) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden file; write it with -Dsomepolicy.updateGolden=true")
                .exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(actual).as(file.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("outputs")
    void isByteIdenticalUtf8WithLineFeeds(Scenario scenario, ReportFormat format) throws IOException {
        String first = write(scenario, format);
        String second = write(scenario, format);
        assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(first).doesNotContain("\r");
        if (!(first.isEmpty() && format == ReportFormat.GITHUB)) {
            assertThat(first).as("a clean run has no annotation line").endsWith("\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void sarifFollowsTheOfficialSarif210Schema(Scenario scenario) throws IOException {
        assertThat(ReportSchemas.sarifErrors(write(scenario, ReportFormat.SARIF)))
                .as(scenario.name())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void junitFollowsTheAntJunitSchema(Scenario scenario) throws Exception {
        assertThat(ReportSchemas.junitErrors(write(scenario, ReportFormat.JUNIT)))
                .as(scenario.name())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void jsonFollowsItsPublishedSchema(Scenario scenario) throws IOException {
        assertThat(ReportSchemas.jsonReportErrors(write(scenario, ReportFormat.JSON)))
                .as(scenario.name())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void codeQualityFollowsGitLabsSchema(Scenario scenario) throws IOException {
        assertThat(ReportSchemas.codeQualityErrors(write(scenario, ReportFormat.CODEQUALITY)))
                .as(scenario.name())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void checkstyleFollowsTheCheckstyleSchema(Scenario scenario) throws Exception {
        assertThat(ReportSchemas.checkstyleErrors(write(scenario, ReportFormat.CHECKSTYLE)))
                .as(scenario.name())
                .isEmpty();
    }

    @Test
    void everyScenarioHasEveryFormatAndNothingElse() throws IOException {
        for (Scenario scenario : SampleReports.scenarios()) {
            try (Stream<Path> files = Files.list(GOLDEN.resolve(scenario.name()).resolve("expected"))) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .as(scenario.name())
                        .containsExactlyInAnyOrderElementsOf(Stream.of(ReportFormat.values())
                                .map(GoldenReportsTest::goldenName)
                                .toList());
            }
        }
        try (Stream<Path> directories = Files.list(GOLDEN)) {
            assertThat(directories.map(d -> d.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(SampleReports.scenarios().stream()
                            .map(Scenario::name)
                            .toList());
        }
    }

    @Test
    void theSchemaChecksWouldCatchABrokenReport() throws Exception {
        assertThat(ReportSchemas.sarifErrors("{\"version\": \"2.1.0\", \"runs\": [{}]}"))
                .isNotEmpty();
        assertThat(ReportSchemas.jsonReportErrors("{\"formatVersion\": 1}")).isNotEmpty();
        assertThat(ReportSchemas.junitErrors("<testsuites><testsuite name=\"x\"/></testsuites>"))
                .isNotEmpty();
        assertThat(ReportSchemas.codeQualityErrors("[{\"description\": \"x\", \"severity\": \"high\"}]"))
                .isNotEmpty();
        assertThat(
                        ReportSchemas.codeQualityErrors(
                                "[{\"description\": \"x\", \"check_name\": \"r\", \"fingerprint\": \"1\","
                                        + " \"severity\": \"info\", \"location\": {\"path\": \"a\", \"lines\": {\"begin\": 1}}},"
                                        + " {\"description\": \"y\", \"check_name\": \"r\", \"fingerprint\": \"1\","
                                        + " \"severity\": \"info\", \"location\": {\"path\": \"a\", \"lines\": {\"begin\": 2}}}]"))
                .singleElement()
                .asString()
                .contains("duplicate fingerprint");
        assertThat(
                        ReportSchemas.checkstyleErrors(
                                "<checkstyle version=\"1\"><file name=\"a\"><error line=\"0\" severity=\"high\"/></file></checkstyle>"))
                .isNotEmpty();
    }

    private static String write(Scenario scenario, ReportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.writer().write(scenario.report(), scenario.locale(), out);
        return out.toString();
    }

    /** A format's golden file: its id with the extension of the file it writes, such as {@code junit.xml}. */
    private static String goldenName(ReportFormat format) {
        String written = format.fileName();
        return format.id() + written.substring(written.lastIndexOf('.'));
    }
}
