package io.github.somepolicy.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A node of a loaded YAML document: a mapping, a sequence or a scalar, each with its location. */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

    /** Where the node starts and ends, and its JSON Pointer. */
    Location location();

    /** The node at a JSON Pointer below this one ({@code ""} is this node). */
    default Optional<Node> at(String pointer) {
        if (pointer.isEmpty()) {
            return Optional.of(this);
        }
        if (!pointer.startsWith("/")) {
            return Optional.empty();
        }
        Node current = this;
        int start = 1;
        while (true) {
            int end = pointer.indexOf('/', start);
            String raw = end < 0 ? pointer.substring(start) : pointer.substring(start, end);
            String token = raw.indexOf('~') < 0 ? raw : JsonPointers.unescape(raw);
            Optional<Node> next = current.child(token);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
            if (end < 0) {
                return Optional.of(current);
            }
            start = end + 1;
        }
    }

    /** The direct child named by a pointer token: a key of a mapping or an index of a sequence. */
    default Optional<Node> child(String token) {
        if (this instanceof Mapping mapping) {
            return mapping.get(token);
        }
        if (this instanceof Sequence sequence && isIndex(token)) {
            int index = Integer.parseInt(token);
            return index < sequence.items().size()
                    ? Optional.of(sequence.items().get(index))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a pointer token is an index of a sequence: {@code 0}, or up to nine digits without a leading zero. */
    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9 || token.length() > 1 && token.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether this node is null, blank text, or an empty list or mapping. */
    default boolean isBlank() {
        if (this instanceof Scalar scalar) {
            return scalar.isNull() || scalar.value().isBlank();
        }
        if (this instanceof Sequence sequence) {
            return sequence.items().isEmpty();
        }
        return ((Mapping) this).entries().isEmpty();
    }

    /** The text of this node when it is a scalar that is not null. */
    default Optional<String> text() {
        if (this instanceof Scalar scalar && !scalar.isNull()) {
            return Optional.of(scalar.value());
        }
        return Optional.empty();
    }

    /**
     * A mapping. Entries keep their order and the location of their keys.
     *
     * @param entries the entries in source order
     * @param location the span of the mapping
     */
    record Mapping(List<Entry> entries, Location location) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
            Objects.requireNonNull(location, "location");
        }

        /** The value under a key. */
        public Optional<Node> get(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return Optional.of(entry.value());
                }
            }
            return Optional.empty();
        }

        /** The entry under a key, with the key's location. */
        public Optional<Entry> entry(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }

        /** The keys in source order. */
        public List<String> keys() {
            List<String> keys = new ArrayList<>(entries.size());
            for (Entry entry : entries) {
                keys.add(entry.key());
            }
            return keys;
        }
    }

    /**
     * One key and its value.
     *
     * @param key the key text
     * @param keyLocation where the key is written
     * @param value the value
     */
    record Entry(String key, Location keyLocation, Node value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyLocation, "keyLocation");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A sequence.
     *
     * @param items the items in source order
     * @param location the span of the sequence
     */
    record Sequence(List<Node> items, Location location) implements Node {
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A scalar, kept as written. Whether it is a number, a boolean or null is decided by {@link #type()}
     * with YAML 1.2 core rules, never by YAML 1.1 guessing.
     *
     * @param value the text of the scalar
     * @param plain whether it was written without quotes or block style
     * @param location the span of the scalar
     */
    record Scalar(String value, boolean plain, Location location) implements Node {
        public Scalar {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(location, "location");
        }

        /** The type of the value: only plain scalars can be anything other than text. */
        public ScalarType type() {
            return plain ? ScalarType.of(value) : ScalarType.STRING;
        }

        /** Whether the value is null (an empty plain value, {@code null} or {@code ~}). */
        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("null") || value.equals("~"));
        }
    }
}
