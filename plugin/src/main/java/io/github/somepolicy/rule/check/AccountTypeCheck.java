package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * Requires an organisation's account (a page or company account), never a personal account or private
 * profile used in the work role. Links to elected officials' own accounts are stated as such.
 */
final class AccountTypeCheck implements Check {

    static final String MISSING = "missing";

    @Override
    public List<String> messageVariants() {
        return List.of(MISSING);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (Values.status(context.document()).equals("closed")) {
            return List.of();
        }
        Optional<Node> type = context.at(Account.Field.ACCOUNT_TYPE);
        if (type.flatMap(Node::text).isEmpty()) {
            return List.of(context.violation(
                    Values.nearest(context.document(), Account.Field.ACCOUNT_TYPE), context.messageKey(MISSING)));
        }
        if (type.get().text().orElseThrow().equals("personal")) {
            return List.of(context.violation(type.get().location(), context.messageKey()));
        }
        return List.of();
    }
}
