package io.github.somepolicy.rule;

import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A complete rule pack as a third party would write one: a rule with its own check, a rule that uses a
 * built-in check, messages in both languages and a profile. Public, as {@link java.util.ServiceLoader}
 * needs.
 */
public final class SambrukPack implements RulePack {

    /** The base of the pack's resources under the test resources. */
    public static final String RESOURCES = "packs/sambruk/";

    @Override
    public String name() {
        return "sambruk";
    }

    @Override
    public String catalogue() {
        return RESOURCES + "catalogue.yaml";
    }

    @Override
    public String messages() {
        return "packs.sambruk.Messages";
    }

    @Override
    public Map<String, Check> checks() {
        return Map.of("moderator-domain", new ModeratorDomainCheck());
    }

    @Override
    public Map<String, String> profiles() {
        return Map.of("sambruk", RESOURCES + "sambruk.yaml");
    }

    /** Every moderator's e-mail address is in one of the domains of the parameter {@code domains}. */
    static final class ModeratorDomainCheck implements Check {
        @Override
        public List<Violation> check(CheckContext context) {
            List<String> domains = context.stringListParameter("domains");
            List<Violation> violations = new ArrayList<>();
            if (domains.isEmpty()) {
                return violations;
            }
            Node moderators = context.at("/moderation/moderators").orElse(null);
            if (!(moderators instanceof Node.Sequence list)) {
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
}
