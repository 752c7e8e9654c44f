package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Person;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * Requires a designated moderator: at least one person listed under {@code moderation.moderators} with the
 * role {@code moderator}, who keeps watch over what visitors post. A list of stand-ins only is not enough.
 */
final class ModeratorCheck implements Check {

    static final String BACKUPS_ONLY = "backups-only";

    private static final Account.Field MODERATORS = Account.Field.MODERATORS;

    @Override
    public List<String> messageVariants() {
        return List.of(BACKUPS_ONLY);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        Optional<Node> node = context.at(MODERATORS);
        if (Values.isBlank(node)) {
            return List.of(context.violation(Values.nearest(context.document(), MODERATORS), context.messageKey()));
        }
        if (!(node.get() instanceof Node.Sequence moderators)) {
            return List.of(); // the schema reports a value that is not a list
        }
        boolean anyPerson = false;
        for (Node item : moderators.items()) {
            if (!(item instanceof Node.Mapping)) {
                continue;
            }
            anyPerson = true;
            if (!new Person(item).standIn()) {
                return List.of();
            }
        }
        return List.of(
                anyPerson
                        ? context.violation(moderators.location(), context.messageKey(BACKUPS_ONLY))
                        : context.violation(moderators.location(), context.messageKey()));
    }
}
