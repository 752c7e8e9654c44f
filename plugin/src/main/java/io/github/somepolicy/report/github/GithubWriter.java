package io.github.somepolicy.report.github;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.RuleTexts;
import io.github.somepolicy.report.Text;
import io.github.somepolicy.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * GitHub Actions annotations: one workflow command per unwaived finding, {@code ::error}, {@code ::warning}
 * or {@code ::notice} with the file (from the repository root when the run knows where the configuration
 * sits), the line and column, the span when known, and a title of rule id and rule title. The {@code check}
 * goal prints the lines to the build's output, where GitHub turns them into annotations on the changed
 * files, on every plan and without code scanning. Waived findings get none: they are accepted.
 *
 * <p>Text from the configuration is kept on the line and cannot end the command early or start another:
 * line breaks and control characters become visible escapes ({@link Text#oneLine}), and the workflow
 * commands' own escaping is applied ({@code %}, CR and LF in the message; also {@code :} and {@code ,} in
 * properties).
 */
public final class GithubWriter implements ReportWriter {

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        for (Finding finding : report.findings()) {
            if (finding.waived()) {
                continue;
            }
            out.write(annotation(report, finding, messages));
            out.write('\n');
        }
    }

    private static String annotation(Report report, Finding finding, Messages messages) {
        Location location = finding.location();
        String file = report.runInfo().repositoryPath(location.file()).orElse(location.file());
        String title = report.rule(finding.ruleId())
                .map(rule -> finding.ruleId() + ": " + RuleTexts.title(rule.metadata(), messages))
                .orElse(finding.ruleId());
        StringBuilder line = new StringBuilder("::")
                .append(command(finding.severity()))
                .append(" file=")
                .append(property(file))
                .append(",line=")
                .append(location.start().line())
                .append(",col=")
                .append(location.start().column());
        if (location.end().compareTo(location.start()) > 0) {
            line.append(",endLine=").append(location.end().line());
            if (location.end().line() == location.start().line()) {
                line.append(",endColumn=").append(location.end().column());
            }
        }
        line.append(",title=").append(property(title));
        line.append("::").append(data(messages.render(finding.message())));
        return line.toString();
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** A command's message: on one line, with the runner's escapes for {@code %}, CR and LF. */
    static String data(String value) {
        return Text.oneLine(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as a message, and {@code :} and {@code ,} escaped too. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
