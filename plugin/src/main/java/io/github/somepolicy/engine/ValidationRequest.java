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
 * @param threads how many threads read and check files; {@code 0} for one per processor. The report is
 *     the same whatever the number
 */
public record ValidationRequest(Path directory, LocalDate today, Limits limits, String toolVersion, int threads) {
    public ValidationRequest {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 or more: " + threads);
        }
    }

    /** A request that uses one thread per processor. */
    public ValidationRequest(Path directory, LocalDate today, Limits limits, String toolVersion) {
        this(directory, today, limits, toolVersion, 0);
    }
}
