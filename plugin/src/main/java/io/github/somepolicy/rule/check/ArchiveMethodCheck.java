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
 * Requires the archive method to fit the municipality: one of the profile's {@code allowedMethods}
 * (Trosa has no e-archive, so kept records go to ageing-resistant paper), and never an e-archive the
 * organisation says it does not have.
 */
final class ArchiveMethodCheck implements Check {

    static final String NO_E_ARCHIVE = "no-e-archive";

    @Override
    public List<String> messageVariants() {
        return List.of(NO_E_ARCHIVE);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        Optional<Node> methodNode = context.at(Account.Field.ARCHIVE_METHOD);
        Optional<String> method = methodNode.flatMap(Node::text);
        if (method.isEmpty()) {
            return List.of();
        }
        List<String> allowed = context.stringListParameter("allowedMethods");
        if (!allowed.isEmpty() && !allowed.contains(method.get())) {
            return List.of(context.violation(
                    methodNode.get().location(), context.messageKey(), method.get(), String.join(", ", allowed)));
        }
        boolean noEArchive = context.organisationView()
                .flatMap(o -> o.text(Organisation.Field.HAS_E_ARCHIVE))
                .filter("false"::equals)
                .isPresent();
        if (noEArchive && method.get().equals("e-archive")) {
            return List.of(context.violation(methodNode.get().location(), context.messageKey(NO_E_ARCHIVE)));
        }
        return List.of();
    }
}
