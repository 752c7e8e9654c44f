package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.ScalarType;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * Requires the account to state within how many working days questions are answered and, when the
 * parameter {@code maxWorkingDays} is set, no more than that.
 */
final class ResponseTimeCheck implements Check {

    static final String TOO_SLOW = "too-slow";

    private static final Account.Field RESPONSE_TIME = Account.Field.RESPONSE_TIME;

    @Override
    public List<String> messageVariants() {
        return List.of(TOO_SLOW);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        Optional<Node> node = context.at(RESPONSE_TIME);
        if (Values.isBlank(node)) {
            return List.of(context.violation(Values.nearest(context.document(), RESPONSE_TIME), context.messageKey()));
        }
        Object maximum = context.parameters().get("maxWorkingDays");
        if (!(maximum instanceof Number number) || number.longValue() < 0) {
            return List.of();
        }
        Optional<Long> days = workingDays(node.get());
        if (days.isPresent() && days.get() > number.longValue()) {
            return List.of(context.violation(
                    node.get().location(), context.messageKey(TOO_SLOW), days.get(), number.longValue()));
        }
        return List.of();
    }

    /** The number of working days, when the value is a whole number (the schema reports anything else). */
    private static Optional<Long> workingDays(Node node) {
        if (node instanceof Node.Scalar scalar && scalar.type() == ScalarType.INTEGER) {
            try {
                return Optional.of(Long.parseLong(scalar.value()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
