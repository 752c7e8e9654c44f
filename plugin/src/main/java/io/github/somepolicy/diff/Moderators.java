package io.github.somepolicy.diff;

import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The people who moderate an account, each known by e-mail address or, without one, by name. */
record Moderators(Map<String, Person> people) {

    Moderators {
        people = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(people));
    }

    static Moderators of(Node.Mapping account) {
        Map<String, Person> people = new LinkedHashMap<>();
        Optional<Node> list = account.at("/moderation/moderators");
        if (list.isPresent() && list.get() instanceof Node.Sequence sequence) {
            for (Node item : sequence.items()) {
                Optional<String> key = key(item);
                if (key.isEmpty()) {
                    continue;
                }
                String name = DomainChanges.text(item, "/name")
                        .or(() -> DomainChanges.text(item, "/email"))
                        .orElse("?");
                boolean standIn =
                        DomainChanges.text(item, "/role").orElse("moderator").equals("backup");
                Person previous = people.get(key.get());
                // one person listed as both moderator and stand-in counts as a moderator: they cannot stand in for
                // themselves
                people.put(key.get(), new Person(name, standIn && (previous == null || previous.standIn())));
            }
        }
        return new Moderators(people);
    }

    private static Optional<String> key(Node person) {
        Optional<String> email = DomainChanges.text(person, "/email").map(e -> e.toLowerCase(Locale.ROOT));
        if (email.isPresent()) {
            return Optional.of("email:" + email.get());
        }
        return DomainChanges.text(person, "/name").map(Scalars::fold).map(n -> "name:" + n);
    }

    /** Whether someone other than the moderators stands in. */
    boolean hasStandIn() {
        return people.values().stream().anyMatch(Person::standIn);
    }

    /**
     * One person.
     *
     * @param name the name shown
     * @param standIn whether they are a stand-in ({@code role: backup}) rather than a moderator
     */
    record Person(String name, boolean standIn) {
        String roleTerm() {
            return standIn ? "term.moderator-role.backup" : "term.moderator-role.moderator";
        }
    }
}
