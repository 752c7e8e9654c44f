package io.github.somepolicy.rule;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. A rule that is off has no severity: it does not run. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    /** The lower-case name used in configuration and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as another. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** The severity named by a configuration value ({@code off} is not a severity). */
    public static Optional<Severity> fromId(String id) {
        for (Severity severity : values()) {
            if (severity.id().equals(id)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
