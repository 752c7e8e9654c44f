package io.github.somepolicy.diff;

import io.github.somepolicy.rule.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * When the change report fails the build.
 *
 * @param threshold the lowest severity that fails it; empty for never
 * @param onlyNew the ratchet: only findings the change introduces count
 */
public record Ratchet(Optional<Severity> threshold, boolean onlyNew) {
    public Ratchet {
        Objects.requireNonNull(threshold, "threshold");
    }

    /** The default of the goal: errors fail the build, old ones too. */
    public static Ratchet defaults() {
        return new Ratchet(Optional.of(Severity.ERROR), false);
    }
}
