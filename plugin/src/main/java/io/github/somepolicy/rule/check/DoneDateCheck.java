package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Requires that a date recording something done lies on or before the build's date: a decision, a
 * review, a notification or a snapshot has not happened yet when its date is still to come, and a typo
 * there silences the rules that count from it (an overdue snapshot, say). Accounts: {@link #ACCOUNT_DATES};
 * the organisation: the date of every retention decision. Accounts of every status are looked at.
 */
final class DoneDateCheck implements Check {

    /** The dates of an account that record something done. */
    static final List<String> ACCOUNT_DATES = List.of(
            "/approval/date",
            "/termsReviewed",
            "/registration/communicationsNotified",
            "/registration/closureNotified",
            "/records/archive/lastSnapshot");

    @Override
    public List<Violation> check(CheckContext context) {
        List<Violation> violations = new ArrayList<>();
        if (context.document().kind() == FileKind.ACCOUNT) {
            for (String pointer : ACCOUNT_DATES) {
                context.at(pointer).ifPresent(node -> future(context, node, Values.dotted(pointer), violations));
            }
        } else if (context.document().kind() == FileKind.ORGANISATION) {
            Optional<Node> decisions = context.at("/retentionDecisions");
            if (decisions.isPresent() && decisions.get() instanceof Node.Mapping mapping) {
                for (Node.Entry decision : mapping.entries()) {
                    decision.value()
                            .at("/date")
                            .ifPresent(node -> future(
                                    context, node, "retentionDecisions." + decision.key() + ".date", violations));
                }
            }
        }
        return violations;
    }

    private static void future(CheckContext context, Node node, String field, List<Violation> violations) {
        Optional<LocalDate> date = Values.date(node);
        if (date.isPresent() && date.get().isAfter(context.today())) {
            violations.add(
                    context.violation(node.location(), context.messageKey(), field, date.get(), context.today()));
        }
    }
}
