package org.example.kustkommuner;

import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every moderator's e-mail address is in one of the domains of the parameter {@code domains}. */
final class ModeratorDomainCheck implements Check {

    @Override
    public List<Violation> check(CheckContext context) {
        List<String> domains = context.stringListParameter("domains");
        List<Violation> violations = new ArrayList<>();
        Node moderators = context.at("/moderation/moderators").orElse(null);
        if (domains.isEmpty() || !(moderators instanceof Node.Sequence list)) {
            return violations;
        }
        for (Node moderator : list.items()) {
            moderator.at("/email").ifPresent(email -> email.text().ifPresent(address -> {
                String domain = address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
                if (!domains.contains(domain)) {
                    violations.add(context.violation(
                            email.location(), context.messageKey(), address, String.join(", ", domains)));
                }
            }));
        }
        return violations;
    }
}
