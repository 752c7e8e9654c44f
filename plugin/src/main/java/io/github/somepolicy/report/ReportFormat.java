package io.github.somepolicy.report;

import io.github.somepolicy.report.checkstyle.CheckstyleWriter;
import io.github.somepolicy.report.codequality.CodeQualityWriter;
import io.github.somepolicy.report.console.ConsoleWriter;
import io.github.somepolicy.report.github.GithubWriter;
import io.github.somepolicy.report.json.JsonWriter;
import io.github.somepolicy.report.junit.JunitWriter;
import io.github.somepolicy.report.markdown.MarkdownWriter;
import io.github.somepolicy.report.sarif.SarifWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats, each with its writer and file name. */
public enum ReportFormat {
    CONSOLE("somepolicy.txt"),
    SARIF("somepolicy.sarif"),
    JUNIT("somepolicy-junit.xml"),
    JSON("somepolicy.json"),
    MARKDOWN("somepolicy.md"),
    GITHUB("somepolicy-github.txt"),
    CODEQUALITY("somepolicy-codequality.json"),
    CHECKSTYLE("somepolicy-checkstyle.xml");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The name used in the {@code formats} parameter. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file the report is written to in the report directory. */
    public String fileName() {
        return fileName;
    }

    /** The writer of this format. */
    public ReportWriter writer() {
        return switch (this) {
            case CONSOLE -> new ConsoleWriter();
            case SARIF -> new SarifWriter();
            case JUNIT -> new JunitWriter();
            case JSON -> new JsonWriter();
            case MARKDOWN -> new MarkdownWriter();
            case GITHUB -> new GithubWriter();
            case CODEQUALITY -> new CodeQualityWriter();
            case CHECKSTYLE -> new CheckstyleWriter();
        };
    }

    /** The format named by a parameter value. */
    public static Optional<ReportFormat> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id().equals(wanted)).findFirst();
    }

    /** Every format's name, for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
