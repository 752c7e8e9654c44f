package io.github.somepolicy.rule;

import java.util.Optional;

/**
 * Whether the {@code baseline} profile has a rule on, and why: the catalogue says it for every built-in
 * rule (its {@code baseline} field), and the baseline profile is derived from it.
 */
public enum Baseline {
    /** On: a law the guidelines quote demands it. The rule cites that law among its sources. */
    LAW,
    /** On: it checks the configuration's own consistency (references, dates, format, no secrets). */
    CONSISTENCY,
    /** Off: only a municipality's guideline demands it; that municipality's profile turns it on. */
    OFF,
    /** On, without a reason stated: a rule pack's or a custom rule that does not say. */
    ON;

    /** Whether the baseline has the rule on. */
    public boolean on() {
        return this != OFF;
    }

    /** The value as written in a catalogue. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The value a catalogue's {@code baseline} field names. */
    public static Optional<Baseline> fromId(String id) {
        for (Baseline value : values()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
