package io.github.somepolicy.report.sarif;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.report.Automation;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Fingerprints;
import io.github.somepolicy.report.Provenance;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.RuleTexts;
import io.github.somepolicy.report.RunInfo;
import io.github.somepolicy.report.Text;
import io.github.somepolicy.report.WaiverRef;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.rule.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF 2.1.0 report, for code-scanning annotations on the exact line: every rule that ran with its
 * descriptions, help, sources and requirements; results with rule index, level, message text,
 * related locations, a partial fingerprint and, for waived findings, an external suppression; columns
 * in Unicode code points; an {@code automationDetails} id; paths relative to the repository root
 * ({@value #REPOSITORY_BASE_ID}) when the run knows where the configuration sits, else to the
 * configuration root ({@value #ROOT_BASE_ID}), which {@code originalUriBaseIds} always defines and places
 * inside the repository when it can; the repository and revision in {@code versionControlProvenance} when
 * known.
 *
 * <p>The rules' sources and requirement numbers are written as rule {@code properties}, not as
 * taxonomies: they are citations, not a classification that other tools share.
 */
public final class SarifWriter implements ReportWriter {

    /** The SARIF schema the output follows. */
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** The base id that locations are relative to: the configuration root. */
    public static final String ROOT_BASE_ID = "CONFIGROOT";

    /** The base id of the repository root, which the configuration root is relative to. */
    public static final String REPOSITORY_BASE_ID = "SRCROOT";

    /** The key of the finding's fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "somepolicy/v1";

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ArrayNode rules = NODES.arrayNode();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Report.RuleInForce rule : report.rules()) {
            if (ruleIndex.putIfAbsent(rule.metadata().id(), rules.size()) == null) {
                rules.add(descriptor(rule, messages));
            }
        }
        // A finding of a rule that is not listed (the engine's own, say) still gets a descriptor, so that
        // every result has a valid ruleIndex.
        TreeSet<String> unlisted = new TreeSet<>();
        report.findings().stream()
                .map(Finding::ruleId)
                .filter(id -> !ruleIndex.containsKey(id))
                .forEach(unlisted::add);
        for (String id : unlisted) {
            ruleIndex.put(id, rules.size());
            rules.add(minimalDescriptor(id, messages));
        }

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "somepolicy");
        driver.put("fullName", "somepolicy Maven plugin");
        driver.put("version", report.runInfo().toolVersion());
        driver.put("semanticVersion", report.runInfo().toolVersion());
        driver.put("informationUri", "https://somepolicy.github.io/");
        driver.put("language", messages.locale().getLanguage());
        driver.set("rules", rules);

        report.runInfo().provenance().ifPresent(provenance -> run.putArray("versionControlProvenance")
                .add(provenance(provenance)));
        run.set("automationDetails", automationDetails(report.runInfo()));
        run.set("originalUriBaseIds", baseIds(report.runInfo(), messages));
        run.put("columnKind", "unicodeCodePoints");

        ArrayNode results = run.putArray("results");
        for (Finding finding : report.findings()) {
            results.add(result(finding, ruleIndex.get(finding.ruleId()), report.runInfo(), messages));
        }

        ObjectNode properties = run.putObject("properties");
        properties.put("profile", report.runInfo().profile());
        properties.put("today", report.runInfo().today().toString());
        properties.put("files", report.runInfo().filesRead());
        properties.put("accounts", report.runInfo().accounts());

        out.write(MAPPER.writeValueAsString(log).replace("\r\n", "\n"));
        out.write('\n');
    }

    private static ObjectNode descriptor(Report.RuleInForce rule, Messages messages) {
        RuleMetadata metadata = rule.metadata();
        String title = RuleTexts.title(metadata, messages);
        String rationale = RuleTexts.rationale(metadata, messages);
        String sources = String.join(
                "; ", metadata.sources().stream().map(Source::toString).toList());
        String requirements = String.join(", ", metadata.requirements());

        ObjectNode node = NODES.objectNode();
        node.put("id", metadata.id());
        node.put("name", name(metadata.id()));
        node.putObject("shortDescription").put("text", title);
        node.putObject("fullDescription").put("text", rationale);
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        node.put("helpUri", metadata.helpUri());
        StringBuilder text = new StringBuilder(rationale);
        StringBuilder markdown = new StringBuilder("**")
                .append(Text.markdownField(Text.oneLine(title)))
                .append("**\n\n")
                .append(Text.markdownField(rationale));
        if (!metadata.sources().isEmpty()) {
            String line = messages.format("report.sources", sources);
            text.append(' ').append(line);
            markdown.append("\n\n").append(Text.markdownField(line));
        }
        if (!metadata.requirements().isEmpty()) {
            String line = messages.format("report.requirements", requirements);
            text.append(' ').append(line);
            markdown.append("\n\n").append(Text.markdownField(line));
        }
        markdown.append("\n\n[")
                .append(messages.format("report.documentation"))
                .append("](")
                .append(metadata.helpUri())
                .append(')');
        ObjectNode help = node.putObject("help");
        help.put("text", text.toString());
        help.put("markdown", markdown.toString());

        ObjectNode properties = node.putObject("properties");
        properties.putArray("tags").add(metadata.area());
        properties.put("area", metadata.area());
        ArrayNode requirementList = properties.putArray("requirements");
        metadata.requirements().forEach(requirementList::add);
        ArrayNode sourceList = properties.putArray("sources");
        for (Source source : metadata.sources()) {
            ObjectNode entry = sourceList.addObject();
            entry.put("document", source.document());
            if (!source.section().isEmpty()) {
                entry.put("section", source.section());
            }
        }
        return node;
    }

    private static ObjectNode minimalDescriptor(String id, Messages messages) {
        ObjectNode node = NODES.objectNode();
        node.put("id", id);
        String titleKey = "rule." + id + ".title";
        if (messages.has(titleKey)) {
            node.putObject("shortDescription").put("text", messages.format(titleKey));
        }
        node.put("helpUri", RuleMetadata.DOCS_BASE + id + ".md");
        return node;
    }

    private static ObjectNode provenance(Provenance provenance) {
        ObjectNode node = NODES.objectNode();
        node.put("repositoryUri", provenance.repositoryUri().toString());
        node.put("revisionId", provenance.revisionId());
        provenance.branch().ifPresent(branch -> node.put("branch", branch));
        node.putObject("mappedTo").put("uriBaseId", REPOSITORY_BASE_ID);
        return node;
    }

    private static ObjectNode baseIds(RunInfo runInfo, Messages messages) {
        ObjectNode ids = NODES.objectNode();
        ObjectNode config = ids.putObject(ROOT_BASE_ID);
        runInfo.rootPath().ifPresent(root -> {
            config.put("uri", root.isEmpty() ? "./" : Text.uriPath(root) + "/");
            config.put("uriBaseId", REPOSITORY_BASE_ID);
        });
        config.putObject("description").put("text", messages.format("report.sarif.config-root"));
        if (runInfo.rootPath().isPresent() || runInfo.provenance().isPresent()) {
            ids.putObject(REPOSITORY_BASE_ID)
                    .putObject("description")
                    .put("text", messages.format("report.sarif.repository-root"));
        }
        return ids;
    }

    private static ObjectNode result(Finding finding, Integer ruleIndex, RunInfo run, Messages messages) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", finding.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(finding.severity()));
        // Text only: a message id would have to name one of the rule's messageStrings, and a rule's
        // messages are many templates in two languages, so the rendered text is the message.
        node.putObject("message").put("text", messages.render(finding.message()));
        node.putArray("locations").add(location(finding.location(), run));
        if (!finding.related().isEmpty()) {
            ArrayNode related = node.putArray("relatedLocations");
            int id = 1;
            for (Location location : finding.related()) {
                ObjectNode entry = NODES.objectNode();
                entry.put("id", id++);
                entry.setAll(location(location, run));
                entry.putObject("message").put("text", messages.format("report.related"));
                related.add(entry);
            }
        }
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, Fingerprints.of(finding));
        finding.waiver().ifPresent(waiver -> node.putArray("suppressions").add(suppression(waiver, run, messages)));
        return node;
    }

    private static ObjectNode suppression(WaiverRef waiver, RunInfo run, Messages messages) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", "external");
        node.put("status", "accepted");
        node.put(
                "justification",
                waiver.decisionReference().isEmpty()
                        ? waiver.reason()
                        : messages.format("report.justification", waiver.reason(), waiver.decisionReference()));
        node.set("location", location(waiver.location(), run));
        ObjectNode properties = node.putObject("properties");
        properties.put("reason", waiver.reason());
        properties.put("approvedBy", waiver.approvedBy());
        if (!waiver.decisionReference().isEmpty()) {
            properties.put("decisionReference", waiver.decisionReference());
        }
        properties.put("expires", waiver.expires().toString());
        return node;
    }

    /**
     * A location. When the run knows where the configuration sits in its repository, the URI is relative to
     * the repository root ({@value #REPOSITORY_BASE_ID}): GitHub code scanning reads a relative URI as
     * relative to the repository root whatever its base id says, so a configuration in a subfolder would
     * otherwise land on the wrong files.
     */
    private static ObjectNode location(Location location, RunInfo run) {
        ObjectNode node = NODES.objectNode();
        ObjectNode physical = node.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        Optional<String> inRepository = run.repositoryPath(location.file());
        artifact.put("uri", Text.uriPath(inRepository.orElse(location.file())));
        artifact.put("uriBaseId", inRepository.isPresent() ? REPOSITORY_BASE_ID : ROOT_BASE_ID);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", location.start().line());
        region.put("startColumn", location.start().column());
        if (location.end().compareTo(location.start()) > 0) {
            region.put("endLine", location.end().line());
            region.put("endColumn", location.end().column());
        }
        return node;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    /**
     * A rule's name: its id in PascalCase ({@code AccountUnitExists}). SARIF wants the name to differ from
     * the id, which a one-word id in PascalCase does only in case, so such a name ends in {@code Rule}.
     */
    static String name(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.contains("-") ? name.toString() : name.append("Rule").toString();
    }

    /**
     * The run's automation details: the Azure Pipelines run with the properties GitHub Advanced Security
     * for Azure DevOps requires when the run knows it, else a category of its own for the configuration
     * ({@link Automation#category}).
     */
    private static ObjectNode automationDetails(RunInfo run) {
        Automation automation = run.automation().orElseGet(() -> Automation.category(run));
        ObjectNode node = NODES.objectNode();
        node.put("id", automation.id());
        if (!automation.properties().isEmpty()) {
            ObjectNode properties = node.putObject("properties");
            automation.properties().forEach(properties::put);
        }
        return node;
    }
}
