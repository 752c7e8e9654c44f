package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.cross.AccountEntry.PersonEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Requires that nobody who has left is still named on an account: a person whose last day, as recorded
 * under {@code departures} in {@code organisation.yaml}, lies before the build's date and who is still
 * a moderator, stand-in or credentials holder. One finding per place the person is named, with the
 * departure as related place. People are matched as everywhere across accounts (by e-mail address, or
 * by a name that has one address). Parameter {@code statuses} (default planned and active).
 */
final class DepartedPersonCheck implements CrossCheck {

    @Override
    public List<String> messageVariants() {
        return List.of(PersonEntry.BACKUP, PersonEntry.CREDENTIALS);
    }

    @Override
    public List<Violation> check(CrossContext context) {
        Map<String, Departure> left = new HashMap<>();
        for (Departure departure : context.departures()) {
            if (departure.lastDay().isBefore(context.today())) {
                String key = context.people().keyOf(departure.name(), departure.email());
                Departure known = left.get(key);
                if (!key.isEmpty() && (known == null || departure.lastDay().isBefore(known.lastDay()))) {
                    left.put(key, departure);
                }
            }
        }
        List<Violation> violations = new ArrayList<>();
        if (left.isEmpty()) {
            return violations;
        }
        for (AccountEntry account : context.accounts()) {
            if (!context.inScope(account, "planned", "active")) {
                continue;
            }
            for (PersonEntry person : account.people()) {
                Departure departure = left.get(context.people().keyOf(person));
                if (departure != null) {
                    String variant = person.role().equals(PersonEntry.MODERATOR) ? "" : person.role();
                    violations.add(context.violation(
                            person.location(),
                            List.of(departure.location()),
                            variant,
                            person.name().isEmpty() ? person.email() : person.name(),
                            departure.lastDay(),
                            departure.location().file()));
                }
            }
        }
        return violations;
    }
}
