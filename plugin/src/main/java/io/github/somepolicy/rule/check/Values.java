package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Person;
import io.github.somepolicy.model.Scalars;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** Reading typed values out of a document for checks. */
final class Values {

    private Values() {}

    /** A strict ISO date, empty when absent or not a real date (the schema reports the latter). */
    static Optional<LocalDate> date(Node node) {
        return node.text().flatMap(Scalars::date);
    }

    /** An ISO 8601 period such as {@code P6M}. */
    static Optional<Period> period(Node node) {
        return node.text().flatMap(Scalars::period);
    }

    /** The text at a pointer. */
    static Optional<String> text(Document document, String pointer) {
        return document.root().at(pointer).flatMap(Node::text);
    }

    /** The account's status, {@value Account#DEFAULT_STATUS} when not stated. */
    static String status(Document document) {
        return Account.of(document).status();
    }

    /** Whether the account is a link to an elected official's own account, not a municipal account. */
    static boolean isElectedOfficial(Document document) {
        return Account.of(document).electedOfficial();
    }

    /** Where to report an account field that is missing: see {@link #nearest(Document, String)}. */
    static Location nearest(Document document, Account.Field field) {
        return nearest(document, field.pointer());
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
        return node.map(Node::isBlank).orElse(true);
    }

    /**
     * Who a listed person is, for telling people apart: their e-mail address when given, otherwise
     * their name, compared without regard to case or spacing; empty when neither is given.
     */
    static Optional<String> personKey(Node person) {
        return new Person(person).key();
    }

    /** A JSON Pointer as the dotted path users read in messages: {@code /records/archive} → {@code records.archive}. */
    static String dotted(String pointer) {
        return pointer.startsWith("/") ? pointer.substring(1).replace('/', '.') : pointer;
    }
}
