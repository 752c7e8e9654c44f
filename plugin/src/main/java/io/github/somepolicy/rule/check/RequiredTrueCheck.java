package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Requires yes-or-no fields to be {@code true}: a missing field is reported where it belongs, a
 * {@code false} at its value. Parameters: {@code fields}, JSON Pointers; {@code statuses}, the account
 * statuses the rule applies to (default {@code active}); elected officials' accounts are left alone.
 */
final class RequiredTrueCheck implements Check {

    static final String FALSE = "false";

    @Override
    public List<String> messageVariants() {
        return List.of(FALSE);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (String pointer : context.stringListParameter("fields")) {
            Optional<Node> node = context.at(pointer);
            if (Values.isBlank(node)) {
                violations.add(context.violation(
                        Values.nearest(context.document(), pointer), context.messageKey(), Values.dotted(pointer)));
            } else if (node.get() instanceof Node.Scalar scalar
                    && scalar.plain()
                    && scalar.value().equals("false")) {
                violations.add(
                        context.violation(node.get().location(), context.messageKey(FALSE), Values.dotted(pointer)));
            }
        }
        return violations;
    }
}
