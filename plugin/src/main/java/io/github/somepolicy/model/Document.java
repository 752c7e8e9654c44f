package io.github.somepolicy.model;

import java.util.List;
import java.util.Objects;

/**
 * A configuration file that was loaded: its path, its kind and its tree.
 *
 * @param file the path relative to the configuration root, separated by {@code /}
 * @param kind the kind the file declares
 * @param root the top-level mapping
 * @param comments the file's comments, in the order they appear
 */
public record Document(String file, FileKind kind, Node.Mapping root, List<Comment> comments) {
    public Document {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        comments = List.copyOf(comments);
    }

    /** A document without comments. */
    public Document(String file, FileKind kind, Node.Mapping root) {
        this(file, kind, root, List.of());
    }
}
