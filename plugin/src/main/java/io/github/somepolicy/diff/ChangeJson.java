package io.github.somepolicy.diff;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Finding;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The change report as JSON, described by {@code schemas/change-report.schema.json}. */
final class ChangeJson {

    /** The schema of the format. */
    static final String SCHEMA_ID = "https://somepolicy.github.io/schemas/v1/change-report.schema.json";

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ChangeJson() {}

    static String render(ChangeReport report, Messages messages) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", SCHEMA_ID);
        root.put("formatVersion", 1);
        ObjectNode run = root.putObject("run");
        run.put("tool", "somepolicy");
        run.put("toolVersion", report.head().runInfo().toolVersion());
        run.put("date", report.head().runInfo().today().toString());
        run.put("profile", report.head().runInfo().profile());
        run.put("language", messages.locale().getLanguage());
        ObjectNode base = root.putObject("base");
        base.put("ref", report.base().ref());
        base.put("commit", report.base().commit());
        base.put("directory", report.base().directory());
        base.put("hasConfiguration", report.base().hasConfiguration());
        report.baseReport().ifPresent(b -> base.put("profile", b.runInfo().profile()));
        ObjectNode summary = root.putObject("summary");
        summary.put("filesChanged", report.files().size());
        summary.put("changes", report.changes().size());
        summary.put(
                "introduced", report.findings(FindingChange.Status.INTRODUCED).size());
        summary.put("fixed", report.findings(FindingChange.Status.FIXED).size());
        summary.put("unchanged", report.findings(FindingChange.Status.UNCHANGED).size());
        summary.put(
                "notChecked", report.findings(FindingChange.Status.NOT_CHECKED).size());
        summary.put("verdict", report.fails() ? "fail" : "pass");
        ArrayNode files = root.putArray("files");
        for (FileChange file : report.files()) {
            ObjectNode node = files.addObject();
            node.put("status", file.status().id());
            node.put("path", file.path());
            if (file.status() == FileChange.Status.RENAMED) {
                node.put("previousPath", file.oldPath());
            }
        }
        ArrayNode changes = root.putArray("changes");
        for (DomainChange change : report.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", change.kind().id());
            node.put("file", change.file());
            node.put("message", Texts.render(messages, change.message()));
            node.put("messageKey", change.message().key());
            ArrayNode args = node.putArray("messageArguments");
            change.message().args().forEach(args::add);
            roles(node.putArray("roles"), change.roles().stream().toList());
        }
        ObjectNode findings = root.putObject("findings");
        for (FindingChange.Status status : FindingChange.Status.values()) {
            ArrayNode list = findings.putArray(status.id());
            for (FindingChange change : report.findings(status)) {
                Finding finding = change.finding();
                ObjectNode node = list.addObject();
                node.put("ruleId", finding.ruleId());
                node.put("severity", finding.severity().id());
                node.put("role", change.role().id());
                node.put("message", messages.render(finding.message()));
                node.put("file", finding.location().file());
                node.put("line", finding.location().start().line());
                node.put("column", finding.location().start().column());
                node.put("pointer", finding.location().pointer());
                node.put("fingerprint", change.fingerprint());
                node.put("waived", finding.waived());
            }
        }
        ArrayNode reviews = root.putArray("reviews");
        for (Review review : report.reviews()) {
            ObjectNode node = reviews.addObject();
            node.put("role", review.role().id());
            node.put("title", messages.format(review.role().termKey()));
            strings(node.putArray("reviewers"), review.reviewers());
            strings(node.putArray("changes"), review.changes());
            strings(node.putArray("rules"), review.rules());
            strings(node.putArray("files"), review.files());
        }
        ArrayNode owners = root.putArray("codeOwners");
        report.codeOwners().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(entry -> {
                    ObjectNode node = owners.addObject();
                    node.put("path", entry.getKey());
                    strings(node.putArray("owners"), entry.getValue());
                });
        return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }

    private static void roles(ArrayNode array, List<Role> roles) {
        roles.forEach(role -> array.add(role.id()));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
