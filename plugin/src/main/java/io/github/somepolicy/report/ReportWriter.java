package io.github.somepolicy.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes a report in one format: a pure function of the report and the language, with no file I/O. */
@FunctionalInterface
public interface ReportWriter {

    /** Writes the report. */
    void write(Report report, Locale locale, Writer out) throws IOException;
}
