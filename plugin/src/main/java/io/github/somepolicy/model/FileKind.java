package io.github.somepolicy.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of configuration file, each with a JSON Schema of its own. */
public enum FileKind {
    POLICY,
    ORGANISATION,
    ACCOUNT;

    /** The value of the {@code kind} key. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name of the schema file under {@code schemas/}. */
    public String schemaFile() {
        return id() + ".schema.json";
    }

    /** The kind named by a {@code kind} value. */
    public static Optional<FileKind> fromId(String id) {
        for (FileKind kind : values()) {
            if (kind.id().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
