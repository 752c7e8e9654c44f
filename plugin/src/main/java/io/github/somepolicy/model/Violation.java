package io.github.somepolicy.model;

import java.util.List;
import java.util.Objects;

/**
 * One breach of one rule at one place, before the engine gives it a severity.
 *
 * @param ruleId the id of the rule that was broken
 * @param location where
 * @param related other places that explain it (a duplicate's first definition, a referenced file)
 * @param message what is wrong, and how to fix it
 */
public record Violation(String ruleId, Location location, List<Location> related, Message message) {
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(location, "location");
        related = List.copyOf(related);
        Objects.requireNonNull(message, "message");
    }

    /** A violation with no related locations. */
    public static Violation of(String ruleId, Location location, String messageKey, Object... args) {
        return new Violation(ruleId, location, List.of(), Message.of(messageKey, args));
    }
}
