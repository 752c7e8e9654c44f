package io.github.somepolicy.diff;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The people who moderate an account, each known by e-mail address or, without one, by name. */
record Moderators(Map<String, Person> people) {

    Moderators {
        people = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(people));
    }

    static Moderators of(Node.Mapping account) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (io.github.somepolicy.model.Person listed : new Account(account).moderators()) {
            Optional<String> key = listed.key();
            if (key.isEmpty()) {
                continue;
            }
            String name = DomainChanges.shownText(listed.name())
                    .or(() -> DomainChanges.shownText(listed.email()))
                    .orElse("?");
            boolean standIn = listed.role().strip().equals(io.github.somepolicy.model.Person.STAND_IN_ROLE);
            Person previous = people.get(key.get());
            // one person listed as both moderator and stand-in counts as a moderator: they cannot stand in for
            // themselves
            people.put(key.get(), new Person(name, standIn && (previous == null || previous.standIn())));
        }
        return new Moderators(people);
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
