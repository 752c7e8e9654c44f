package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reading typed values out of a document for checks. */
final class Values {

    private Values() {}

    /** A strict ISO date, empty when absent or not a real date (the schema reports the latter). */
    static Optional<LocalDate> date(Node node) {
        return node.text().flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** An ISO 8601 period such as {@code P6M}. */
    static Optional<Period> period(Node node) {
        return node.text().flatMap(text -> {
            try {
                return Optional.of(Period.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** An ISO 8601 period written as text. */
    static Optional<Period> period(String text) {
        try {
            return Optional.of(Period.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The text at a pointer. */
    static Optional<String> text(Document document, String pointer) {
        return document.root().at(pointer).flatMap(Node::text);
    }

    /** The account's status, {@code active} when not stated. */
    static String status(Document document) {
        return text(document, "/status").orElse("active");
    }

    /** Whether the account is a link to an elected official's own account, not a municipal account. */
    static boolean isElectedOfficial(Document document) {
        return text(document, "/accountType").filter("elected-official"::equals).isPresent();
    }

    /**
     * Where to report something that is missing at a pointer: the closest key that exists on the way
     * there, or the start of the file.
     */
    static Location nearest(Document document, String pointer) {
        String current = pointer;
        while (!current.isEmpty()) {
            int slash = current.lastIndexOf('/');
            String parent = current.substring(0, slash);
            String key = current.substring(slash + 1);
            Optional<Node> parentNode = document.root().at(parent);
            if (parentNode.isPresent() && parentNode.get() instanceof Node.Mapping mapping) {
                Optional<Node.Entry> entry = mapping.entry(key);
                if (entry.isPresent()) {
                    return entry.get().keyLocation();
                }
            }
            current = parent;
        }
        return document.root().entries().isEmpty()
                ? document.root().location()
                : document.root().entries().get(0).keyLocation().withPointer("");
    }

    /** Whether a node is absent, null, blank text, or an empty list or mapping. */
    static boolean isBlank(Optional<Node> node) {
        if (node.isEmpty()) {
            return true;
        }
        Node value = node.get();
        if (value instanceof Node.Scalar scalar) {
            return scalar.isNull() || scalar.value().isBlank();
        }
        if (value instanceof Node.Sequence sequence) {
            return sequence.items().isEmpty();
        }
        return ((Node.Mapping) value).entries().isEmpty();
    }

    /** A JSON Pointer as the dotted path users read in messages: {@code /records/archive} → {@code records.archive}. */
    static String dotted(String pointer) {
        return pointer.startsWith("/") ? pointer.substring(1).replace('/', '.') : pointer;
    }
}
