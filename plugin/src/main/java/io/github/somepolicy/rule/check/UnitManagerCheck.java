package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Organisation;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;

/** Requires every unit of the organisation to name its responsible manager: information responsibility follows the line. */
final class UnitManagerCheck implements Check {

    @Override
    public List<Violation> check(CheckContext context) {
        List<Violation> violations = new ArrayList<>();
        if (!(context.at(Organisation.Field.UNITS).orElse(null) instanceof Node.Mapping units)) {
            return violations;
        }
        for (Node.Entry unit : units.entries()) {
            if (Values.isBlank(unit.value().at("/manager/name"))) {
                violations.add(context.violation(unit.keyLocation(), context.messageKey(), unit.key()));
            }
        }
        return violations;
    }
}
