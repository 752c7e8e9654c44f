package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Private contact details are a smell in a public configuration: an e-mail address at a service for
 * private persons, or a mobile number, where the unit's shared work address or number belongs.
 * Parameters: {@code allowedDomains}, e-mail domains allowed all the same, and
 * {@code allowMobileNumbers}, for municipalities whose work phones are mobiles.
 */
public final class PrivateContactCheck implements Check {

    /** The variant for a mobile number. */
    static final String MOBILE = "mobile";

    private final PrivacyPatterns patterns;

    /** The check with the domain list shipped with the plugin. */
    public PrivateContactCheck() {
        this(PrivacyPatterns.builtIn());
    }

    PrivateContactCheck(PrivacyPatterns patterns) {
        this.patterns = patterns;
    }

    @Override
    public List<Violation> check(CheckContext context) {
        ContactDetector detector = new ContactDetector(
                patterns.privateEmailDomains(),
                context.stringListParameter("allowedDomains"),
                context.booleanParameter("allowMobileNumbers", false));
        List<Violation> violations = new ArrayList<>();
        for (ScalarTexts.Text text : ScalarTexts.of(context.document().root(), false)) {
            for (ContactDetector.Contact contact : detector.find(text.value())) {
                String key = contact.kind() == ContactDetector.Kind.MOBILE
                        ? context.messageKey(MOBILE)
                        : context.messageKey();
                violations.add(context.violation(text.location(), key, contact.shown()));
            }
        }
        return violations;
    }

    @Override
    public List<String> messageVariants() {
        return List.of(MOBILE);
    }
}
