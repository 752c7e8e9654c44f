package io.github.somepolicy.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a run was: the tool version, the date it checked against, the profile and how much it read.
 *
 * @param toolVersion the plugin version
 * @param today the build's date
 * @param profile the profile in force
 * @param filesRead how many configuration files were read
 * @param accounts how many accounts were found
 */
public record RunInfo(String toolVersion, LocalDate today, String profile, int filesRead, int accounts) {
    public RunInfo {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(profile, "profile");
    }
}
