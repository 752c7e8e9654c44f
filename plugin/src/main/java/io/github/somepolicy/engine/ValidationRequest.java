package io.github.somepolicy.engine;

import io.github.somepolicy.load.Limits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a run needs, free of any build tool's types.
 *
 * @param directory the configuration root
 * @param today the date rules are checked against
 * @param limits the backstops against hostile files
 * @param toolVersion the plugin version, for reports
 */
public record ValidationRequest(Path directory, LocalDate today, Limits limits, String toolVersion) {
    public ValidationRequest {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }
}
