package io.github.somepolicy.report.sarif;

import static io.github.somepolicy.report.SampleReports.SWEDISH;
import static io.github.somepolicy.report.SampleReports.WAIVER_REASON;
import static io.github.somepolicy.report.SampleReports.edgeCases;
import static io.github.somepolicy.report.SampleReports.empty;
import static io.github.somepolicy.report.SampleReports.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.SourcePosition;
import io.github.somepolicy.report.Automation;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Provenance;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.RunInfo;
import io.github.somepolicy.report.SampleReports;
import io.github.somepolicy.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The SARIF writer on hand-built reports: exact in the fields code scanning reads. The golden files and
 * the check against the official schema are in {@code GoldenReportsTest}.
 */
class SarifWriterTest {

    @Test
    void resultsPointAtTheRuleThatRanByIndex() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules.size()).isEqualTo(ruleIds().size());
        List<String> resultRules = new ArrayList<>();
        for (JsonNode result : run.path("results")) {
            String ruleId = result.path("ruleId").asString();
            resultRules.add(ruleId);
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asString())
                    .isEqualTo(ruleId);
        }
        assertThat(resultRules)
                .containsExactly(
                        "account-unit-exists",
                        "moderation-backup",
                        "archive-snapshot-overdue",
                        "file-skipped",
                        "yaml-duplicate-key",
                        "waiver-unused");
        JsonNode waiverUnused = rules.get(ruleIds().indexOf("waiver-unused"));
        assertThat(waiverUnused.path("defaultConfiguration").path("level").asString())
                .isEqualTo("note");
        assertThat(waiverUnused.path("helpUri").asString())
                .isEqualTo("https://somepolicy.github.io/docs/rules/waiver-unused.md");
    }

    @Test
    void statesColumnsInCodePointsAndRegionsAsSpans() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        assertThat(run.path("columnKind").asString()).isEqualTo("unicodeCodePoints");
        JsonNode unit = run.path("results").get(0);
        JsonNode region = unit.path("locations").get(0).path("physicalLocation").path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(6);
        assertThat(region.path("startColumn").asInt()).isEqualTo(7);
        assertThat(region.path("endLine").asInt()).isEqualTo(6);
        assertThat(region.path("endColumn").asInt()).isEqualTo(24);
        JsonNode wholeFile = run.path("results").get(3);
        JsonNode point =
                wholeFile.path("locations").get(0).path("physicalLocation").path("region");
        assertThat(point.has("endLine")).isFalse();
        assertThat(point.has("endColumn")).isFalse();
    }

    @Test
    void percentEncodesPathsAsRelativeUris() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        JsonNode spaced = artifact(run.path("results").get(0).path("locations").get(0));
        assertThat(spaced.path("uri").asString()).isEqualTo("accounts/kultur%20och%20fritid/youtube-kulturhuset.yaml");
        assertThat(spaced.path("uriBaseId").asString()).isEqualTo(SarifWriter.ROOT_BASE_ID);
        JsonNode swedish = artifact(run.path("results").get(2).path("locations").get(0));
        assertThat(swedish.path("uri").asString()).isEqualTo("accounts/r%C3%A4ddningstj%C3%A4nst/x-r%C3%A4ddning.yaml");
        JsonNode link = artifact(run.path("results").get(3).path("locations").get(0));
        assertThat(link.path("uri").asString()).isEqualTo("l%C3%A4nk%20till%20fil.yaml");
    }

    @Test
    void keepsMessagesExact() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        JsonNode message = run.path("results").get(0).path("message");
        assertThat(message.has("id"))
                .as("an id would have to name a messageString of the rule")
                .isFalse();
        assertThat(message.path("text").asString())
                .isEqualTo("The unit 'kultur \"och\" fritid\nrad två' is not defined in organisation.yaml."
                        + " Defined units: kommunikation, kultur-och-fritid.");
        JsonNode swedishRun = run(sarif(edgeCases(), SWEDISH));
        assertThat(swedishRun.path("tool").path("driver").path("language").asString())
                .isEqualTo("sv");
        assertThat(swedishRun
                        .path("results")
                        .get(1)
                        .path("message")
                        .path("text")
                        .asString())
                .contains("ersättare");
    }

    @Test
    void numbersRelatedLocations() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        JsonNode related = run.path("results").get(4).path("relatedLocations");
        assertThat(related.size()).isEqualTo(2);
        assertThat(related.get(0).path("id").asInt()).isEqualTo(1);
        assertThat(related.get(1).path("id").asInt()).isEqualTo(2);
        assertThat(artifact(related.get(0)).path("uri").asString()).isEqualTo("organisation.yaml");
        assertThat(related.get(0)
                        .path("physicalLocation")
                        .path("region")
                        .path("startLine")
                        .asInt())
                .isEqualTo(4);
        assertThat(run.path("results").get(1).has("relatedLocations")).isFalse();
    }

    @Test
    void reportsAWaivedFindingAsAnAcceptedSuppression() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        JsonNode waived = run.path("results").get(2);
        assertThat(waived.path("level").asString()).isEqualTo("error");
        JsonNode suppressions = waived.path("suppressions");
        assertThat(suppressions.size()).isEqualTo(1);
        JsonNode suppression = suppressions.get(0);
        assertThat(suppression.path("kind").asString()).isEqualTo("external");
        assertThat(suppression.path("status").asString()).isEqualTo("accepted");
        assertThat(suppression.path("justification").asString()).isEqualTo(WAIVER_REASON + " (decision KS 2026/311)");
        assertThat(suppression.path("properties").path("reason").asString()).isEqualTo(WAIVER_REASON);
        assertThat(artifact(suppression.path("location")).path("uri").asString())
                .isEqualTo("somepolicy.yaml");
        assertThat(suppression.path("properties").path("approvedBy").asString())
                .isEqualTo("Åsa Öberg, kommunikationschef");
        assertThat(suppression.path("properties").path("expires").asString()).isEqualTo("2027-03-31");
        assertThat(suppression.path("properties").path("decisionReference").asString())
                .isEqualTo("KS 2026/311");
        for (int i = 0; i < run.path("results").size(); i++) {
            assertThat(run.path("results").get(i).has("suppressions")).isEqualTo(i == 2);
        }
    }

    @Test
    void writesAnEmptyReportWithEveryRuleAndNoResults() throws Exception {
        JsonNode log = json(sarif(empty(), Locale.ENGLISH));
        assertThat(log.path("version").asString()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asString()).isEqualTo(SarifWriter.SCHEMA_URI);
        JsonNode run = log.path("runs").get(0);
        assertThat(run.path("results").isArray()).isTrue();
        assertThat(run.path("results").size()).isZero();
        assertThat(run.path("tool").path("driver").path("rules").size())
                .isEqualTo(ruleIds().size());
        assertThat(run.path("properties").path("today").asString()).isEqualTo("2026-11-23");
    }

    @Test
    void isByteIdenticalAcrossWrites() throws Exception {
        String first = sarif(edgeCases(), Locale.ENGLISH);
        String second = sarif(edgeCases(), Locale.ENGLISH);
        assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(first).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void describesEveryRuleWithHelpSourcesAndRequirements() throws Exception {
        JsonNode rules = run(sarif(edgeCases(), Locale.ENGLISH))
                .path("tool")
                .path("driver")
                .path("rules");
        JsonNode backup = rules.get(ruleIds().indexOf("moderation-backup"));
        assertThat(backup.path("name").asString()).isEqualTo("ModerationBackup");
        assertThat(backup.path("shortDescription").path("text").asString()).isNotBlank();
        assertThat(backup.path("fullDescription").path("text").asString()).isNotBlank();
        assertThat(backup.path("helpUri").asString())
                .isEqualTo("https://somepolicy.github.io/docs/rules/moderation-backup.md");
        assertThat(backup.path("help").path("markdown").asString())
                .contains("(https://somepolicy.github.io/docs/rules/moderation-backup.md)");
        JsonNode properties = backup.path("properties");
        assertThat(properties.path("requirements").size()).isPositive();
        assertThat(properties.path("requirements").get(0).asString()).startsWith("R-");
        assertThat(properties.path("sources").get(0).path("document").asString())
                .isNotBlank();
        assertThat(backup.path("help").path("text").asString())
                .contains("Requirements: "
                        + properties.path("requirements").get(0).asString());
        JsonNode fileSkipped = rules.get(ruleIds().indexOf("file-skipped"));
        assertThat(fileSkipped.path("defaultConfiguration").path("level").asString())
                .isEqualTo("warning");
    }

    @Test
    void givesAFindingOfAnUnlistedRuleADescriptorToPointAt() throws Exception {
        Finding internal = new Finding(
                "internal-error",
                Severity.ERROR,
                Location.ofFile("organisation.yaml"),
                List.of(),
                Message.of("internal.error", "x"),
                Optional.empty());
        Report report = new Report(empty().runInfo(), empty().rules(), List.of(internal));
        JsonNode run = run(sarif(report, Locale.ENGLISH));
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules.size()).isEqualTo(ruleIds().size() + 1);
        int index = run.path("results").get(0).path("ruleIndex").asInt();
        assertThat(index).isEqualTo(ruleIds().size());
        assertThat(rules.get(index).path("id").asString()).isEqualTo("internal-error");
    }

    @Test
    void placesTheConfigurationRootInsideTheRepository() throws Exception {
        JsonNode run = run(sarif(SampleReports.inRepository(), Locale.ENGLISH));
        JsonNode config = run.path("originalUriBaseIds").path(SarifWriter.ROOT_BASE_ID);
        assertThat(config.path("uri").asString()).isEqualTo("kommun/sociala%20medier/");
        assertThat(config.path("uriBaseId").asString()).isEqualTo(SarifWriter.REPOSITORY_BASE_ID);
        assertThat(run.path("originalUriBaseIds").has(SarifWriter.REPOSITORY_BASE_ID))
                .isTrue();
        assertThat(run.path("originalUriBaseIds")
                        .path(SarifWriter.REPOSITORY_BASE_ID)
                        .has("uri"))
                .isFalse();
        JsonNode located = artifact(run.path("results").get(0).path("locations").get(0));
        assertThat(located.path("uri").asString())
                .as("relative to the repository root, which GitHub code scanning resolves")
                .isEqualTo("kommun/sociala%20medier/accounts/kommunikation/facebook-ekeby.yaml");
        assertThat(located.path("uriBaseId").asString()).isEqualTo(SarifWriter.REPOSITORY_BASE_ID);
        JsonNode related =
                artifact(run.path("results").get(0).path("relatedLocations").get(0));
        assertThat(related.path("uri").asString()).isEqualTo("kommun/sociala%20medier/organisation.yaml");
        assertThat(run.path("automationDetails").path("id").asString()).isEqualTo("somepolicy/kommun/sociala medier/");
    }

    @Test
    void namesTheAzurePipelinesRunAsAzureDevOpsRequires() throws Exception {
        assertThat(Automation.azurePipelines(java.util.Map.of())).isEmpty();
        java.util.Map<String, String> incomplete = new java.util.HashMap<>(SarifMultitoolTest.AZURE_JOB);
        incomplete.put("SYSTEM_PHASEID", "not-a-guid");
        assertThat(Automation.azurePipelines(incomplete)).isEmpty();
        Automation job = Automation.azurePipelines(SarifMultitoolTest.AZURE_JOB).orElseThrow();
        RunInfo inAzure = SampleReports.inRepository().runInfo().withAutomation(job);
        JsonNode details = run(sarif(new Report(inAzure, empty().rules(), List.of()), Locale.ENGLISH))
                .path("automationDetails");
        assertThat(details.path("id").asString())
                .isEqualTo("azuredevops/pipeline/build/ekeby-kommun/Sociala medier/12/"
                        + "3c1e8a2f-5b7d-4a60-8e1f-2b3a4c5d6e7f/main/4711");
        assertThat(details.path("properties")
                        .path("azuredevops/pipeline/build/buildDefinitionId")
                        .asString())
                .isEqualTo("12");
        assertThat(details.path("properties")
                        .path("azuredevops/pipeline/build/phaseName")
                        .asString())
                .isEqualTo("Validate");
    }

    @Test
    void namesEveryRuleDifferentlyFromItsIdAndGivesTheRunAnAutomationId() throws Exception {
        assertThat(SarifWriter.name("schema")).isEqualTo("SchemaRule");
        assertThat(SarifWriter.name("account-unit-exists")).isEqualTo("AccountUnitExists");
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
            assertThat(rule.path("name").asString())
                    .isNotEqualToIgnoringCase(rule.path("id").asString());
        }
        assertThat(run.path("automationDetails").path("id").asString()).isEqualTo("somepolicy/");
    }

    @Test
    void writesTheRepositoryRootAsDotSlashAndLeavesAnUnknownRootUnplaced() throws Exception {
        RunInfo atRoot = empty().runInfo().withRootPath(".");
        JsonNode placed = run(sarif(new Report(atRoot, empty().rules(), List.of()), Locale.ENGLISH));
        assertThat(placed.path("originalUriBaseIds")
                        .path(SarifWriter.ROOT_BASE_ID)
                        .path("uri")
                        .asString())
                .isEqualTo("./");
        JsonNode unplaced = run(sarif(empty(), Locale.ENGLISH));
        JsonNode config = unplaced.path("originalUriBaseIds").path(SarifWriter.ROOT_BASE_ID);
        assertThat(config.has("uri")).isFalse();
        assertThat(config.path("description").path("text").asString()).isNotBlank();
        assertThat(unplaced.has("versionControlProvenance")).isFalse();
    }

    @Test
    void statesTheRepositoryRevisionAndBranch() throws Exception {
        JsonNode run = run(sarif(SampleReports.inRepository(), Locale.ENGLISH));
        JsonNode provenance = run.path("versionControlProvenance");
        assertThat(provenance.size()).isEqualTo(1);
        assertThat(provenance.get(0).path("repositoryUri").asString())
                .isEqualTo("https://github.com/ekeby-kommun/sociala-medier.git");
        assertThat(provenance.get(0).path("revisionId").asString()).isEqualTo(SampleReports.REVISION);
        assertThat(provenance.get(0).path("branch").asString()).isEqualTo("main");
        assertThat(provenance.get(0).path("mappedTo").path("uriBaseId").asString())
                .isEqualTo(SarifWriter.REPOSITORY_BASE_ID);

        RunInfo detached = empty().runInfo()
                .withProvenance(new Provenance(URI.create("https://git.example.org/k.git"), "abc", Optional.empty()));
        JsonNode withoutBranch = run(sarif(new Report(detached, empty().rules(), List.of()), Locale.ENGLISH));
        assertThat(withoutBranch.path("versionControlProvenance").get(0).has("branch"))
                .isFalse();
    }

    @Test
    void keepsTheFingerprintWhenTheFindingMovesToAnotherLine() throws Exception {
        Finding before = edgeCases().findings().get(0);
        Finding moved = new Finding(
                before.ruleId(),
                before.severity(),
                new Location(
                        before.location().file(),
                        new SourcePosition(40, 7),
                        new SourcePosition(40, 24),
                        before.location().pointer()),
                before.related(),
                before.message(),
                before.waiver());
        Finding elsewhere = new Finding(
                before.ruleId(),
                before.severity(),
                before.location().withPointer("/owner/unit"),
                before.related(),
                before.message(),
                before.waiver());
        String fingerprint = fingerprint(before);
        assertThat(fingerprint(moved)).isEqualTo(fingerprint);
        assertThat(fingerprint(elsewhere)).isNotEqualTo(fingerprint);
    }

    @Test
    void namesTheRelatedPlaces() throws Exception {
        JsonNode related =
                run(sarif(edgeCases(), SWEDISH)).path("results").get(0).path("relatedLocations");
        assertThat(related.get(0).path("message").path("text").asString()).isEqualTo("Relaterad plats");
    }

    private static String fingerprint(Finding finding) throws IOException {
        Report report = new Report(empty().runInfo(), empty().rules(), List.of(finding));
        return run(sarif(report, Locale.ENGLISH))
                .path("results")
                .get(0)
                .path("partialFingerprints")
                .path(SarifWriter.FINGERPRINT_KEY)
                .asString();
    }

    private static String sarif(Report report, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        new SarifWriter().write(report, locale, out);
        return out.toString();
    }

    private static JsonNode json(String text) {
        return new ObjectMapper().readTree(text);
    }

    private static JsonNode run(String sarif) {
        return json(sarif).path("runs").get(0);
    }

    private static JsonNode artifact(JsonNode location) {
        return location.path("physicalLocation").path("artifactLocation");
    }
}
