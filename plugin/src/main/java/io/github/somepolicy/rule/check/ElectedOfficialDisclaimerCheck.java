package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * Requires a link to an elected official's own account to carry a disclaimer that says the views there
 * are not the municipality's. Parameter {@code phrases}: any of them makes the disclaimer say so.
 */
final class ElectedOfficialDisclaimerCheck implements Check {

    static final String NO_PHRASE = "no-phrase";

    @Override
    public List<String> messageVariants() {
        return List.of(NO_PHRASE);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!Values.isElectedOfficial(context.document())
                || Values.status(context.document()).equals("closed")) {
            return List.of();
        }
        Optional<Node> disclaimer = context.at(Account.Field.DISCLAIMER);
        if (Values.isBlank(disclaimer)) {
            return List.of(context.violation(
                    Values.nearest(context.document(), Account.Field.DISCLAIMER), context.messageKey()));
        }
        String text = Scalars.fold(disclaimer.get().text().orElse(""));
        List<String> phrases = context.stringListParameter("phrases");
        if (phrases.isEmpty() || phrases.stream().anyMatch(p -> text.contains(Scalars.fold(p)))) {
            return List.of();
        }
        return List.of(context.violation(
                disclaimer.get().location(),
                context.messageKey(NO_PHRASE),
                String.join("\", \"", phrases.subList(0, Math.min(4, phrases.size())))));
    }
}
