package io.github.somepolicy.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated duty that follows from the configuration, for the obligations calendar.
 *
 * @param key what makes it the same duty from one run to the next: the kind, the account and, for a
 *     moderation gap, its first day; the calendar's UID is derived from it
 * @param start the first day
 * @param end the last day (inclusive)
 * @param ruleId the rule the duty comes from
 * @param target the configuration file it concerns
 * @param summary a one-line title
 * @param description what to do, with the account and the rule
 */
public record Obligation(
        String key, LocalDate start, LocalDate end, String ruleId, String target, String summary, String description) {
    public Obligation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start");
        }
    }
}
