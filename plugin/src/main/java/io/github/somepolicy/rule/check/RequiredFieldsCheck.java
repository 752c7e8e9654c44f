package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Requires fields to be present and not empty. Shared by the rules that ask the configuration to record
 * something (a purpose, a routine, a reference). Parameters: {@code fields}, JSON Pointers; for accounts
 * {@code statuses}, the account statuses the rule applies to (default {@code active}), and elected
 * officials' accounts, which are links and not the municipality's own, are left alone.
 */
final class RequiredFieldsCheck implements Check {

    @Override
    public List<Violation> check(CheckContext context) {
        Document document = context.document();
        if (document.kind() == FileKind.ACCOUNT && !context.inScope("active")) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (String pointer : context.stringListParameter("fields")) {
            if (Values.isBlank(context.at(pointer))) {
                violations.add(context.violation(
                        Values.nearest(document, pointer), context.messageKey(), Values.dotted(pointer)));
            }
        }
        return violations;
    }
}
