package io.github.somepolicy.engine;

import io.github.somepolicy.rule.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a profile or the user says about one rule: a severity or off, and parameters.
 *
 * @param severity the severity, empty when not said
 * @param off whether the rule is turned off
 * @param parameters parameters to merge over the inherited ones
 */
record RuleSetting(Optional<Severity> severity, boolean off, Map<String, Object> parameters) {

    /** A setting that says nothing. */
    static final RuleSetting NONE = new RuleSetting(Optional.empty(), false, Map.of());

    RuleSetting {
        parameters = Map.copyOf(parameters);
    }

    /** This setting laid over an inherited one. */
    RuleSetting over(RuleSetting inherited) {
        Map<String, Object> merged = new LinkedHashMap<>(inherited.parameters);
        merged.putAll(parameters);
        boolean said = severity.isPresent() || off;
        return new RuleSetting(said ? severity : inherited.severity, said ? off : inherited.off, merged);
    }
}
