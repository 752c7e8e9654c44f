package io.github.somepolicy.report;

import io.github.somepolicy.rule.privacy.Redaction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run was: the tool version, the date it checked against, the profile, how much it read and, when
 * known, where the configuration sits in its repository and which revision was checked.
 *
 * @param toolVersion the plugin version
 * @param today the build's date
 * @param profile the profile in force
 * @param filesRead how many configuration files were read
 * @param accounts how many accounts were found
 * @param rootPath the configuration root relative to the repository root, {@code /}-separated, without
 *     a leading or trailing {@code /}; {@code ""} when the configuration is the repository root; empty when
 *     unknown
 * @param provenance the repository and revision, when the configuration is in version control
 * @param automation the pipeline run that checked it, when the CI system names one that a consumer needs
 */
public record RunInfo(
        String toolVersion,
        LocalDate today,
        String profile,
        int filesRead,
        int accounts,
        Optional<String> rootPath,
        Optional<Provenance> provenance,
        Optional<Automation> automation) {

    public RunInfo {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(today, "today");
        profile = Redaction.redact(Objects.requireNonNull(profile, "profile"));
        rootPath = Objects.requireNonNull(rootPath, "rootPath").map(RunInfo::normaliseRoot);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(automation, "automation");
    }

    /** A run with no knowledge of the repository around the configuration. */
    public RunInfo(String toolVersion, LocalDate today, String profile, int filesRead, int accounts) {
        this(toolVersion, today, profile, filesRead, accounts, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The same run with the configuration root's path inside the repository, such as {@code kommun/config}
     * ({@code ""} or {@code .} for the repository root).
     */
    public RunInfo withRootPath(String path) {
        return new RunInfo(toolVersion, today, profile, filesRead, accounts, Optional.of(path), provenance, automation);
    }

    /** The same run with the repository and revision it checked. */
    public RunInfo withProvenance(Provenance newProvenance) {
        return new RunInfo(
                toolVersion, today, profile, filesRead, accounts, rootPath, Optional.of(newProvenance), automation);
    }

    /** The same run as part of a pipeline run that a consumer needs to know (Azure Pipelines). */
    public RunInfo withAutomation(Automation newAutomation) {
        return new RunInfo(
                toolVersion, today, profile, filesRead, accounts, rootPath, provenance, Optional.of(newAutomation));
    }

    /** A path relative to the configuration root as a path relative to the repository root, when known. */
    public Optional<String> repositoryPath(String file) {
        return rootPath.map(root -> root.isEmpty() ? file : root + "/" + file);
    }

    private static String normaliseRoot(String path) {
        if (path.contains("\\")) {
            throw new IllegalArgumentException("the configuration root uses '/': " + path);
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw new IllegalArgumentException("the configuration root is relative to the repository: " + path);
        }
        StringBuilder normalised = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                throw new IllegalArgumentException("the configuration root lies inside the repository: " + path);
            }
            if (!normalised.isEmpty()) {
                normalised.append('/');
            }
            normalised.append(segment);
        }
        return normalised.toString();
    }
}
