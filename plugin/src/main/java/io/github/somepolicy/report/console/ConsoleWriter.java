package io.github.somepolicy.report.console;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.Text;
import io.github.somepolicy.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/**
 * The compiler-style report: one line per finding, {@code path:line:col: severity [rule-id] message}, so
 * IDEs and CI link to the place, then one summary line.
 */
public final class ConsoleWriter implements ReportWriter {

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        for (Finding finding : report.findings()) {
            out.write(line(finding, messages));
            out.write('\n');
        }
        out.write(summary(report, messages));
        out.write('\n');
    }

    /**
     * One finding as a line, without the line break. Every value from the configuration is kept on the
     * line and cannot start a CI workflow command.
     */
    public static String line(Finding finding, Messages messages) {
        StringBuilder line = new StringBuilder();
        line.append(Text.oneLine(finding.location().file()))
                .append(':')
                .append(finding.location().start().line())
                .append(':')
                .append(finding.location().start().column())
                .append(": ")
                .append(finding.waived() ? "waived" : finding.severity().id())
                .append(" [")
                .append(finding.ruleId())
                .append("] ")
                .append(Text.oneLine(messages.render(finding.message())));
        finding.waiver().ifPresent(waiver -> line.append(" (")
                .append(Text.oneLine(
                        messages.format("report.waived-by", waiver.approvedBy(), waiver.expires(), waiver.reason())))
                .append(')'));
        return Text.logLine(line.toString());
    }

    /**
     * The severity a line written by {@link #line} shows, so that a reused report is logged at the levels
     * it was first logged at; empty for a waived finding or any other line.
     */
    public static Optional<Severity> severityOf(String line) {
        for (Severity severity : Severity.values()) {
            if (line.contains(": " + severity.id() + " [")) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /** The one-line summary of a report. */
    public static String summary(Report report, Messages messages) {
        return messages.format(
                "report.summary",
                report.runInfo().filesRead(),
                report.runInfo().accounts(),
                report.countExactly(Severity.ERROR),
                report.countExactly(Severity.WARNING),
                report.countExactly(Severity.NOTE),
                report.waivedCount(),
                Text.oneLine(report.runInfo().profile()),
                report.runInfo().today());
    }
}
