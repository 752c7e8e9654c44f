package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Requires the account's posts to be covered by a retention decision (gallringsbeslut) of the
 * organisation that names a retention period and its scope; with {@code requireTransferredCopies} the
 * decision must also say that copies moved to the municipality's own medium may be weeded (Malmö).
 */
final class RetentionDecisionCheck implements Check {

    static final String UNKNOWN = "unknown";
    static final String INCOMPLETE = "incomplete";

    private final boolean transferredCopies;

    RetentionDecisionCheck(boolean transferredCopies) {
        this.transferredCopies = transferredCopies;
    }

    @Override
    public List<String> messageVariants() {
        return transferredCopies ? List.of() : List.of(UNKNOWN, INCOMPLETE);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active", "closed")) {
            return List.of();
        }
        Optional<Node> reference = context.at(Account.Field.RETENTION_DECISION);
        Optional<String> id = reference.flatMap(Node::text);
        if (id.isEmpty()) {
            return transferredCopies
                    ? List.of()
                    : List.of(context.violation(
                            Values.nearest(context.document(), Account.Field.RETENTION_DECISION),
                            context.messageKey()));
        }
        if (context.organisation().isEmpty()) {
            return List.of();
        }
        Optional<Node> decision = context.organisationView().orElseThrow().retentionDecision(id.get());
        if (decision.isEmpty()) {
            return transferredCopies
                    ? List.of()
                    : List.of(context.violation(reference.get().location(), context.messageKey(UNKNOWN), id.get()));
        }
        List<Violation> violations = new ArrayList<>();
        if (transferredCopies) {
            boolean covers = decision.get()
                    .at("/coversTransferredCopies")
                    .flatMap(Node::text)
                    .filter("true"::equals)
                    .isPresent();
            if (!covers) {
                violations.add(context.violation(
                        reference.get().location(),
                        List.of(decision.get().location()),
                        context.messageKey(),
                        id.get()));
            }
            return violations;
        }
        for (String field : List.of("retentionPeriod", "scope")) {
            if (Values.isBlank(decision.get().at("/" + field))) {
                violations.add(context.violation(
                        reference.get().location(),
                        List.of(decision.get().location()),
                        context.messageKey(INCOMPLETE),
                        id.get(),
                        field));
            }
        }
        return violations;
    }
}
