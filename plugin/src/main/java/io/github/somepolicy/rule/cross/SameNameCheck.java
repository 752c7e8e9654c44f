package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Scalars;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.cross.AccountEntry.PersonEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Points out a name written with more than one e-mail address: people are told apart by their address,
 * so the name counts as that many people, and a credentials holder written by that name alone cannot be
 * told apart. One finding per name, at its first place, with the first place of each other address as
 * related places. Accounts of every status are looked at.
 */
final class SameNameCheck implements CrossCheck {

    @Override
    public List<Violation> check(CrossContext context) {
        Map<String, List<String>> ambiguous = context.people().ambiguousNames();
        if (ambiguous.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Location>> places = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (AccountEntry account : context.accounts()) {
            for (PersonEntry person : account.people()) {
                String name = Scalars.fold(person.name());
                if (person.email().isEmpty() || !ambiguous.containsKey(name)) {
                    continue;
                }
                written.putIfAbsent(name, person.name());
                places.computeIfAbsent(name, k -> new LinkedHashMap<>())
                        .putIfAbsent(person.email().toLowerCase(Locale.ROOT), person.location());
            }
        }
        List<Violation> violations = new ArrayList<>();
        places.forEach((name, byEmail) -> {
            List<Location> locations = new ArrayList<>(byEmail.values());
            violations.add(context.violation(
                    locations.get(0),
                    locations.subList(1, locations.size()),
                    "",
                    written.get(name),
                    byEmail.size(),
                    String.join(", ", byEmail.keySet())));
        });
        return violations;
    }
}
