package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dated record of the account (a decision, a notification, a review): its fields are present, its date
 * is not in the future and, where the rule says so, not after the account went active. Parameters:
 * {@code fields} (required pointers), {@code closedFields} (also required once the account is closed),
 * {@code dates} (date pointers that may not lie in the future; empty by default, since the rule
 * {@code date-in-future} covers the built-in ones), {@code beforeActivation} (date pointers
 * that may not lie after the account's {@code activated} date), {@code statuses}.
 */
final class DatedRecordCheck implements Check {

    static final String FUTURE = "future";
    static final String AFTER_ACTIVATION = "after-activation";

    @Override
    public List<String> messageVariants() {
        return List.of(FUTURE, AFTER_ACTIVATION);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        Document account = context.document();
        List<Violation> violations = new ArrayList<>();
        List<String> fields = new ArrayList<>(context.stringListParameter("fields"));
        if (Values.status(account).equals("closed")) {
            fields.addAll(context.stringListParameter("closedFields"));
        }
        for (String pointer : fields) {
            if (Values.isBlank(context.at(pointer))) {
                violations.add(context.violation(
                        Values.nearest(account, pointer), context.messageKey(), Values.dotted(pointer)));
            }
        }
        Optional<LocalDate> activated = context.at(Account.Field.ACTIVATED).flatMap(Values::date);
        List<String> beforeActivation = context.stringListParameter("beforeActivation");
        List<String> dates = context.stringListParameter("dates");
        Set<String> pointers = new LinkedHashSet<>(dates);
        pointers.addAll(beforeActivation);
        for (String pointer : pointers) {
            Optional<Node> node = context.at(pointer);
            Optional<LocalDate> date = node.flatMap(Values::date);
            if (date.isEmpty()) {
                continue;
            }
            if (date.get().isAfter(context.today())) {
                // a date still to come is this rule's finding only where its dates say so; the built-in
                // ones are date-in-future's, and a date not yet reached says nothing about the order
                if (dates.contains(pointer)) {
                    violations.add(context.violation(
                            node.get().location(),
                            context.messageKey(FUTURE),
                            Values.dotted(pointer),
                            date.get(),
                            context.today()));
                }
            } else if (beforeActivation.contains(pointer)
                    && activated.isPresent()
                    && date.get().isAfter(activated.get())) {
                violations.add(context.violation(
                        node.get().location(),
                        List.of(context.at(Account.Field.ACTIVATED)
                                .orElseThrow()
                                .location()),
                        context.messageKey(AFTER_ACTIVATION),
                        Values.dotted(pointer),
                        date.get(),
                        activated.get()));
            }
        }
        return violations;
    }
}
