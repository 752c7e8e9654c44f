package io.github.somepolicy.diff;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The change report as a compact Markdown comment for a pull request: what changes, the new and fixed
 * findings, and the reviews needed. Every value from the configuration is escaped, so it cannot inject
 * Markdown or HTML; long lists are cut.
 */
final class ChangeMarkdown {

    /** The most items shown per list. */
    static final int MAX_ITEMS = 50;

    private ChangeMarkdown() {}

    static String render(ChangeReport report, Messages messages) {
        StringBuilder out = new StringBuilder();
        ChangeReport.Base base = report.base();
        out.append("## ").append(messages.format("diff.md.title")).append("\n\n");
        out.append(messages.format(
                        "diff.md.base",
                        Texts.code(base.ref()),
                        Texts.code(base.shortCommit()),
                        Texts.code(report.head().runInfo().profile()),
                        report.head().runInfo().today()))
                .append('\n');
        if (!base.hasConfiguration()) {
            out.append(messages.format("diff.md.base-new", Texts.code(base.ref()), Texts.code(base.shortCommit())))
                    .append('\n');
        }
        out.append('\n');
        out.append(messages.format(
                        "diff.md.counts",
                        report.findings(FindingChange.Status.INTRODUCED).size(),
                        report.findings(FindingChange.Status.FIXED).size(),
                        report.findings(FindingChange.Status.UNCHANGED).size()))
                .append("\n\n");

        out.append("### ").append(messages.format("diff.md.changes")).append("\n\n");
        List<String> changes = new ArrayList<>();
        for (DomainChange change : report.changes()) {
            changes.add(Texts.markdown(Texts.render(messages, change.message())) + " " + Texts.code(change.file()));
        }
        list(out, changes, messages.format("diff.md.no-changes"), messages);

        findings(out, report.findings(FindingChange.Status.INTRODUCED), "diff.md.introduced", messages);
        findings(out, report.findings(FindingChange.Status.FIXED), "diff.md.fixed", messages);

        out.append("### ").append(messages.format("diff.md.reviews")).append("\n\n");
        if (report.reviews().isEmpty()) {
            out.append(messages.format("diff.md.no-reviews")).append("\n");
        } else {
            out.append("| ")
                    .append(messages.format("diff.md.role"))
                    .append(" | ")
                    .append(messages.format("diff.md.reviewers"))
                    .append(" | ")
                    .append(messages.format("diff.md.why"))
                    .append(" |\n|---|---|---|\n");
            for (Review review : report.reviews()) {
                List<String> why = new ArrayList<>();
                review.changes().forEach(kind -> why.add(Texts.code(kind)));
                review.rules().forEach(rule -> why.add(Texts.code(rule)));
                out.append("| ")
                        .append(messages.format(review.role().termKey()))
                        .append(" | ")
                        .append(
                                review.reviewers().isEmpty()
                                        ? Texts.markdown(messages.format("diff.md.no-reviewers"))
                                        : String.join(
                                                ", ",
                                                review.reviewers().stream()
                                                        .map(ChangeMarkdown::handle)
                                                        .toList()))
                        .append(" | ")
                        .append(String.join(", ", why))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    /** A reviewer's handle: left as written, so that it mentions them, when it is a plain handle. */
    private static String handle(String handle) {
        return Reviewers.HANDLE.matcher(handle).matches() ? handle : Texts.markdown(handle);
    }

    private static void findings(StringBuilder out, List<FindingChange> findings, String title, Messages messages) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("### ").append(messages.format(title)).append("\n\n");
        List<String> items = new ArrayList<>();
        for (FindingChange change : findings) {
            Finding finding = change.finding();
            String waived = finding.waived() ? " _(" + messages.format("diff.md.waived") + ")_" : "";
            items.add(icon(finding.severity()) + " **" + finding.severity().id() + "** "
                    + Texts.code(finding.location().file() + ":"
                            + finding.location().start().line() + ":"
                            + finding.location().start().column())
                    + " " + Texts.code(finding.ruleId()) + waived + ": "
                    + Texts.markdown(messages.render(finding.message())));
        }
        list(out, items, "", messages);
    }

    private static void list(StringBuilder out, List<String> items, String empty, Messages messages) {
        if (items.isEmpty()) {
            out.append(empty).append("\n\n");
            return;
        }
        for (int i = 0; i < items.size() && i < MAX_ITEMS; i++) {
            out.append("- ").append(items.get(i)).append('\n');
        }
        if (items.size() > MAX_ITEMS) {
            out.append("- ")
                    .append(messages.format("diff.md.more", items.size() - MAX_ITEMS))
                    .append('\n');
        }
        out.append('\n');
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> ":x:";
            case WARNING -> ":warning:";
            case NOTE -> ":information_source:";
        };
    }
}
