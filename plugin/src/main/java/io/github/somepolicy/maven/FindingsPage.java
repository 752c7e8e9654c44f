package io.github.somepolicy.maven;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.output.HtmlTemplates;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.RuleTexts;
import io.github.somepolicy.report.WaiverRef;
import io.github.somepolicy.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.doxia.sink.Sink;

/**
 * The findings page: a summary by severity, the rules with findings, the open findings by file and the
 * waived findings with their waivers. It is built once as sections of paragraphs and tables, then written
 * either to the site's Doxia sink ({@code mvn site}) or as a page of its own ({@code mvn
 * somepolicy:report}). Every value from the configuration is text: the sink and the page's template
 * escape it, nothing passes through as markup.
 */
final class FindingsPage {

    /** What a section holds, in order. */
    sealed interface Block permits Paragraph, Table, Section {}

    /** A paragraph of plain text. */
    record Paragraph(String text) implements Block {}

    /** A table of plain text cells under a header row. */
    record Table(List<String> headers, List<List<String>> rows) implements Block {}

    /**
     * A titled section.
     *
     * @param anchor the fragment that links to it, or {@code null}
     */
    record Section(String title, String anchor, List<Block> blocks) implements Block {}

    private static final String TEMPLATES = "io/github/somepolicy/maven/templates";

    private final Messages messages;
    private final Section page;

    FindingsPage(Report report, Messages messages) {
        this.messages = messages;
        this.page = build(report);
    }

    /** The page's title. */
    String title() {
        return messages.format("report.site.name");
    }

    /** The page as sections, the whole page one section under its title. */
    Section content() {
        return page;
    }

