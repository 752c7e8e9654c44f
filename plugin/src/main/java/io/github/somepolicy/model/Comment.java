package io.github.somepolicy.model;

import java.util.Objects;

/**
 * A YAML comment of a configuration file: not part of the tree, but committed with the file and read by
 * everyone with access, so the privacy rules search it as they search values.
 *
 * @param text the comment after its {@code #}
 * @param location where its {@code #} stands
 */
public record Comment(String text, Location location) {
    public Comment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }
}
