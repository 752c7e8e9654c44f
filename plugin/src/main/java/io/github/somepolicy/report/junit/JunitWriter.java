package io.github.somepolicy.report.junit;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.RunInfo;
import io.github.somepolicy.report.Text;
import io.github.somepolicy.report.WaiverRef;
import io.github.somepolicy.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JUnit XML report for CI test tabs (GitLab, Jenkins), in the Ant/Jenkins dialect: one test suite per
 * file with findings and one test case per file and rule. A case fails with every unwaived error or
 * warning of that rule in that file, each located by {@code file:line:column}; a case with only waived
 * findings is skipped, with the waiver in the {@code message} (which Jenkins shows) and every waived
 * finding with its reason, approver, decision, expiry and the waiver's place in the element's text (which
 * GitLab shows); a case with only notes passes. Paths are relative to the repository root when the run
 * knows where the configuration sits, so GitLab can link them. Notes and waived findings are listed in the suite's
 * {@code system-out}. A last suite holds one passing case per rule that ran without any finding, so that
 * the number of tests stays steady from run to run and a clean run is not an empty report.
 */
public final class JunitWriter implements ReportWriter {

    /** The {@code package} of every suite. */
    static final String PACKAGE = "somepolicy";

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        RunInfo run = report.runInfo();
        String timestamp = report.runInfo().today() + "T00:00:00";
        Map<String, Map<String, List<Finding>>> byFile = new TreeMap<>();
        Set<String> rulesWithFindings = new HashSet<>();
        for (Finding finding : report.findings()) {
            byFile.computeIfAbsent(path(finding.location(), run), f -> new TreeMap<>())
                    .computeIfAbsent(finding.ruleId(), r -> new ArrayList<>())
                    .add(finding);
            rulesWithFindings.add(finding.ruleId());
        }

        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites>\n");
        int id = 0;
        for (Map.Entry<String, Map<String, List<Finding>>> file : byFile.entrySet()) {
            Map<String, List<Finding>> cases = file.getValue();
            int failures = 0;
            int skipped = 0;
            for (List<Finding> findings : cases.values()) {
                Outcome outcome = Outcome.of(findings);
                failures += outcome == Outcome.FAILED ? 1 : 0;
                skipped += outcome == Outcome.SKIPPED ? 1 : 0;
            }
            suiteStart(out, file.getKey(), id++, cases.size(), failures, skipped, timestamp, report);
            StringBuilder systemOut = new StringBuilder();
            for (Map.Entry<String, List<Finding>> rule : cases.entrySet()) {
                writeCase(out, file.getKey(), rule.getKey(), rule.getValue(), messages, run);
                for (Finding finding : rule.getValue()) {
                    if (!failing(finding)) {
                        systemOut.append(line(finding, messages, run)).append('\n');
                    }
                }
            }
            suiteEnd(out, systemOut.toString());
        }
        List<String> clean = report.rules().stream()
                .map(rule -> rule.metadata().id())
                .filter(ruleId -> !rulesWithFindings.contains(ruleId))
                .distinct()
                .toList();
        if (!clean.isEmpty() || byFile.isEmpty()) {
            suiteStart(out, messages.format("report.junit.clean-rules"), id, clean.size(), 0, 0, timestamp, report);
            for (String ruleId : clean) {
                out.write("    <testcase name=\"" + Xml.attribute(ruleId) + "\" classname=\"" + PACKAGE
                        + "\" time=\"0\"/>\n");
            }
            suiteEnd(out, "");
        }
        out.write("</testsuites>\n");
    }

    private static void suiteStart(
            Writer out, String name, int id, int tests, int failures, int skipped, String timestamp, Report report)
            throws IOException {
        out.write("  <testsuite name=\"" + Xml.attribute(name) + "\" package=\"" + PACKAGE + "\" id=\"" + id
                + "\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped
                + "\" time=\"0\" timestamp=\"" + timestamp + "\" hostname=\"localhost\">\n");
        out.write("    <properties>\n");
        out.write("      <property name=\"profile\" value=\""
                + Xml.attribute(report.runInfo().profile()) + "\"/>\n");
        out.write("      <property name=\"date\" value=\"" + report.runInfo().today() + "\"/>\n");
        out.write("      <property name=\"toolVersion\" value=\""
                + Xml.attribute(report.runInfo().toolVersion()) + "\"/>\n");
        out.write("    </properties>\n");
    }

    private static void suiteEnd(Writer out, String systemOut) throws IOException {
        out.write("    <system-out>" + Xml.text(systemOut) + "</system-out>\n");
        out.write("    <system-err></system-err>\n");
        out.write("  </testsuite>\n");
    }

    private static void writeCase(
            Writer out, String file, String ruleId, List<Finding> findings, Messages messages, RunInfo run)
            throws IOException {
        String start = "    <testcase name=\"" + Xml.attribute(ruleId) + "\" classname=\""
                + Xml.attribute(className(file)) + "\" time=\"0\"";
        switch (Outcome.of(findings)) {
            case PASSED -> out.write(start + "/>\n");
            case SKIPPED -> {
                // Jenkins shows the message attribute, GitLab the element's text: both say why, the text
                // for every waived finding of the case with the decision it rests on.
                List<Finding> waived = findings.stream().filter(Finding::waived).toList();
                WaiverRef waiver = waived.get(0).waiver().orElseThrow();
                StringBuilder body = new StringBuilder();
                for (Finding finding : waived) {
                    WaiverRef each = finding.waiver().orElseThrow();
                    body.append(Text.logLine(position(finding.location(), run) + ": "
                                    + Text.oneLine(messages.render(finding.message()))))
                            .append('\n')
                            .append("  ")
                            .append(Text.oneLine(messages.format(
                                    "report.waived-by", each.approvedBy(), each.expires(), each.reason())))
                            .append('\n');
                    if (!each.decisionReference().isEmpty()) {
                        body.append("  ")
                                .append(Text.oneLine(
                                        messages.format("report.junit.decision", each.decisionReference())))
                                .append('\n');
                    }
                    body.append("  ")
                            .append(Text.oneLine(
                                    messages.format("report.junit.waiver-at", position(each.location(), run))))
                            .append('\n');
                }
                out.write(start + ">\n");
                out.write("      <skipped message=\""
                        + Xml.attribute(Text.oneLine(messages.format(
                                "report.waived-by", waiver.approvedBy(), waiver.expires(), waiver.reason())))
                        + "\">" + Xml.text(body.toString()) + "</skipped>\n");
                out.write("    </testcase>\n");
            }
            case FAILED -> {
                List<Finding> failing =
                        findings.stream().filter(JunitWriter::failing).toList();
                Finding first = failing.get(0);
                Severity worst = failing.stream()
                        .map(Finding::severity)
                        .min(Enum::compareTo)
                        .orElseThrow();
                StringBuilder body = new StringBuilder();
                for (Finding finding : failing) {
                    body.append(line(finding, messages, run)).append('\n');
                    for (Location related : finding.related()) {
                        body.append("  ")
                                .append(messages.format("report.related"))
                                .append(": ")
                                .append(position(related, run))
                                .append('\n');
                    }
                }
                out.write(start + ">\n");
                out.write("      <failure message=\""
                        + Xml.attribute(
                                position(first.location(), run) + ": " + Text.oneLine(messages.render(first.message())))
                        + "\" type=\"" + worst.id() + "\">" + Xml.text(body.toString()) + "</failure>\n");
                out.write("    </testcase>\n");
            }
        }
    }

    /** The outcome of one test case: the file and rule it stands for. */
    private enum Outcome {
        PASSED,
        SKIPPED,
        FAILED;

        static Outcome of(List<Finding> findings) {
            if (findings.stream().anyMatch(JunitWriter::failing)) {
                return FAILED;
            }
            return findings.stream().anyMatch(Finding::waived) ? SKIPPED : PASSED;
        }
    }

    private static boolean failing(Finding finding) {
        return !finding.waived() && finding.severity().atLeast(Severity.WARNING);
    }

    /**
     * A finding as one line in the console format, {@code path:line:column: severity [rule] message}, with
     * the path from the repository root when the run knows it; like a log line, it cannot start a CI
     * workflow command.
     */
    private static String line(Finding finding, Messages messages, RunInfo run) {
        String line = position(finding.location(), run) + ": "
                + (finding.waived() ? "waived" : finding.severity().id()) + " [" + finding.ruleId() + "] "
                + Text.oneLine(messages.render(finding.message()));
        return Text.logLine(finding.waiver()
                .map(waiver -> line + " ("
                        + Text.oneLine(messages.format(
                                "report.waived-by", waiver.approvedBy(), waiver.expires(), waiver.reason()))
                        + ")")
                .orElse(line));
    }

    private static String position(Location location, RunInfo run) {
        return Text.oneLine(path(location, run)) + ":" + location.start().line() + ":"
                + location.start().column();
    }

    /**
     * A location's file relative to the repository root when the run knows where the configuration sits,
     * so GitLab and Jenkins can link it; else relative to the configuration root.
     */
    private static String path(Location location, RunInfo run) {
        return run.repositoryPath(location.file()).orElse(location.file());
    }

    /**
     * The file as a class name: without its extension and with the remaining dots as underscores, because
     * Jenkins splits a class name at its last dot into package and class.
     */
    static String className(String file) {
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        String base = dot > slash + 1 ? file.substring(0, dot) : file;
        return base.replace('.', '_');
    }
}
