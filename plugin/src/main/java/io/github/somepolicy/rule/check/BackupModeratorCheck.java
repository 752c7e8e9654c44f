package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Person;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Requires a stand-in moderator (ersättare) who is not the moderator: one person alone cannot cover
 * absence, vacation and sick leave. Parameter {@code closeForPostsInstead}: when true, an account whose
 * absence policy is {@code close-for-posts} closes for posts while its moderator is away and needs no
 * stand-in (Trosa).
 */
final class BackupModeratorCheck implements Check {

    @Override
    public List<Violation> check(CheckContext context) {
        Document account = context.document();
        if (!context.inScope("active") || closesForPostsInstead(context)) {
            return List.of();
        }
        Optional<Node> moderators = context.at(Account.Field.MODERATORS);
        if (moderators.isEmpty() || !(moderators.get() instanceof Node.Sequence list)) {
            return List.of(context.violation(
                    Values.nearest(account, Account.Field.MODERATORS), "rule.moderation-backup.message.none"));
        }
        Set<String> primaries = new LinkedHashSet<>();
        Set<String> backups = new LinkedHashSet<>();
        for (Node item : list.items()) {
            String person = Values.personKey(item).orElse("");
            if (person.isEmpty()) {
                continue;
            }
            (new Person(item).standIn() ? backups : primaries).add(person);
        }
        List<String> realBackups = new ArrayList<>(backups);
        realBackups.removeAll(primaries);
        if (!realBackups.isEmpty()) {
            return List.of();
        }
        if (!backups.isEmpty()) {
            return List.of(context.violation(list.location(), "rule.moderation-backup.message.same-person"));
        }
        return List.of(context.violation(list.location(), "rule.moderation-backup.message"));
    }

    /** Whether the account closes for posts during absence, and the policy accepts that instead of a stand-in. */
    private static boolean closesForPostsInstead(CheckContext context) {
        return context.booleanParameter("closeForPostsInstead", false)
                && context.account()
                        .text(Account.Field.ABSENCE_POLICY)
                        .filter("close-for-posts"::equals)
                        .isPresent();
    }
}