    private Section build(Report report) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(messages.format(
                "report.site.intro",
                report.runInfo().profile(),
                report.runInfo().today().toString(),
                report.runInfo().filesRead(),
                report.runInfo().accounts())));

        List<List<String>> severities = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            severities.add(List.of(severityName(severity), String.valueOf(report.countExactly(severity))));
        }
        severities.add(List.of(messages.format("report.site.waived"), String.valueOf(report.waivedCount())));
        blocks.add(new Section(
                messages.format("report.site.by-severity"),
                "by-severity",
                List.of(table(List.of("report.site.severity", "report.site.count"), severities))));

        Map<String, long[]> byRule = new TreeMap<>();
        for (Finding finding : report.findings()) {
            long[] counts = byRule.computeIfAbsent(finding.ruleId(), r -> new long[2]);
            counts[finding.waived() ? 1 : 0]++;
        }
        List<List<String>> rules = new ArrayList<>();
        for (Map.Entry<String, long[]> rule : byRule.entrySet()) {
            Report.RuleInForce inForce = report.rule(rule.getKey()).orElse(null);
            rules.add(List.of(
                    rule.getKey(),
                    inForce == null ? "" : RuleTexts.title(inForce.metadata(), messages),
                    inForce == null ? "" : severityName(inForce.severity()),
                    String.valueOf(rule.getValue()[0]),
                    String.valueOf(rule.getValue()[1])));
        }
        blocks.add(new Section(
                messages.format("report.site.by-rule"),
                "by-rule",
                List.of(
                        rules.isEmpty()
                                ? none()
                                : table(
                                        List.of(
                                                "report.site.rule",
                                                "report.site.title",
                                                "report.site.severity",
                                                "report.site.open",
                                                "report.site.waived"),
                                        rules))));

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
        List<Block> files = new ArrayList<>();
        if (byFile.isEmpty()) {
            files.add(none());
        }
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            List<List<String>> rows = new ArrayList<>();
            for (Finding finding : file.getValue()) {
                rows.add(List.of(
                        finding.location().start().line() + ":"
                                + finding.location().start().column(),
                        severityName(finding.severity()),
                        finding.ruleId(),
                        messages.render(finding.message())));
            }
            files.add(new Section(
                    file.getKey(),
                    null,
                    List.of(table(
                            List.of(
                                    "report.site.place",
                                    "report.site.severity",
                                    "report.site.rule",
                                    "report.site.message"),
                            rows))));
        }
        blocks.add(new Section(messages.format("report.site.by-file"), "by-file", files));

        List<List<String>> waivers = new ArrayList<>();
        for (Finding finding : waived) {
            WaiverRef waiver = finding.waiver().orElseThrow();
            waivers.add(List.of(
                    finding.location().file() + ":"
                            + finding.location().start().line() + ":"
                            + finding.location().start().column(),
                    finding.ruleId(),
                    messages.render(finding.message()),
                    waiver.reason(),
                    waiver.approvedBy(),
                    waiver.decisionReference(),
                    waiver.expires().toString()));
        }
        blocks.add(new Section(
                messages.format("report.site.waivers"),
                "waivers",
                List.of(
                        waivers.isEmpty()
                                ? none()
                                : table(
                                        List.of(
                                                "report.site.place",
                                                "report.site.rule",
                                                "report.site.message",
                                                "report.site.reason",
                                                "report.site.approved-by",
                                                "report.site.decision",
                                                "report.site.expires"),
                                        waivers))));
        return new Section(title(), "somepolicy", blocks);
    }

    private Table table(List<String> headerKeys, List<List<String>> rows) {
        return new Table(headerKeys.stream().map(messages::format).toList(), rows);
    }

    private Paragraph none() {
        return new Paragraph(messages.format("report.site.none"));
    }

    private String severityName(Severity severity) {
        return messages.format("report.severity." + severity.id());
    }

    /** Writes the page to a Doxia sink, as the site's findings page. */
    void render(Sink sink) {
        sink.head();
        sink.title();
        sink.text(title());
        sink.title_();
        sink.head_();
        sink.body();
        render(sink, page, 1);
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void render(Sink sink, Section section, int level) {
        sink.section(level, null);
        sink.sectionTitle(level, null);
        sink.text(section.title());
        sink.sectionTitle_(level);
        if (section.anchor() != null) {
            sink.anchor(section.anchor());
            sink.anchor_();
        }
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph paragraph) {
                sink.paragraph();
                sink.text(paragraph.text());
                sink.paragraph_();
            } else if (block instanceof Table table) {
                render(sink, table);
            } else if (block instanceof Section inner) {
                render(sink, inner, level + 1);
            }
        }
        sink.section_(level);
    }

    private static void render(Sink sink, Table table) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String header : table.headers()) {
            sink.tableHeaderCell();
            sink.text(header);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (List<String> row : table.rows()) {
            sink.tableRow();
            for (String cell : row) {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            }
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    /**
     * The page as a document of its own, for a run of the goal outside {@code mvn site}: headings,
     * paragraphs and tables in document order, through a template that escapes every value.
     *
     * @throws IOException when the template cannot be read or rendered
     */
    String html() throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        flatten(page, 1, items);
        Map<String, Object> context = new HashMap<>();
        context.put("lang", messages.locale().getLanguage());
        context.put("title", title());
        context.put("items", items);
        StringWriter out = new StringWriter();
        HtmlTemplates.engine(HtmlTemplates.builtIn(FindingsPage.class, TEMPLATES), true)
                .getTemplate("findings")
                .evaluate(out, context);
        return out.toString();
    }

    private static void flatten(Section section, int level, List<Map<String, Object>> items) {
        // HTML has six heading levels; deeper sections stay at the sixth.
        items.add(Map.of(
                "kind",
                "heading",
                "level",
                Math.min(level, 6),
                "text",
                section.title(),
                "id",
                section.anchor() == null ? "" : section.anchor()));
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph paragraph) {
                items.add(Map.of("kind", "paragraph", "text", paragraph.text()));
            } else if (block instanceof Table table) {
                items.add(Map.of("kind", "table", "headers", table.headers(), "rows", table.rows()));
            } else if (block instanceof Section inner) {
                flatten(inner, level + 1, items);
            }
        }
    }
}
