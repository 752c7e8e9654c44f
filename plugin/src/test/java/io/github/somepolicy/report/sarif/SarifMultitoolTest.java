package io.github.somepolicy.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.report.Automation;
import io.github.somepolicy.report.ExampleReports;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.SampleReports;
import io.github.somepolicy.report.tools.ExternalTools;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The SARIF reports through Microsoft's SARIF Multitool, with the rules of the SARIF specification and of
 * GitHub code scanning on the example's report, on a broken copy of the example and on every golden
 * scenario, and with those of GitHub Advanced Security for Azure DevOps as well on the example and the
 * broken copy checked in an Azure Pipelines job (that service wants the pipeline's identity, which only a
 * run in Azure Pipelines has): no error and no warning. The Multitool's notes (suggestions such as code
 * snippets) are not asked for; none of the rules run needs network access.
 */
class SarifMultitoolTest {

    /** What Azure Pipelines sets in a job's environment, with made-up values. */
    static final Map<String, String> AZURE_JOB = Map.of(
            "TF_BUILD", "True",
            "SYSTEM_COLLECTIONURI", "https://dev.azure.com/ekeby-kommun/",
            "SYSTEM_TEAMPROJECT", "Sociala medier",
            "SYSTEM_DEFINITIONID", "12",
            "BUILD_DEFINITIONNAME", "somepolicy",
            "SYSTEM_PHASEID", "3c1e8a2f-5b7d-4a60-8e1f-2b3a4c5d6e7f",
            "SYSTEM_PHASENAME", "Validate",
            "BUILD_SOURCEBRANCHNAME", "main",
            "BUILD_BUILDID", "4711");

    @TempDir
    Path scratch;

    @Test
    void theMultitoolFindsNoErrorOrWarning() throws Exception {
        Path tool = ExternalTools.sarifMultitool();
        Report example = ExampleReports.exampleReport();
        Report broken = ExampleReports.brokenReport(scratch);
        assertThat(broken.findings()).as("the broken example has findings").hasSizeGreaterThanOrEqualTo(3);
        Map<String, Report> reports = new LinkedHashMap<>();
        reports.put("example", example);
        reports.put("broken", broken);
        for (SampleReports.Scenario scenario : SampleReports.scenarios()) {
            reports.put(scenario.name(), scenario.report());
        }
        Map<String, Report> inAzure = new LinkedHashMap<>();
        Automation job = Automation.azurePipelines(AZURE_JOB).orElseThrow();
        inAzure.put("example-azure", withAutomation(example, job));
        inAzure.put("broken-azure", withAutomation(broken, job));

        List<String> complaints = new ArrayList<>(complaints(tool, write("general", reports), "Sarif;Gh"));
        complaints.addAll(complaints(tool, write("azure", inAzure), "Sarif;Gh;Ado"));

        assertThat(complaints).isEmpty();
    }

    private static Report withAutomation(Report report, Automation automation) {
        return new Report(report.runInfo().withAutomation(automation), report.rules(), report.findings());
    }

    private Path write(String name, Map<String, Report> reports) throws IOException {
        Path inputs = Files.createDirectories(scratch.resolve(name));
        for (Map.Entry<String, Report> entry : reports.entrySet()) {
            Locale locale = entry.getKey().endsWith("-sv") ? SampleReports.SWEDISH : Locale.ENGLISH;
            StringWriter sarif = new StringWriter();
            new SarifWriter().write(entry.getValue(), locale, sarif);
            Files.writeString(inputs.resolve(entry.getKey() + ".sarif"), sarif.toString(), StandardCharsets.UTF_8);
        }
        return inputs;
    }

    @Test
    void theMultitoolWouldCatchWhatItIsTrustedFor() throws Exception {
        Path tool = ExternalTools.sarifMultitool();
        Path inputs = Files.createDirectories(scratch.resolve("bad"));
        StringWriter sarif = new StringWriter();
        new SarifWriter().write(SampleReports.edgeCases(), Locale.ENGLISH, sarif);
        JsonNode log = new ObjectMapper().readTree(sarif.toString());
        tools.jackson.databind.node.ObjectNode run =
                (tools.jackson.databind.node.ObjectNode) log.path("runs").get(0);
        run.remove("automationDetails");
        ((tools.jackson.databind.node.ObjectNode) run.path("results").get(0).path("message")).put("id", "missing");
        Files.writeString(inputs.resolve("bad.sarif"), log.toString(), StandardCharsets.UTF_8);

        assertThat(String.join("\n", complaints(tool, inputs, "Sarif;Gh;Ado")))
                .contains("GHAzDO1014")
                .contains("SARIF1012");
    }

    /** Every error and warning the Multitool reports on the files of a directory, as {@code file rule message}. */
    private List<String> complaints(Path tool, Path inputs, String ruleKinds) throws IOException, InterruptedException {
        Path output = scratch.resolve("multitool-" + inputs.getFileName() + ".sarif");
        Process process = new ProcessBuilder(
                        tool.toString(),
                        "validate",
                        inputs.resolve("*.sarif").toString(),
                        "--rule-kind",
                        ruleKinds,
                        "--level",
                        "Error;Warning",
                        "--output",
                        output.toString(),
                        "--log",
                        "ForceOverwrite",
                        "--quiet")
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve("multitool.log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the Multitool ends")
                .isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(scratch.resolve("multitool.log")))
                .isZero();
        JsonNode run = new ObjectMapper().readTree(output.toFile()).path("runs").get(0);
        Map<String, String> defaults = new LinkedHashMap<>();
        for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
            defaults.put(
                    rule.path("id").asString(),
                    rule.path("defaultConfiguration").path("level").asString("warning"));
        }
        List<String> complaints = new ArrayList<>();
        for (JsonNode notification : run.path("invocations").path(0).path("toolExecutionNotifications")) {
            complaints.add("tool: " + notification.path("message").path("text").asString());
        }
        for (JsonNode result : run.path("results")) {
            String ruleId = result.path("ruleId").asString();
            String level = result.path("level").asString(defaults.getOrDefault(ruleId, "warning"));
            if (level.equals("error") || level.equals("warning")) {
                String file = result.path("locations")
                        .path(0)
                        .path("physicalLocation")
                        .path("artifactLocation")
                        .path("uri")
                        .asString();
                complaints.add(file.substring(file.lastIndexOf('/') + 1) + " " + level + " " + ruleId + " "
                        + result.path("message").path("arguments").toString());
            }
        }
        return complaints;
    }
}
