package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Requires the account's role in a crisis to be settled: {@code crisis.used} says whether it is used; when
 * it is, a crisis routine and at least one person who staffs it ({@code crisis.backup}); when it is not, a
 * {@code crisis.fallbackNotice} telling visitors where the information is.
 */
final class CrisisRoutineCheck implements Check {

    static final String ROUTINE = "routine";
    static final String BACKUP = "backup";
    static final String FALLBACK = "fallback";

    @Override
    public List<String> messageVariants() {
        return List.of(ROUTINE, BACKUP, FALLBACK);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        Document account = context.document();
        Optional<Node> used = context.at(Account.Field.CRISIS_USED);
        if (Values.isBlank(used)) {
            return List.of(context.violation(Values.nearest(account, Account.Field.CRISIS_USED), context.messageKey()));
        }
        if (!(used.get() instanceof Node.Scalar scalar) || !scalar.plain()) {
            return List.of(); // the schema reports a value that is not true or false
        }
        List<Violation> violations = new ArrayList<>();
        if (scalar.value().equals("true")) {
            require(context, Account.Field.CRISIS_ROUTINE, ROUTINE, violations);
            require(context, Account.Field.CRISIS_BACKUP, BACKUP, violations);
        } else if (scalar.value().equals("false")) {
            require(context, Account.Field.CRISIS_FALLBACK_NOTICE, FALLBACK, violations);
        }
        return violations;
    }

    private static void require(CheckContext context, Account.Field field, String variant, List<Violation> violations) {
        Optional<Node> node = context.at(field);
        boolean missing = Values.isBlank(node);
        if (!missing && node.get() instanceof Node.Sequence list) {
            missing = list.items().stream().allMatch(item -> Values.isBlank(Optional.of(item)));
        }
        if (missing) {
            violations.add(context.violation(Values.nearest(context.document(), field), context.messageKey(variant)));
        }
    }
}
