package io.github.somepolicy.report.markdown;

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
 * A compact Markdown summary for a CI job summary or a pull-request comment: the counts, the findings
 * grouped by file with links to the line, and the waivers with their expiry. Every value from the
 * configuration is escaped, so it cannot inject Markdown or HTML.
 */
public final class MarkdownWriter implements ReportWriter {

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        out.write("## " + messages.format("markdown.title") + "\n\n");
        out.write(messages.format(
                        "markdown.run",
                        escape(report.runInfo().profile()),
                        report.runInfo().today(),
                        report.runInfo().filesRead(),
                        report.runInfo().accounts())
                + "\n\n");
        out.write("| " + messages.format("markdown.errors") + " | " + messages.format("markdown.warnings") + " | "
                + messages.format("markdown.notes") + " | " + messages.format("markdown.waived") + " |\n");
        out.write("|---:|---:|---:|---:|\n");
        out.write("| " + report.countExactly(Severity.ERROR) + " | " + report.countExactly(Severity.WARNING) + " | "
                + report.countExactly(Severity.NOTE) + " | " + report.waivedCount() + " |\n\n");
        Map<String, List<Finding>> open = new TreeMap<>();
        List<Finding> waived = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.waived()) {
                waived.add(finding);
            } else {
                open.computeIfAbsent(finding.location().file(), f -> new ArrayList<>())
                        .add(finding);
            }
        }
        if (open.isEmpty()) {
            out.write(messages.format("markdown.clean") + "\n");
        }
        for (Map.Entry<String, List<Finding>> file : open.entrySet()) {
            out.write("### `" + code(file.getKey()) + "`\n\n");
            for (Finding finding : file.getValue()) {
                out.write("- " + icon(finding.severity()) + " **"
                        + finding.severity().id() + "** "
                        + link(finding) + " `" + code(finding.ruleId()) + "`: "
                        + escape(messages.render(finding.message())) + "\n");
            }
            out.write("\n");
        }
        if (!waived.isEmpty()) {
            out.write("### " + messages.format("markdown.waivers") + "\n\n");
            out.write("| " + messages.format("markdown.where") + " | " + messages.format("markdown.rule") + " | "
                    + messages.format("markdown.approved-by") + " | " + messages.format("markdown.expires") + " | "
                    + messages.format("markdown.reason") + " |\n");
            out.write("|---|---|---|---|---|\n");
            for (Finding finding : waived) {
                var waiver = finding.waiver().orElseThrow();
                out.write("| " + link(finding) + " | `" + code(finding.ruleId()) + "` | " + escape(waiver.approvedBy())
                        + " | " + waiver.expires() + " | " + escape(waiver.reason()) + " |\n");
            }
            out.write("\n");
        }
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> ":x:";
            case WARNING -> ":warning:";
            case NOTE -> ":information_source:";
        };
    }

    private static String link(Finding finding) {
        String file = finding.location().file();
        int line = finding.location().start().line();
        return "[" + escape(file) + ":" + line + ":"
                + finding.location().start().column() + "](" + Text.uriPath(file) + "#L" + line + ")";
    }

    /** Escapes text so Markdown and HTML in it show as written, on one line. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if ("\\`*_{}[]()#+-.!|~".indexOf(c) >= 0) {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7F) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Text inside a code span: backticks and line breaks cannot end or break it. */
    private static String code(String value) {
        return value.replace("`", "'").replaceAll("[\\r\\n\\t]", " ");
    }
}
