package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps an account's status and dates consistent with each other and with the build's date: an active
 * account went live on a date that has passed, a closed one has a closing date after it went live, a
 * planned one is not yet live, and only a closed account has a closing date.
 */
final class AccountLifecycleCheck implements Check {

    static final String NO_ACTIVATED = "no-activated";
    static final String ACTIVATED_FUTURE = "activated-future";
    static final String NO_CLOSED = "no-closed";
    static final String CLOSED_FUTURE = "closed-future";
    static final String CLOSED_BEFORE_ACTIVATED = "closed-before-activated";
    static final String PLANNED_PAST = "planned-past";
    static final String CLOSED_NOT_CLOSED = "closed-not-closed";

    @Override
    public List<String> messageVariants() {
        return List.of(
                NO_ACTIVATED,
                ACTIVATED_FUTURE,
                NO_CLOSED,
                CLOSED_FUTURE,
                CLOSED_BEFORE_ACTIVATED,
                PLANNED_PAST,
                CLOSED_NOT_CLOSED);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        Document account = context.document();
        String status = Values.status(account);
        LocalDate today = context.today();
        Optional<Node> activatedNode = context.at(Account.Field.ACTIVATED);
        Optional<LocalDate> activated = activatedNode.flatMap(Values::date);
        Optional<Node> closedNode = context.at(Account.Field.CLOSED);
        Optional<LocalDate> closed = closedNode.flatMap(Values::date);
        Node statusNode = context.at(Account.Field.STATUS).orElse(account.root());
        List<Violation> violations = new ArrayList<>();
        switch (status) {
            case "active", "closed" -> {
                if (activatedNode.isEmpty()) {
                    violations.add(context.violation(statusNode.location(), context.messageKey(NO_ACTIVATED), status));
                } else if (activated.isPresent() && activated.get().isAfter(today)) {
                    violations.add(context.violation(
                            activatedNode.get().location(),
                            context.messageKey(ACTIVATED_FUTURE),
                            activated.get(),
                            today));
                }
            }
            case "planned" -> {
                if (activated.isPresent() && !activated.get().isAfter(today)) {
                    violations.add(context.violation(
                            activatedNode.get().location(), context.messageKey(PLANNED_PAST), activated.get()));
                }
            }
            default -> {
                // the schema reports an unknown status
            }
        }
        if (status.equals("closed")) {
            if (closedNode.isEmpty()) {
                violations.add(context.violation(statusNode.location(), context.messageKey(NO_CLOSED)));
            } else if (closed.isPresent() && closed.get().isAfter(today)) {
                violations.add(context.violation(
                        closedNode.get().location(), context.messageKey(CLOSED_FUTURE), closed.get(), today));
            } else if (closed.isPresent()
                    && activated.isPresent()
                    && closed.get().isBefore(activated.get())) {
                violations.add(context.violation(
                        closedNode.get().location(),
                        List.of(activatedNode.get().location()),
                        context.messageKey(CLOSED_BEFORE_ACTIVATED),
                        closed.get(),
                        activated.get()));
            }
        } else if (closedNode.isPresent()) {
            violations.add(
                    context.violation(closedNode.get().location(), context.messageKey(CLOSED_NOT_CLOSED), status));
        }
        return violations;
    }
}
