package io.github.somepolicy.report.json;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Fingerprints;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.RuleTexts;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.rule.notice.NoticeEvidence;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report in somepolicy's own JSON format, described by {@code schemas/report.schema.json} and
 * {@code docs/reports.md}: values exactly as they are, messages rendered and also as key and arguments.
 */
public final class JsonWriter implements ReportWriter {

    /** The schema of the format. */
    public static final String SCHEMA_ID = "https://somepolicy.github.io/schemas/v1/report.schema.json";

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", SCHEMA_ID);
        root.put("formatVersion", 1);
        ObjectNode run = root.putObject("run");
        run.put("tool", "somepolicy");
        run.put("toolVersion", report.runInfo().toolVersion());
        run.put("date", report.runInfo().today().toString());
        run.put("profile", report.runInfo().profile());
        run.put("language", messages.locale().getLanguage());
        run.put("files", report.runInfo().filesRead());
        run.put("accounts", report.runInfo().accounts());
        report.runInfo().rootPath().ifPresent(path -> run.put("rootPath", path));
        report.runInfo().provenance().ifPresent(provenance -> {
            ObjectNode node = run.putObject("provenance");
            node.put("repositoryUri", provenance.repositoryUri().toString());
            node.put("revisionId", provenance.revisionId());
            provenance.branch().ifPresent(branch -> node.put("branch", branch));
        });
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.countExactly(Severity.ERROR));
        summary.put("warnings", report.countExactly(Severity.WARNING));
        summary.put("notes", report.countExactly(Severity.NOTE));
        summary.put("waived", report.waivedCount());
        ArrayNode rules = root.putArray("rules");
        for (Report.RuleInForce rule : report.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.metadata().id());
            node.put("severity", rule.severity().id());
            node.put("title", RuleTexts.title(rule.metadata(), messages));
            node.put("rationale", RuleTexts.rationale(rule.metadata(), messages));
            node.put("area", rule.metadata().area());
            node.put("helpUri", rule.metadata().helpUri());
            ArrayNode requirements = node.putArray("requirements");
            rule.metadata().requirements().forEach(requirements::add);
            ArrayNode sources = node.putArray("sources");
            rule.metadata().sources().forEach(s -> sources.addObject()
                    .put("document", s.document())
                    .put("section", s.section()));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("severity", finding.severity().id());
            node.put("message", messages.render(finding.message()));
            node.put("messageKey", finding.message().key());
            ArrayNode args = node.putArray("messageArguments");
            finding.message().args().forEach(args::add);
            node.set("location", location(f, finding.location()));
            ArrayNode related = node.putArray("related");
            finding.related().forEach(l -> related.add(location(f, l)));
            node.put("fingerprint", Fingerprints.of(finding));
            finding.waiver().ifPresent(waiver -> {
                ObjectNode w = node.putObject("waiver");
                w.put("reason", waiver.reason());
                w.put("approvedBy", waiver.approvedBy());
                w.put("decisionReference", waiver.decisionReference());
                w.put("expires", waiver.expires().toString());
                w.set("location", location(f, waiver.location()));
            });
        }
        if (!report.notices().isEmpty()) {
            ArrayNode notices = root.putArray("notices");
            for (NoticeEvidence notice : report.notices()) {
                ObjectNode node = notices.addObject();
                node.put("file", notice.notice());
                ArrayNode topics = node.putArray("topics");
                for (NoticeEvidence.Topic topic : notice.topics()) {
                    ObjectNode t = topics.addObject();
                    t.put("ruleId", topic.ruleId());
                    t.put("key", topic.key());
                    t.put("topic", RuleTexts.topic(report, topic, messages));
                    t.put("covered", topic.covered());
                    if (topic.line() > 0) {
                        t.put("line", topic.line());
                    }
                    if (!topic.sentence().isEmpty()) {
                        t.put("sentence", topic.sentence());
                    }
                }
            }
        }
        out.write(MAPPER.writeValueAsString(root).replace("\r\n", "\n"));
        out.write('\n');
    }

    private static ObjectNode location(JsonNodeFactory f, Location location) {
        ObjectNode node = f.objectNode();
        node.put("file", location.file());
        node.put("line", location.start().line());
        node.put("column", location.start().column());
        node.put("endLine", location.end().line());
        node.put("endColumn", location.end().column());
        node.put("pointer", location.pointer());
        return node;
    }
}
