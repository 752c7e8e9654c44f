package io.github.somepolicy.report.codequality;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Fingerprints;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.RuleTexts;
import io.github.somepolicy.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitLab's Code Quality report (a subset of the Code Climate issue format), which GitLab shows in merge
 * requests on every tier, in the changes tab beside the line: one issue per unwaived finding with
 * {@code type}, {@code check_name} (the rule id), {@code description} (the message), {@code content.body}
 * (the rule's title and its documentation), {@code severity}, {@code location} ({@code path} from the
 * repository root when the run knows where the configuration sits, and {@code lines}) and a
 * {@code fingerprint}.
 *
 * <p>The fingerprint is the finding's own ({@link Fingerprints}: rule, file, node and message, never the
 * line), so GitLab sees a finding that moved as the same one and reports only new and resolved findings;
 * two findings that would share one get {@code -2}, {@code -3} after it, in report order. Waived findings
 * are left out: they are accepted. Severities: error is {@code major}, warning {@code minor}, note
 * {@code info}.
 */
public final class CodeQualityWriter implements ReportWriter {

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        ArrayNode issues = NODES.arrayNode();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding finding : report.findings()) {
            if (finding.waived()) {
                continue;
            }
            String fingerprint = Fingerprints.of(finding);
            int occurrence = seen.merge(fingerprint, 1, Integer::sum);
            if (occurrence > 1) {
                fingerprint = fingerprint + "-" + occurrence;
            }
            Location location = finding.location();
            ObjectNode issue = issues.addObject();
            issue.put("type", "issue");
            issue.put("check_name", finding.ruleId());
            issue.put("description", messages.render(finding.message()));
            report.rule(finding.ruleId()).ifPresent(rule -> issue.putObject("content")
                    .put(
                            "body",
                            RuleTexts.title(rule.metadata(), messages) + "\n\n"
                                    + rule.metadata().helpUri()));
            issue.put("severity", severity(finding.severity()));
            issue.put("fingerprint", fingerprint);
            ObjectNode where = issue.putObject("location");
            where.put("path", report.runInfo().repositoryPath(location.file()).orElse(location.file()));
            ObjectNode lines = where.putObject("lines");
            lines.put("begin", location.start().line());
            lines.put("end", Math.max(location.start().line(), location.end().line()));
        }
        out.write(MAPPER.writeValueAsString(issues).replace("\r\n", "\n"));
        out.write('\n');
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case NOTE -> "info";
        };
    }
}
