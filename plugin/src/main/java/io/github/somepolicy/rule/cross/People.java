package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Scalars;
import io.github.somepolicy.rule.cross.AccountEntry.PersonEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The people named across the accounts, each once. A person is known by their e-mail address (compared
 * without case); where no address is written (a credentials holder, say), by their name, joined to the
 * one address that name has elsewhere. A name written with two addresses stays two people, and is
 * {@linkplain #ambiguousNames() reported} so that someone can tell whether it is one.
 */
public final class People {

    private final Map<String, TreeSet<String>> emailsByName;
    private final Map<String, Person> persons;
    private final Map<PersonEntry, String> keys = new IdentityHashMap<>();

    private People(Map<String, TreeSet<String>> emailsByName, Map<String, Person> persons) {
        this.emailsByName = emailsByName;
        this.persons = persons;
    }

    /**
     * A person and every place they are named.
     *
     * @param key the identity: {@code email:<address>} or {@code name:<folded name>}
     * @param name the name first written for them
     * @param email the address, {@code ""} when none is written
     * @param roles every account and role they are named in, in account file order
     */
    public record Person(String key, String name, String email, List<Role> roles) {
        public Person {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            roles = List.copyOf(roles);
        }

        /** The name to show: the name, or else the address. */
        public String displayName() {
            return name.isEmpty() ? email : name;
        }
    }

    /**
     * One place a person is named.
     *
     * @param account the account
     * @param entry the person as written there
     */
    public record Role(AccountEntry account, PersonEntry entry) {}

    /**
     * The people of some accounts.
     *
     * @param accounts the accounts, in file order
     */
    public static People of(List<AccountEntry> accounts) {
        Map<String, TreeSet<String>> emailsByName = new HashMap<>();
        for (AccountEntry account : accounts) {
            for (PersonEntry person : account.people()) {
                if (!person.email().isEmpty() && !person.name().isEmpty()) {
                    emailsByName
                            .computeIfAbsent(Scalars.fold(person.name()), k -> new TreeSet<>())
                            .add(person.email().toLowerCase(Locale.ROOT));
                }
            }
        }
        People people = new People(emailsByName, new LinkedHashMap<>());
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        Map<String, PersonEntry> first = new HashMap<>();
        for (AccountEntry account : accounts) {
            for (PersonEntry person : account.people()) {
                String key = people.keyOf(person.name(), person.email());
                people.keys.put(person, key);
                if (key.isEmpty()) {
                    continue;
                }
                roles.computeIfAbsent(key, k -> new ArrayList<>()).add(new Role(account, person));
                PersonEntry known = first.get(key);
                if (known == null || (known.name().isEmpty() && !person.name().isEmpty())) {
                    first.put(key, person);
                }
            }
        }
        roles.forEach((key, list) -> {
            PersonEntry named = first.get(key);
            String email = key.startsWith("email:") ? key.substring("email:".length()) : "";
            people.persons.put(key, new Person(key, named.name(), email, list));
        });
        return people;
    }

    /**
     * The identity of a person written with a name and an address (either may be {@code ""}); {@code ""}
     * when both are.
     */
    public String keyOf(String name, String email) {
        if (!email.isBlank()) {
            return "email:" + email.strip().toLowerCase(Locale.ROOT);
        }
        String folded = Scalars.fold(name);
        if (folded.isEmpty()) {
            return "";
        }
        TreeSet<String> emails = emailsByName.get(folded);
        return emails != null && emails.size() == 1 ? "email:" + emails.first() : "name:" + folded;
    }

    /** The identity of a person as written on one of the accounts this was built from (computed once). */
    public String keyOf(PersonEntry person) {
        String key = keys.get(person);
        return key != null ? key : keyOf(person.name(), person.email());
    }

    /** A person by identity. */
    public java.util.Optional<Person> person(String key) {
        return java.util.Optional.ofNullable(persons.get(key));
    }

    /** Everyone, ordered by name (then address) as people read it. */
    public List<Person> persons() {
        List<Person> all = new ArrayList<>(persons.values());
        all.sort(Comparator.comparing((Person p) -> Scalars.fold(p.displayName()))
                .thenComparing(Person::key));
        return all;
    }

    /** The names written with more than one e-mail address, each with its addresses, by folded name. */
    public Map<String, List<String>> ambiguousNames() {
        Map<String, List<String>> ambiguous = new TreeMap<>();
        emailsByName.forEach((name, emails) -> {
            if (emails.size() > 1) {
                ambiguous.put(name, List.copyOf(emails));
            }
        });
        return ambiguous;
    }
}
