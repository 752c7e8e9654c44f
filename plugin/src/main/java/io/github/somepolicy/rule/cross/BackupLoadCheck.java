package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.cross.AccountEntry.PersonEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps one person from being the only stand-in of too many accounts: when the person who is the sole
 * stand-in (a {@code backup} who is not also a moderator there) on more than {@code maxAccounts}
 * accounts is away, all of them lose their stand-in at once. One finding per such person, at the first
 * place they are named, with the others as related places. Parameter {@code statuses} (default active).
 */
final class BackupLoadCheck implements CrossCheck {

    /** The most accounts named in one message. */
    static final int MAX_LISTED = 10;

    @Override
    public List<Violation> check(CrossContext context) {
        int max = Math.max(1, context.intParameter("maxAccounts", 3));
        Map<String, List<Role>> soleBackups = new LinkedHashMap<>();
        for (AccountEntry account : context.accounts()) {
            if (!context.inScope(account, "active")) {
                continue;
            }
            Set<String> moderators = new HashSet<>();
            Map<String, PersonEntry> backups = new LinkedHashMap<>();
            for (PersonEntry person : account.people()) {
                String key = context.people().keyOf(person);
                if (key.isEmpty()) {
                    continue;
                }
                if (person.role().equals(PersonEntry.MODERATOR)) {
                    moderators.add(key);
                } else if (person.role().equals(PersonEntry.BACKUP)) {
                    backups.putIfAbsent(key, person);
                }
            }
            backups.keySet().removeAll(moderators);
            if (backups.size() == 1) {
                Map.Entry<String, PersonEntry> only =
                        backups.entrySet().iterator().next();
                soleBackups
                        .computeIfAbsent(only.getKey(), k -> new ArrayList<>())
                        .add(new Role(account, only.getValue()));
            }
        }
        List<Violation> violations = new ArrayList<>();
        soleBackups.forEach((key, roles) -> {
            if (roles.size() <= max) {
                return;
            }
            List<Location> related = new ArrayList<>();
            Set<String> files = new LinkedHashSet<>();
            for (Role role : roles) {
                files.add(role.account().file());
                if (role != roles.get(0) && related.size() < MAX_LISTED) {
                    related.add(role.person().location());
                }
            }
            String name = context.people()
                    .person(key)
                    .map(People.Person::displayName)
                    .orElse(roles.get(0).person().name());
            violations.add(context.violation(
                    roles.get(0).person().location(),
                    related,
                    "",
                    name,
                    roles.size(),
                    max,
                    CrossContext.files(List.copyOf(files), MAX_LISTED)));
        });
        return violations;
    }

    private record Role(AccountEntry account, PersonEntry person) {}
}
