package io.github.somepolicy.maven;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.RuleTexts;
import io.github.somepolicy.report.WaiverRef;
import io.github.somepolicy.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The findings page as Doxia markup: a summary by severity, the rules with findings, the open findings by
 * file and the waived findings with their waivers. Every value from the configuration is written as text
 * (Doxia escapes it), never through the link patterns of the renderer's helpers.
 */
final class FindingsPage extends AbstractMavenReportRenderer {

    private final Report report;
    private final Messages messages;

    FindingsPage(Sink sink, Report report, Messages messages) {
        super(sink);
        this.report = report;
        this.messages = messages;
    }

    @Override
    public String getTitle() {
        return messages.format("report.site.name");
    }

    @Override
    protected void renderBody() {
        startSection(getTitle(), "somepolicy");
        sink.paragraph();
        sink.text(messages.format(
                "report.site.intro",
                report.runInfo().profile(),
                report.runInfo().today().toString(),
                report.runInfo().filesRead(),
                report.runInfo().accounts()));
        sink.paragraph_();

        startSection(messages.format("report.site.by-severity"), "by-severity");
        startTable();
        tableHeader(new String[] {messages.format("report.site.severity"), messages.format("report.site.count")});
        for (Severity severity : Severity.values()) {
            row(severityName(severity), String.valueOf(report.countExactly(severity)));
        }
        row(messages.format("report.site.waived"), String.valueOf(report.waivedCount()));
        endTable();
        endSection();

        startSection(messages.format("report.site.by-rule"), "by-rule");
        Map<String, long[]> byRule = new TreeMap<>();
        for (Finding finding : report.findings()) {
            long[] counts = byRule.computeIfAbsent(finding.ruleId(), r -> new long[2]);
            counts[finding.waived() ? 1 : 0]++;
        }
        if (byRule.isEmpty()) {
            paragraph(messages.format("report.site.none"));
        } else {
            startTable();
            tableHeader(new String[] {
                messages.format("report.site.rule"),
                messages.format("report.site.title"),
                messages.format("report.site.severity"),
                messages.format("report.site.open"),
                messages.format("report.site.waived")
            });
            for (Map.Entry<String, long[]> rule : byRule.entrySet()) {
                Report.RuleInForce inForce = report.rule(rule.getKey()).orElse(null);
                row(
                        rule.getKey(),
                        inForce == null ? "" : RuleTexts.title(inForce.metadata(), messages),
                        inForce == null ? "" : severityName(inForce.severity()),
                        String.valueOf(rule.getValue()[0]),
                        String.valueOf(rule.getValue()[1]));
            }
            endTable();
        }
        endSection();

        startSection(messages.format("report.site.by-file"), "by-file");
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        List<Finding> waived = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.waived()) {
                waived.add(finding);
            } else {
                byFile.computeIfAbsent(finding.location().file(), f -> new ArrayList<>())
                        .add(finding);
            }
        }
        if (byFile.isEmpty()) {
            paragraph(messages.format("report.site.none"));
        }
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            startSection(file.getKey());
            startTable();
            tableHeader(new String[] {
                messages.format("report.site.place"),
                messages.format("report.site.severity"),
                messages.format("report.site.rule"),
                messages.format("report.site.message")
            });
            for (Finding finding : file.getValue()) {
                row(
                        finding.location().start().line() + ":"
                                + finding.location().start().column(),
                        severityName(finding.severity()),
                        finding.ruleId(),
                        messages.render(finding.message()));
            }
            endTable();
            endSection();
        }
        endSection();

        startSection(messages.format("report.site.waivers"), "waivers");
        if (waived.isEmpty()) {
            paragraph(messages.format("report.site.none"));
        } else {
            startTable();
            tableHeader(new String[] {
                messages.format("report.site.place"),
                messages.format("report.site.rule"),
                messages.format("report.site.message"),
                messages.format("report.site.reason"),
                messages.format("report.site.approved-by"),
                messages.format("report.site.decision"),
                messages.format("report.site.expires")
            });
            for (Finding finding : waived) {
                WaiverRef waiver = finding.waiver().orElseThrow();
                row(
                        finding.location().file() + ":"
                                + finding.location().start().line() + ":"
                                + finding.location().start().column(),
                        finding.ruleId(),
                        messages.render(finding.message()),
                        waiver.reason(),
                        waiver.approvedBy(),
                        waiver.decisionReference(),
                        waiver.expires().toString());
            }
            endTable();
        }
        endSection();
        endSection();
    }

    private String severityName(Severity severity) {
        return messages.format("report.severity." + severity.id());
    }

    /** A table row of plain text cells. */
    private void row(String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            sink.tableCell();
            sink.text(cell);
            sink.tableCell_();
        }
        sink.tableRow_();
    }
}
