package io.github.somepolicy.report.checkstyle;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.Text;
import io.github.somepolicy.report.junit.Xml;
import io.github.somepolicy.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Checkstyle XML format, which Jenkins' Warnings NG, reviewdog, Danger, SonarQube's generic import and
 * many review tools read: a {@code <file>} per file with unwaived findings (its path from the repository
 * root when the run knows where the configuration sits), and in it an {@code <error>} per finding with
 * line, column, severity ({@code error}, {@code warning}, {@code info} for a note), message and
 * {@code source} {@code somepolicy.<rule id>}. Waived findings are left out, as Checkstyle leaves out
 * suppressed ones.
 */
public final class CheckstyleWriter implements ReportWriter {

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : report.findings()) {
            if (!finding.waived()) {
                String file = report.runInfo()
                        .repositoryPath(finding.location().file())
                        .orElse(finding.location().file());
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(finding);
            }
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<checkstyle version=\"" + Xml.attribute(report.runInfo().toolVersion()) + "\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            out.write("  <file name=\"" + Xml.attribute(file.getKey()) + "\">\n");
            for (Finding finding : file.getValue()) {
                out.write("    <error line=\"" + finding.location().start().line() + "\" column=\""
                        + finding.location().start().column() + "\" severity=\"" + severity(finding.severity())
                        + "\" message=\"" + Xml.attribute(Text.oneLine(messages.render(finding.message())))
                        + "\" source=\"somepolicy." + Xml.attribute(finding.ruleId()) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "info";
        };
    }
}
