package io.github.somepolicy.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The typed view of a person listed in a file: a moderator, a credential holder, a spokesperson.
 *
 * @param node the person's entry
 */
public record Person(Node node) {

    /** The role of a moderator that does not state one. */
    public static final String DEFAULT_ROLE = "moderator";

    /** The role of a stand-in moderator. */
    public static final String STAND_IN_ROLE = "backup";

    /**
     * A period a person is away.
     *
     * @param entry the absence's entry
     * @param from its first day, when a real date
     * @param to its last day, when a real date
     */
    public record Absence(Node entry, Optional<LocalDate> from, Optional<LocalDate> to) {}

    /** The name, as written. */
    public Optional<String> name() {
        return node.at("/name").flatMap(Node::text);
    }

    /** The e-mail address, as written. */
    public Optional<String> email() {
        return node.at("/email").flatMap(Node::text);
    }

    /** The moderator's role, {@value #DEFAULT_ROLE} when not stated. */
    public String role() {
        return node.at("/role").flatMap(Node::text).orElse(DEFAULT_ROLE);
    }

    /** Whether the person stands in for the moderators. */
    public boolean standIn() {
        return role().equals(STAND_IN_ROLE);
    }

    /** The periods the person is away, as listed. */
    public List<Absence> absences() {
        List<Absence> absences = new ArrayList<>();
        node.at("/absences").ifPresent(list -> {
            if (list instanceof Node.Sequence sequence) {
                for (Node item : sequence.items()) {
                    absences.add(new Absence(
                            item,
                            item.at("/from").flatMap(Node::text).flatMap(Scalars::date),
                            item.at("/to").flatMap(Node::text).flatMap(Scalars::date)));
                }
            }
        });
        return absences;
    }

    /**
     * Who the person is, for telling people apart: their e-mail address when given, otherwise their
     * name, compared without regard to case or spacing; empty when neither is given.
     */
    public Optional<String> key() {
        Optional<String> email = email().map(String::strip);
        if (email.isPresent() && !email.get().isEmpty()) {
            return Optional.of("email:" + email.get().toLowerCase(Locale.ROOT));
        }
        return name().map(Scalars::fold).filter(n -> !n.isEmpty()).map(n -> "name:" + n);
    }
}
