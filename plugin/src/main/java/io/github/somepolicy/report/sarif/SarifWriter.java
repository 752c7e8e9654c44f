package io.github.somepolicy.report.sarif;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Fingerprints;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.Text;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.rule.Source;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF 2.1.0 report, for code-scanning annotations on the exact line: every rule that ran with its
 * descriptions, sources and help page; results with rule index, message id and text, related locations
 * and suppressions for waived findings; columns in Unicode code points, paths relative to the
 * configuration root.
 */
public final class SarifWriter implements ReportWriter {

    /** The SARIF schema the output follows. */
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The base id that locations are relative to. */
    public static final String ROOT_BASE_ID = "CONFIGROOT";

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public void write(Report report, Locale locale, Writer out) throws IOException {
        Messages messages = Messages.of(locale);
        List<ReportingDescriptor> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Report.RuleInForce rule : report.rules()) {
            ruleIndex.put(rule.metadata().id(), rules.size());
            rules.add(descriptor(rule, messages));
        }
        List<Result> results = new ArrayList<>();
        for (Finding finding : report.findings()) {
            results.add(result(finding, ruleIndex, messages));
        }
        ToolComponent driver = new ToolComponent()
                .withName("somepolicy")
                .withFullName("somepolicy Maven plugin")
                .withVersion(report.runInfo().toolVersion())
                .withSemanticVersion(report.runInfo().toolVersion())
                .withInformationUri(URI.create("https://somepolicy.github.io/"))
                .withLanguage(messages.locale().getLanguage())
                .withRules(new LinkedHashSet<>(rules));
        PropertyBag runProperties = new PropertyBag();
        runProperties.withAdditionalProperty("profile", report.runInfo().profile());
        runProperties.withAdditionalProperty("today", report.runInfo().today().toString());
        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS)
                .withResults(results)
                .withProperties(runProperties);
        SarifSchema210 log = new SarifSchema210()
                .withVersion(SarifSchema210.Version._2_1_0)
                .with$schema(URI.create(SCHEMA_URI))
                .withRuns(List.of(run));
        // java-sarif leaves out a level equal to its default ("warning"); readers would then take the
        // rule's default level, so every result states its own.
        JsonNode tree = MAPPER.valueToTree(log);
        JsonNode written = tree.path("runs").path(0).path("results");
        for (int i = 0; i < written.size(); i++) {
            ((ObjectNode) written.get(i))
                    .put("level", level(report.findings().get(i).severity()).value());
        }
        out.write(MAPPER.writeValueAsString(tree).replace("\r\n", "\n"));
        out.write('\n');
    }

    private static ReportingDescriptor descriptor(Report.RuleInForce rule, Messages messages) {
        RuleMetadata metadata = rule.metadata();
        PropertyBag properties = new PropertyBag();
        Set<String> tags = new LinkedHashSet<>();
        tags.add(metadata.area());
        tags.addAll(metadata.requirements());
        properties.withTags(tags);
        List<String> sources = metadata.sources().stream().map(Source::toString).toList();
        properties.withAdditionalProperty("sources", sources);
        properties.withAdditionalProperty("reviewArea", metadata.area());
        String title = messages.format(metadata.titleKey());
        String rationale = messages.format(metadata.rationaleKey());
        return new ReportingDescriptor()
                .withId(metadata.id())
                .withName(camel(metadata.id()))
                .withShortDescription(new MultiformatMessageString().withText(title))
                .withFullDescription(new MultiformatMessageString().withText(rationale))
                .withHelp(new MultiformatMessageString()
                        .withText(rationale + " " + messages.format("report.sources", String.join("; ", sources))))
                .withHelpUri(URI.create(metadata.helpUri()))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(rule.severity())))
                .withProperties(properties);
    }

    private static Result result(Finding finding, Map<String, Integer> ruleIndex, Messages messages) {
        Result result = new Result()
                .withRuleId(finding.ruleId())
                .withLevel(level(finding.severity()))
                .withMessage(new com.contrastsecurity.sarif.Message()
                        .withId(finding.message().key())
                        .withText(messages.render(finding.message())))
                .withLocations(List.of(location(finding.location())))
                .withPartialFingerprints(
                        new PartialFingerprints().withAdditionalProperty("somepolicy/v1", Fingerprints.of(finding)));
        Integer index = ruleIndex.get(finding.ruleId());
        if (index != null) {
            result.withRuleIndex(index);
        }
        if (!finding.related().isEmpty()) {
            Set<com.contrastsecurity.sarif.Location> related = new LinkedHashSet<>();
            int id = 1;
            for (Location location : finding.related()) {
                related.add(location(location).withId(id++));
            }
            result.withRelatedLocations(related);
        }
        finding.waiver().ifPresent(waiver -> {
            PropertyBag properties = new PropertyBag();
            properties.withAdditionalProperty("approvedBy", waiver.approvedBy());
            properties.withAdditionalProperty("expires", waiver.expires().toString());
            if (!waiver.decisionReference().isEmpty()) {
                properties.withAdditionalProperty("decisionReference", waiver.decisionReference());
            }
            result.withSuppressions(new LinkedHashSet<>(List.of(new Suppression()
                    .withKind(Suppression.Kind.EXTERNAL)
                    .withStatus(Suppression.Status.ACCEPTED)
                    .withJustification(waiver.reason())
                    .withLocation(location(waiver.location()))
                    .withProperties(properties))));
        });
        return result;
    }

    private static com.contrastsecurity.sarif.Location location(Location location) {
        Region region = new Region()
                .withStartLine(location.start().line())
                .withStartColumn(location.start().column());
        if (location.end().compareTo(location.start()) > 0) {
            region.withEndLine(location.end().line())
                    .withEndColumn(location.end().column());
        }
        return new com.contrastsecurity.sarif.Location()
                .withPhysicalLocation(new PhysicalLocation()
                        .withArtifactLocation(new ArtifactLocation()
                                .withUri(Text.uriPath(location.file()))
                                .withUriBaseId(ROOT_BASE_ID))
                        .withRegion(region));
    }

    private static Result.Level level(Severity severity) {
        return switch (severity) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
        };
    }

    private static ReportingConfiguration.Level configLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case NOTE -> ReportingConfiguration.Level.NOTE;
        };
    }

    private static String camel(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
