package io.github.somepolicy.diff;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.RuleTexts;
import io.github.somepolicy.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The change report as a compact Markdown comment for a pull request: the verdict first, then what
 * changes, the secrets to change, the new, fixed and unchecked findings, and the reviews needed. Rules and
 * kinds of change are named in words; each finding links to its line at the head commit when the forge is
 * known; paths are from the repository's top. Every value from the configuration is escaped, so it cannot
 * inject Markdown or HTML; long lists are cut.
 */
final class ChangeMarkdown {

    /** The most items shown per list. */
    static final int MAX_ITEMS = 50;

    private ChangeMarkdown() {}

    static String render(ChangeReport report, Messages messages) {
        StringBuilder out = new StringBuilder();
        ChangeReport.Base base = report.base();
        out.append("## ").append(messages.format("diff.md.title")).append("\n\n");
        out.append(verdict(report, messages)).append("\n\n");
        out.append(messages.format(
                        "diff.md.counts",
                        report.findings(FindingChange.Status.INTRODUCED).size(),
                        report.findings(FindingChange.Status.FIXED).size(),
                        report.findings(FindingChange.Status.UNCHANGED).size(),
                        report.findings(FindingChange.Status.NOT_CHECKED).size()))
                .append('\n');
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

        out.append("### ").append(messages.format("diff.md.changes")).append("\n\n");
        List<String> changes = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (DomainChange change : report.changes()) {
            String item = Texts.markdown(Texts.render(messages, change.message())) + " "
                    + Texts.code(report.repositoryPath(change.file()));
            (change.kind() == ChangeKind.SECRET_REMOVED ? secrets : changes).add(item);
        }
        list(out, changes, messages.format("diff.md.no-changes"), messages);
        if (!secrets.isEmpty()) {
            out.append("### :key: ").append(messages.format("diff.md.secrets")).append("\n\n");
            list(out, secrets, "", messages);
        }

        findings(out, report, FindingChange.Status.INTRODUCED, "diff.md.introduced", messages);
        findings(out, report, FindingChange.Status.NOT_CHECKED, "diff.md.not-checked", messages);
        findings(out, report, FindingChange.Status.FIXED, "diff.md.fixed", messages);

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
                Set<String> why = new LinkedHashSet<>();
                review.changes().forEach(kind -> why.add(Texts.markdown(kindName(kind, messages))));
                review.rules().forEach(rule -> why.add(Texts.markdown(ruleTitle(report, rule, messages))));
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
                        .append(String.join("; ", why))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    /** The verdict of the build, the first thing a reviewer reads. */
    static String verdict(ChangeReport report, Messages messages) {
        Ratchet ratchet = report.ratchet();
        if (ratchet.threshold().isEmpty()) {
            return ":information_source: " + messages.format("diff.md.verdict.never");
        }
        String level =
                messages.format("report.severity." + ratchet.threshold().get().id());
        long failing = report.failing();
        String key = failing > 0
                ? (ratchet.onlyNew() ? "diff.md.verdict.fail-new" : "diff.md.verdict.fail")
                : (ratchet.onlyNew() ? "diff.md.verdict.pass-new" : "diff.md.verdict.pass");
        return (failing > 0 ? ":x: " : ":white_check_mark: ") + messages.format(key, level, failing);
    }

    /** The words for a kind of change: the sentence's subject-free name. */
    private static String kindName(String kindId, Messages messages) {
        return ChangeKind.fromId(kindId).map(k -> messages.format(k.nameKey())).orElse(kindId);
    }

    private static String ruleTitle(ChangeReport report, String ruleId, Messages messages) {
        Optional<String> title = rule(report.head(), ruleId)
                .or(() -> report.baseReport().flatMap(b -> rule(b, ruleId)).map(t -> t))
                .map(r -> RuleTexts.title(r, messages));
        return title.orElseGet(() -> Texts.ruleTitle(messages, ruleId));
    }

    private static Optional<io.github.somepolicy.rule.RuleMetadata> rule(Report report, String ruleId) {
        return report.rule(ruleId).map(r -> r.metadata());
    }

    /** A reviewer's handle: left as written, so that it mentions them, when it is a plain handle. */
    private static String handle(String handle) {
        return Reviewers.HANDLE.matcher(handle).matches() ? handle : Texts.markdown(handle);
    }

    private static void findings(
            StringBuilder out, ChangeReport report, FindingChange.Status status, String title, Messages messages) {
        List<FindingChange> findings = report.findings(status);
        if (findings.isEmpty()) {
            return;
        }
        out.append("### ").append(messages.format(title)).append("\n\n");
        List<String> items = new ArrayList<>();
        for (FindingChange change : findings) {
            Finding finding = change.finding();
            String waived = finding.waived() ? " _(" + messages.format("diff.md.waived") + ")_" : "";
            String file = finding.location().file();
            int line = finding.location().start().line();
            String where = Texts.code(report.repositoryPath(file) + ":" + line);
            if (status != FindingChange.Status.FIXED && report.links().isPresent()) {
                where = "[" + where + "](" + report.links().get().line(file, line) + ")";
            }
            items.add(icon(finding.severity()) + " **"
                    + Texts.markdown(messages.format(
                            "report.severity." + finding.severity().id()))
                    + "** " + where + " " + Texts.markdown(ruleTitle(report, finding.ruleId(), messages))
                    + waived + ": " + Texts.markdown(messages.render(finding.message())));
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
