package io.github.somepolicy.report.markdown;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Provenance;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFormat;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.RuleTexts;
import io.github.somepolicy.report.RunInfo;
import io.github.somepolicy.report.Text;
import io.github.somepolicy.report.WaiverRef;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.rule.notice.NoticeEvidence;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A compact Markdown summary for a CI job summary or a pull-request comment: the counts, the findings
 * grouped by file (one group per account file) with links to the line, and the waivers with their
 * expiry. Every value from the configuration is escaped, so it cannot inject Markdown or HTML, and kept
 * on its line, so it cannot start a line of its own. Links point into the repository at the checked
 * revision when the run knows it, and are otherwise relative to the repository root.
 */
public final class MarkdownWriter implements ReportWriter {

    /** At most this many open findings are listed, so that a comment stays within the hosts' size limits. */
    static final int MAX_LISTED = 100;

    /** A notice with more topics than this is folded in a {@code <details>} element. */
    static final int FOLD_AFTER = 5;

    private final int maxListed;

    /** A writer that lists at most {@value #MAX_LISTED} open findings. */
    public MarkdownWriter() {
        this(MAX_LISTED);
    }

    MarkdownWriter(int maxListed) {
        this.maxListed = maxListed;
    }

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        RunInfo run = report.runInfo();
        out.write("## " + messages.format("markdown.title") + "\n\n");
        out.write(messages.format("markdown.run", escape(run.profile()), run.today(), run.filesRead(), run.accounts())
                + "\n");
        Optional<Provenance> provenance = run.provenance();
        if (provenance.isPresent()) {
            Provenance p = provenance.get();
            String revision = "`" + code(shortRevision(p.revisionId())) + "`";
            String repository = escape(p.repositoryUri().toString());
            out.write(
                    p.branch().isPresent()
                            ? messages.format(
                                    "markdown.revision-on-branch",
                                    revision,
                                    repository,
                                    "`" + code(p.branch().get()) + "`")
                            : messages.format("markdown.revision", revision, repository));
            out.write("\n");
        }
        out.write("\n");
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
            out.write(messages.format("markdown.clean") + "\n\n");
        }
        int listed = 0;
        int total = open.values().stream().mapToInt(List::size).sum();
        for (Map.Entry<String, List<Finding>> file : open.entrySet()) {
            if (listed >= maxListed) {
                break;
            }
            out.write("### `" + code(file.getKey()) + "`\n\n");
            for (Finding finding : file.getValue()) {
                if (listed++ >= maxListed) {
                    break;
                }
                out.write("- " + icon(finding.severity()) + " **"
                        + severity(finding.severity(), messages) + "** "
                        + link(
                                finding.location().file(),
                                finding.location().start().line(),
                                finding,
                                run)
                        + " `" + code(finding.ruleId()) + "`: "
                        + escape(messages.render(finding.message())) + "\n");
            }
            out.write("\n");
        }
        if (total > maxListed) {
            String reports = Stream.of(ReportFormat.SARIF, ReportFormat.JSON, ReportFormat.CONSOLE)
                    .map(format -> "`" + format.fileName() + "`")
                    .collect(Collectors.joining(", "));
            out.write(messages.format("markdown.more", total - maxListed, reports) + "\n\n");
        }
        if (!waived.isEmpty()) {
            out.write("### " + messages.format("markdown.waivers") + "\n\n");
            out.write("| " + messages.format("markdown.where") + " | " + messages.format("markdown.rule") + " | "
                    + messages.format("markdown.message") + " | " + messages.format("markdown.approved-by")
                    + " | " + messages.format("markdown.decision") + " | "
                    + messages.format("markdown.expires") + " | " + messages.format("markdown.reason") + " |\n");
            out.write("|---|---|---|---|---|---|---|\n");
            for (Finding finding : waived) {
                WaiverRef waiver = finding.waiver().orElseThrow();
                out.write("| "
                        + link(
                                finding.location().file(),
                                finding.location().start().line(),
                                finding,
                                run)
                        + " | `" + code(finding.ruleId()) + "` | " + escape(messages.render(finding.message()))
                        + " | " + escape(waiver.approvedBy()) + " | " + escape(waiver.decisionReference()) + " | "
                        + waiver.expires() + " | " + escape(waiver.reason()) + " |\n");
            }
            out.write("\n");
        }
        notices(report, messages, out);
    }

    /** The notices section: per notice, each topic and the sentence that covered it; folded when long. */
    private static void notices(Report report, Messages messages, Writer out) throws IOException {
        if (report.notices().isEmpty()) {
            return;
        }
        out.write("### " + messages.format("markdown.notices") + "\n\n");
        for (NoticeEvidence notice : report.notices()) {
            long missing = notice.topics().stream().filter(t -> !t.covered()).count();
            boolean fold = notice.topics().size() > FOLD_AFTER;
            String heading = "`" + code(notice.notice()) + "`: "
                    + messages.format("markdown.notice-summary", notice.topics().size() - missing, missing);
            out.write(fold ? "<details><summary>" + heading + "</summary>\n\n" : heading + "\n\n");
            out.write(
                    "| " + messages.format("markdown.topic") + " | " + messages.format("markdown.covered-by") + " |\n");
            out.write("|---|---|\n");
            for (NoticeEvidence.Topic topic : notice.topics()) {
                String by;
                if (!topic.covered()) {
                    by = messages.format("markdown.not-found");
                } else if (topic.line() > 0) {
                    by = escape(notice.notice()) + ":" + topic.line() + " “" + escape(topic.sentence()) + "”";
                } else {
                    by = escape(notice.notice()) + " “" + escape(topic.sentence()) + "”";
                }
                out.write("| " + escape(RuleTexts.topic(report, topic, messages)) + " | " + by + " |\n");
            }
            out.write(fold ? "\n</details>\n\n" : "\n");
        }
    }

    private static String severity(Severity severity, Messages messages) {
        return switch (severity) {
            case ERROR -> messages.format("report.severity.error");
            case WARNING -> messages.format("report.severity.warning");
            case NOTE -> messages.format("report.severity.note");
        };
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> ":x:";
            case WARNING -> ":warning:";
            case NOTE -> ":information_source:";
        };
    }

    private static String link(String file, int line, Finding finding, RunInfo run) {
        return "[" + escape(file) + ":" + line + ":"
                + finding.location().start().column() + "](" + target(file, line, run) + ")";
    }

    /**
     * Where a link to a line points: the file at the checked revision on the repository's web page when
     * the repository has an http(s) address, else the path relative to the repository root. Every part is
     * percent-encoded, so the destination holds no space, parenthesis or angle bracket.
     */
    static String target(String file, int line, RunInfo run) {
        String path = Text.uriPath(run.repositoryPath(file).orElse(file));
        Optional<String> web = run.provenance().flatMap(MarkdownWriter::webBase);
        return web.map(base -> base + "/blob/"
                                + Text.uriPath(run.provenance().orElseThrow().revisionId()) + "/" + path)
                        .orElse(path)
                + "#L" + line;
    }

    private static Optional<String> webBase(Provenance provenance) {
        String scheme = provenance.repositoryUri().getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.empty();
        }
        String base = provenance.repositoryUri().toASCIIString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.endsWith(".git")) {
            base = base.substring(0, base.length() - 4);
        }
        return Optional.of(base.replace("(", "%28").replace(")", "%29").replace(" ", "%20"));
    }

    private static String shortRevision(String revision) {
        return revision.length() > 12 ? revision.substring(0, 12) : revision;
    }

    /** Escapes a value for one line of Markdown. */
    static String escape(String value) {
        return Text.markdown(value);
    }

    /** Text inside a code span: backticks cannot end it and line breaks cannot break it. */
    static String code(String value) {
        return Text.oneLine(value).replace('`', '\'');
    }
}
