package io.github.somepolicy.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pipeline run that produced a report, as SARIF's {@code automationDetails} names it: an id and, where
 * the consumer needs them, properties.
 *
 * @param id the automation id; a category ends in {@code /}
 * @param properties the properties a consumer reads, in order, as strings (the Multitool reads them so)
 */
public record Automation(String id, Map<String, String> properties) {

    /** The prefix GitHub Advanced Security for Azure DevOps expects of the id. */
    public static final String AZURE_PREFIX = "azuredevops/pipeline/build/";

    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBER = Pattern.compile("-1|[1-9][0-9]{0,18}");

    public Automation {
        Objects.requireNonNull(id, "id");
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * The Azure Pipelines run the build is part of, from the variables Azure Pipelines sets for every job;
     * empty outside Azure Pipelines or when one of them is missing or malformed. The id has the form
     * {@code azuredevops/pipeline/build/<organisation>/<project>/<definition id>/<phase id>/<branch>/<build id>}
     * and the properties name the definition and the phase, as GitHub Advanced Security for Azure DevOps
     * requires.
     */
    public static Optional<Automation> azurePipelines(Map<String, String> environment) {
        if (!"true".equalsIgnoreCase(environment.getOrDefault("TF_BUILD", ""))) {
            return Optional.empty();
        }
        String collection = environment.getOrDefault("SYSTEM_COLLECTIONURI", "");
        String project = environment.getOrDefault("SYSTEM_TEAMPROJECT", "");
        String definitionId = environment.getOrDefault("SYSTEM_DEFINITIONID", "");
        String definitionName = environment.getOrDefault("BUILD_DEFINITIONNAME", "");
        String phaseId = environment.getOrDefault("SYSTEM_PHASEID", "");
        String phaseName = environment.getOrDefault("SYSTEM_PHASENAME", "");
        String branch = environment.getOrDefault("BUILD_SOURCEBRANCHNAME", "");
        String buildId = environment.getOrDefault("BUILD_BUILDID", "");
        String organisation = lastSegment(collection);
        if (organisation.isEmpty()
                || project.isBlank()
                || !NUMBER.matcher(definitionId).matches()
                || definitionName.isBlank()
                || !GUID.matcher(phaseId).matches()
                || phaseName.isBlank()
                || !NUMBER.matcher(buildId).matches()) {
            return Optional.empty();
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(AZURE_PREFIX + "buildDefinitionId", definitionId);
        properties.put(AZURE_PREFIX + "buildDefinitionName", definitionName);
        properties.put(AZURE_PREFIX + "phaseId", phaseId);
        properties.put(AZURE_PREFIX + "phaseName", phaseName);
        String id = AZURE_PREFIX
                + String.join(
                        "/",
                        organisation,
                        segment(project),
                        definitionId,
                        phaseId,
                        segment(branch.isBlank() ? "-" : branch),
                        buildId);
        return Optional.of(new Automation(id, properties));
    }

    /**
     * The category of a configuration that is not checked in Azure Pipelines: {@code somepolicy/} and the
     * configuration's folder in the repository, ending in {@code /} (a category without a run instance).
     * GitHub keeps one analysis per category, so two configurations in one repository keep their own results.
     */
    public static Automation category(RunInfo run) {
        return new Automation(
                run.rootPath()
                        .filter(root -> !root.isEmpty())
                        .map(root -> "somepolicy/" + root + "/")
                        .orElse("somepolicy/"),
                Map.of());
    }

    private static String lastSegment(String uri) {
        String trimmed = uri.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return segment(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }

    private static String segment(String value) {
        return value.strip().replace("/", "%2F");
    }
}
