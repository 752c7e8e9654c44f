package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.model.Remembered;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        Memo memo = new Memo(
                patterns.privateEmailDomains(),
                context.stringListParameter("allowedDomains"),
                context.booleanParameter("allowMobileNumbers", false));
        ContactDetector detector =
                new ContactDetector(memo.privateDomains(), memo.allowedDomains(), memo.allowMobileNumbers());
        Remembered<String, List<ContactDetector.Contact>> known =
                context.configuration().shared(memo, key -> new Remembered<>(SecretValueCheck.MEMO_MAX_TEXTS));
        List<Violation> violations = new ArrayList<>();
        for (ScalarTexts.Text text : ScalarTexts.of(context.document().root(), false)) {
            for (ContactDetector.Contact contact : contacts(detector, text.value(), known)) {
                String key = contact.kind() == ContactDetector.Kind.MOBILE
                        ? context.messageKey(MOBILE)
                        : context.messageKey();
                violations.add(context.violation(text.location(), key, contact.shown()));
            }
        }
        return violations;
    }

    /**
     * What the detector finds in a text; a short text (an address, a number, a name) is looked at once per
     * run, as the same people's addresses stand in account after account.
     */
    private static List<ContactDetector.Contact> contacts(
            ContactDetector detector, String text, Remembered<String, List<ContactDetector.Contact>> known) {
        if (text.length() > SecretValueCheck.MEMO_MAX_CHARS) {
            return detector.find(text);
        }
        return known.get(text, shortText -> List.copyOf(detector.find(shortText)));
    }

    /** The key of the run's memo of short texts: what decides what the detector finds. */
    private record Memo(Set<String> privateDomains, List<String> allowedDomains, boolean allowMobileNumbers) {}

    @Override
    public List<String> messageVariants() {
        return List.of(MOBILE);
    }
}
