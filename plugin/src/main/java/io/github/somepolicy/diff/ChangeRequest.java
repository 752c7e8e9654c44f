package io.github.somepolicy.diff;

import io.github.somepolicy.load.Limits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a change report needs, free of any build tool's types.
 *
 * @param directory the configuration root in the working tree (the head)
 * @param baseRef the ref to compare with; empty for the default ({@code origin/main}, then {@code main})
 * @param workDirectory where the base's configuration is written, emptied first; never inside the
 *     configuration except under a folder the validator skips ({@code target/}, a hidden folder)
 * @param today the date rules are checked against, the same for both revisions
 * @param limits the backstops against hostile files
 * @param toolVersion the plugin version, for reports
 * @param ratchet when the build fails, for the verdict the reports lead with
 * @param environment the CI's environment variables, to know the forge that line links point to
 */
public record ChangeRequest(
        Path directory,
        Optional<String> baseRef,
        Path workDirectory,
        LocalDate today,
        Limits limits,
        String toolVersion,
        Ratchet ratchet,
        Map<String, String> environment) {

    /** A request with the default verdict and no CI around it. */
    public ChangeRequest(
            Path directory,
            Optional<String> baseRef,
            Path workDirectory,
            LocalDate today,
            Limits limits,
            String toolVersion) {
        this(directory, baseRef, workDirectory, today, limits, toolVersion, Ratchet.defaults(), Map.of());
    }

    public ChangeRequest {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(baseRef, "baseRef");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(ratchet, "ratchet");
        environment = Map.copyOf(environment);
    }
}
