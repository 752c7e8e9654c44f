package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Organisation;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Requires a signature for answers that names the municipality as {@code organisation.yaml} writes it
 * (without regard to case or spacing), so that visitors know who answered. Without an organisation
 * document only the signature's presence is checked.
 */
final class SignatureCheck implements Check {

    static final String NO_NAME = "no-name";

    private static final Account.Field SIGNATURE = Account.Field.SIGNATURE;

    @Override
    public List<String> messageVariants() {
        return List.of(NO_NAME);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        Optional<Node> node = context.at(SIGNATURE);
        if (Values.isBlank(node)) {
            return List.of(context.violation(Values.nearest(context.document(), SIGNATURE), context.messageKey()));
        }
        Optional<String> signature = node.get().text();
        Optional<String> municipality =
                context.municipalityName().map(SignatureCheck::normalise).filter(n -> !n.isEmpty());
        if (signature.isEmpty() || municipality.isEmpty()) {
            return List.of();
        }
        if (normalise(signature.get()).contains(municipality.get())) {
            return List.of();
        }
        List<Location> related = context.organisationView()
                .flatMap(o -> o.node(Organisation.Field.MUNICIPALITY_NAME))
                .map(n -> List.of(n.location()))
                .orElse(List.of());
        return List.of(context.violation(
                node.get().location(),
                related,
                context.messageKey(NO_NAME),
                signature.get().strip(),
                context.municipalityName().orElseThrow().strip()));
    }

    /** Text compared without case and with every run of white space as one space. */
    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
