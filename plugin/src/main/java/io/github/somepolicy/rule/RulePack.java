package io.github.somepolicy.rule;

import java.util.Map;

/**
 * A rule pack: rules a municipality or an association adds to the built-in catalogue, shipped as a jar
 * that the build declares as a dependency of the plugin and found through {@link java.util.ServiceLoader}
 * (a file {@code META-INF/services/io.github.somepolicy.rule.RulePack} naming the implementation).
 *
 * <p>A pack's rules are data, in the format of the built-in catalogue; its messages are a resource bundle
 * in English and Swedish; its checks are Java. Every rule id starts with the pack's name and a hyphen, so
 * that packs and later built-in rules never collide. The plugin checks a pack completely before a run
 * and refuses to run with a pack that is incomplete, naming what is missing.
 */
public interface RulePack {

    /** The pack's name: kebab-case, unique among the packs, and the prefix of each of its rule ids. */
    String name();

    /**
     * The resource, on the pack's class path, holding its rules in the built-in catalogue's format (a
     * list under {@code rules:}), such as {@code org/example/somepolicy/catalogue.yaml}. Each rule names
     * its documentation page in {@code helpUri}.
     */
    String catalogue();

    /**
     * The base name of the pack's message bundle, such as {@code org.example.somepolicy.Messages}: an
     * English {@code .properties} file and a Swedish {@code _sv.properties} file, each with the title,
     * message and rationale of every rule ({@code rule.<id>.title}, ...) and the message variants its
     * checks name.
     */
    String messages();

    /**
     * The pack's checks, by the names its catalogue uses. A rule may also use a built-in check by its
     * name, such as {@code required-fields}; the pack's own names come first.
     */
    default Map<String, Check> checks() {
        return Map.of();
    }

    /**
     * The profiles the pack ships, by name, each a resource on the pack's class path in the format of a
     * {@code somepolicy.yaml} ({@code extends:} a built-in profile, {@code rules:}, ...). A configuration
     * uses one with {@code extends: <name>}. Names may not be those of built-in profiles.
     */
    default Map<String, String> profiles() {
        return Map.of();
    }
}
