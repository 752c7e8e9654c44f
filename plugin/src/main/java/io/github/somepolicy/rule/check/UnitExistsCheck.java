package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Organisation;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import io.github.somepolicy.schema.Suggestions;
import java.util.List;
import java.util.Optional;

/** Requires an account's responsible unit to be one that {@code organisation.yaml} defines. */
final class UnitExistsCheck implements Check {

    @Override
    public List<Violation> check(CheckContext context) {
        Document account = context.document();
        Optional<Node> unitNode = context.at(Account.Field.UNIT);
        Optional<String> unit = unitNode.flatMap(Node::text);
        if (unit.isEmpty()) {
            return List.of(context.violation(
                    Values.nearest(account, Account.Field.UNIT), "rule.account-unit-exists.message.none"));
        }
        Optional<Document> organisation = context.configuration().organisation();
        if (organisation.isEmpty()) {
            return List.of(context.violation(
                    unitNode.get().location(), "rule.account-unit-exists.message.no-organisation", unit.get()));
        }
        Optional<Node> units = Organisation.of(organisation.get()).node(Organisation.Field.UNITS);
        if (units.isPresent() && units.get() instanceof Node.Mapping mapping) {
            if (mapping.get(unit.get()).isPresent()) {
                return List.of();
            }
            Optional<String> suggestion = Suggestions.closest(unit.get(), mapping.keys());
            return List.of(context.violation(
                    unitNode.get().location(),
                    List.of(mapping.location()),
                    suggestion.isPresent()
                            ? "rule.account-unit-exists.message.suggest"
                            : "rule.account-unit-exists.message",
                    unit.get(),
                    suggestion.orElse(String.join(", ", mapping.keys()))));
        }
        return List.of(context.violation(
                unitNode.get().location(),
                List.of(organisation.get().root().location()),
                "rule.account-unit-exists.message",
                unit.get(),
                ""));
    }
}
