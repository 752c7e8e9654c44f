package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Requires that access to the account does not hang on one person: {@code credentials.holders} names at
 * least {@code minHolders} different people (default 2; names compared without case and surrounding
 * space, and a name listed twice is reported) and {@code credentials.storage} says where the unit keeps
 * the credentials.
 */
final class CredentialHoldersCheck implements Check {

    static final String NONE = "none";
    static final String DUPLICATE = "duplicate";
    static final String STORAGE = "storage";

    private static final Account.Field HOLDERS = Account.Field.CREDENTIAL_HOLDERS;
    private static final Account.Field STORAGE_FIELD = Account.Field.CREDENTIAL_STORAGE;

    @Override
    public List<String> messageVariants() {
        return List.of(NONE, DUPLICATE, STORAGE);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        Document account = context.document();
        int minimum = Math.max(1, context.intParameter("minHolders", 2));
        List<Violation> violations = new ArrayList<>();
        Optional<Node> holders = context.at(HOLDERS);
        if (Values.isBlank(holders)) {
            violations.add(context.violation(Values.nearest(account, HOLDERS), context.messageKey(NONE), minimum));
        } else if (holders.get() instanceof Node.Sequence list) {
            Map<String, Location> seen = new LinkedHashMap<>();
            for (Node item : list.items()) {
                Optional<String> name = item.text().map(String::strip).filter(n -> !n.isEmpty());
                if (name.isEmpty()) {
                    continue;
                }
                String key = Scalars.fold(name.get());
                Location first = seen.putIfAbsent(key, item.location());
                if (first != null) {
                    violations.add(context.violation(
                            item.location(), List.of(first), context.messageKey(DUPLICATE), name.get()));
                }
            }
            if (seen.size() < minimum) {
                violations.add(context.violation(list.location(), context.messageKey(), seen.size(), minimum));
            }
        }
        if (Values.isBlank(context.at(STORAGE_FIELD))) {
            violations.add(context.violation(Values.nearest(account, STORAGE_FIELD), context.messageKey(STORAGE)));
        }
        return violations;
    }
}
