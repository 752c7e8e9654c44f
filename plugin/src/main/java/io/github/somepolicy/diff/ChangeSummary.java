package io.github.somepolicy.diff;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Text;
import java.util.ArrayList;
import java.util.List;

/** The change report as lines for a build log: the counts first, then the changes, the fixed findings and the reviews. */
public final class ChangeSummary {

    private ChangeSummary() {}

    /** The lines, the first being the one-line summary. Every value is kept on its line. */
    public static List<String> lines(ChangeReport report, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.format(
                "diff.log.summary",
                Text.oneLine(report.base().ref()),
                report.base().shortCommit(),
                report.files().size(),
                report.changes().size(),
                report.findings(FindingChange.Status.INTRODUCED).size(),
                report.findings(FindingChange.Status.FIXED).size(),
                report.findings(FindingChange.Status.UNCHANGED).size()));
        if (!report.base().hasConfiguration()) {
            lines.add(messages.format("diff.log.base-new"));
        }
        for (DomainChange change : report.changes()) {
            lines.add(
                    "  " + Text.oneLine(change.file()) + ": " + Text.oneLine(Texts.render(messages, change.message())));
        }
        findingLines(lines, report, FindingChange.Status.FIXED, "diff.log.fixed", messages);
        findingLines(lines, report, FindingChange.Status.NOT_CHECKED, "diff.log.not-checked", messages);
        if (report.reviews().isEmpty()) {
            lines.add(messages.format("diff.log.no-reviews"));
        } else {
            List<String> roles = new ArrayList<>();
            for (Review review : report.reviews()) {
                roles.add(messages.format(
                        "diff.log.review",
                        messages.format(review.role().termKey()),
                        review.reviewers().isEmpty()
                                ? messages.format("diff.md.no-reviewers")
                                : String.join(" ", review.reviewers())));
            }
            lines.add(messages.format("diff.log.reviews", String.join(", ", roles)));
        }
        return lines;
    }

    /** One line for each finding of the status: its file, rule and message in the line's message. */
    private static void findingLines(
            List<String> lines, ChangeReport report, FindingChange.Status status, String key, Messages messages) {
        for (FindingChange change : report.findings(status)) {
            lines.add("  "
                    + messages.format(
                            key,
                            Text.oneLine(change.finding().location().file() + " ["
                                    + change.finding().ruleId() + "] "
                                    + messages.render(change.finding().message()))));
        }
    }
}
