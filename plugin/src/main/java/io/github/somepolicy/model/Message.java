package io.github.somepolicy.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message to a user, kept as a key and its arguments until a report renders it in a language.
 *
 * @param key the key in the message bundles
 * @param args the arguments, already in their final text form
 */
public record Message(String key, List<String> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A message with arguments, each turned into text with {@link String#valueOf(Object)}. */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args).map(String::valueOf).toList());
    }
}
