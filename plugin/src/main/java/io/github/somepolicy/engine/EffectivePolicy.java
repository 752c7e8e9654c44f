package io.github.somepolicy.engine;

import io.github.somepolicy.model.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy in force for a built-in profile or a configuration, rule by rule, as the
 * {@code somepolicy:rules} goal lists it and the rule documentation shows it.
 *
 * @param profile the profile: the built-in one asked for, or the one the configuration's
 *     {@code somepolicy.yaml} extends ({@code baseline} when it has none)
 * @param rules every rule of the catalogue, in catalogue order, on or off
 * @param overrides how many settings in {@code somepolicy.yaml} apply to some files only (not shown in
 *     {@code rules})
 * @param problems what is wrong with {@code somepolicy.yaml} or the profiles it extends, as the
 *     {@code check} goal would report it; empty for a built-in profile
 */
public record EffectivePolicy(String profile, List<EffectiveRule> rules, int overrides, List<Violation> problems) {

    public EffectivePolicy {
        Objects.requireNonNull(profile, "profile");
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /** A rule by id. */
    public Optional<EffectiveRule> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** The rules that are on, in catalogue order. */
    public List<EffectiveRule> inForce() {
        return rules.stream().filter(rule -> !rule.off()).toList();
    }
}
