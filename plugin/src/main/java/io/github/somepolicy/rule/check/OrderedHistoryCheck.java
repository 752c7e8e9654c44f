package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * Warns about platforms that do not keep posts ordered and searchable with the time they were made: the
 * account's posts must then be kept ordered in a medium of the municipality's own.
 */
final class OrderedHistoryCheck implements Check {

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active") || context.platform().orderedHistory()) {
            return List.of();
        }
        Optional<Node> platform = context.at(Account.Field.PLATFORM);
        return List.of(context.violation(
                platform.map(Node::location).orElse(Values.nearest(context.document(), Account.Field.PLATFORM)),
                context.messageKey(),
                platform.flatMap(Node::text).orElse("")));
    }
}
