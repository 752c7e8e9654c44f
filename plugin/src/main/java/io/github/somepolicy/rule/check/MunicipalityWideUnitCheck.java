package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Organisation;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * Requires a municipality-wide account to belong to the central communications unit, which alone holds
 * its credentials and answers for it.
 */
final class MunicipalityWideUnitCheck implements Check {

    static final String NO_COMMUNICATIONS_UNIT = "no-communications-unit";

    @Override
    public List<String> messageVariants() {
        return List.of(NO_COMMUNICATIONS_UNIT);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        Optional<Node> scope = context.at(Account.Field.SCOPE);
        if (!scope.flatMap(Node::text).filter("municipality-wide"::equals).isPresent()
                || Values.status(context.document()).equals("closed")
                || context.organisation().isEmpty()) {
            return List.of();
        }
        Optional<Node> central = context.organisationView().orElseThrow().node(Organisation.Field.COMMUNICATIONS_UNIT);
        Optional<String> centralId = central.flatMap(Node::text);
        if (centralId.isEmpty()) {
            return List.of(context.violation(scope.get().location(), context.messageKey(NO_COMMUNICATIONS_UNIT)));
        }
        Optional<Node> unit = context.at(Account.Field.UNIT);
        String unitId = unit.flatMap(Node::text).orElse("");
        if (unitId.equals(centralId.get())) {
            return List.of();
        }
        return List.of(context.violation(
                unit.map(Node::location).orElse(scope.get().location()),
                List.of(central.get().location()),
                context.messageKey(),
                unitId,
                centralId.get()));
    }
}
