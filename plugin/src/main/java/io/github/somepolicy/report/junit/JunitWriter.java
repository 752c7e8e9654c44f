package io.github.somepolicy.report.junit;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.Text;
import io.github.somepolicy.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JUnit XML report for CI test tabs (GitLab, Jenkins): one test suite per file, one test case per
 * file and rule; a case fails with every unwaived error or warning of that rule in that file, located
 * by {@code file:line:column}. Notes and waived findings are listed in {@code system-out}.
 */
public final class JunitWriter implements ReportWriter {

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        Map<String, Map<String, List<Finding>>> byFile = new TreeMap<>();
        for (Finding finding : report.findings()) {
            byFile.computeIfAbsent(finding.location().file(), f -> new TreeMap<>())
                    .computeIfAbsent(finding.ruleId(), r -> new ArrayList<>())
                    .add(finding);
        }
        int tests = 0;
        int failures = 0;
        for (Map<String, List<Finding>> rules : byFile.values()) {
            tests += rules.size();
            for (List<Finding> findings : rules.values()) {
                failures += fails(findings) ? 1 : 0;
            }
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"somepolicy\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" time=\"0\">\n");
        int id = 0;
        for (Map.Entry<String, Map<String, List<Finding>>> file : byFile.entrySet()) {
            int suiteFailures = 0;
            for (List<Finding> findings : file.getValue().values()) {
                suiteFailures += fails(findings) ? 1 : 0;
            }
            out.write("  <testsuite name=\"" + Xml.attribute(file.getKey()) + "\" id=\"" + id++ + "\" tests=\""
                    + file.getValue().size() + "\" failures=\"" + suiteFailures
                    + "\" errors=\"0\" skipped=\"0\" time=\"0\""
                    + " timestamp=\"" + report.runInfo().today() + "T00:00:00\" hostname=\"somepolicy\""
                    + " package=\"somepolicy\">\n");
            out.write("    <properties>\n");
            out.write("      <property name=\"profile\" value=\""
                    + Xml.attribute(report.runInfo().profile()) + "\"/>\n");
            out.write("    </properties>\n");
            for (Map.Entry<String, List<Finding>> rule : file.getValue().entrySet()) {
                writeCase(out, file.getKey(), rule.getKey(), rule.getValue(), messages);
            }
            out.write("    <system-out></system-out>\n");
            out.write("    <system-err></system-err>\n");
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    private static void writeCase(Writer out, String file, String ruleId, List<Finding> findings, Messages messages)
            throws IOException {
        out.write("    <testcase name=\"" + Xml.attribute(ruleId) + "\" classname=\"" + Xml.attribute(file)
                + "\" time=\"0\">\n");
        List<Finding> failing = findings.stream().filter(JunitWriter::failing).toList();
        if (!failing.isEmpty()) {
            Finding first = failing.get(0);
            StringBuilder body = new StringBuilder();
            for (Finding finding : failing) {
                body.append(location(finding))
                        .append(": ")
                        .append(finding.severity().id())
                        .append(' ')
                        .append(Text.oneLine(messages.render(finding.message())))
                        .append('\n');
            }
            out.write("      <failure message=\""
                    + Xml.attribute(location(first) + ": " + Text.oneLine(messages.render(first.message())))
                    + "\" type=\""
                    + first.severity().id() + "\">" + Xml.text(body.toString()) + "</failure>\n");
        }
        List<Finding> other = findings.stream().filter(f -> !failing(f)).toList();
        if (!other.isEmpty()) {
            StringBuilder body = new StringBuilder();
            for (Finding finding : other) {
                body.append(location(finding))
                        .append(": ")
                        .append(finding.waived() ? "waived" : finding.severity().id())
                        .append(' ')
                        .append(Text.oneLine(messages.render(finding.message())))
                        .append('\n');
            }
            out.write("      <system-out>" + Xml.text(body.toString()) + "</system-out>\n");
        }
        out.write("    </testcase>\n");
    }

    private static boolean fails(List<Finding> findings) {
        return findings.stream().anyMatch(JunitWriter::failing);
    }

    private static boolean failing(Finding finding) {
        return !finding.waived() && finding.severity().atLeast(Severity.WARNING);
    }

    private static String location(Finding finding) {
        return finding.location().file() + ":" + finding.location().start().line() + ":"
                + finding.location().start().column();
    }
}
