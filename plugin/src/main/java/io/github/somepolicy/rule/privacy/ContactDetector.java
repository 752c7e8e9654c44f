package io.github.somepolicy.rule.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds private contact details in a text: e-mail addresses at services for private persons (Gmail,
 * Hotmail, Outlook.com, iCloud, Telia …) and Swedish mobile numbers in their usual written forms
 * ({@code 070-123 45 67}, {@code 0701234567}, {@code +46 70 123 45 67}). The municipality's shared
 * numbers are landline numbers ({@code 0150-48 10 00}) and are not mobile numbers.
 */
final class ContactDetector {

    /** At most this many contact details are reported for one text. */
    static final int MAX_PER_TEXT = 5;

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}+@([\\p{L}\\p{N}-]{1,63}+(?:\\.[\\p{L}\\p{N}-]{1,63}+){1,8}+)");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![\\p{N}+])(?:(?:\\+|00)46[ \u00A0-]?+(?:\\(0\\)[ \u00A0-]?+)?|0)(7[02369](?:[ \u00A0–-]{0,3}+\\d){7})(?![\\p{N}])");
    /** The fewest ASCII digits a mobile number has: {@code 0}, {@code 7}, the operator digit and seven more. */
    private static final int MOBILE_MIN_DIGITS = 10;

    private static final Pattern IDENTITY_NUMBER_SHAPE = Pattern.compile("\\d{6}[-+–]\\d{4}");

    /** The kinds of contact detail. */
    enum Kind {
        EMAIL,
        MOBILE
    }

    /**
     * A private contact detail found in a text.
     *
     * @param kind an e-mail address or a mobile number
     * @param shown a shortened form that can be shown
     */
    record Contact(Kind kind, String shown) {}

    private final Set<String> privateDomains;
    private final Set<String> allowedDomains;
    private final boolean allowMobileNumbers;

    /**
     * A detector.
     *
     * @param privateDomains the e-mail domains of services for private persons, in lower case
     * @param allowedDomains domains the municipality allows all the same
     * @param allowMobileNumbers whether mobile numbers are allowed
     */
    ContactDetector(Set<String> privateDomains, List<String> allowedDomains, boolean allowMobileNumbers) {
        this.privateDomains = Set.copyOf(privateDomains);
        Set<String> allowed = new LinkedHashSet<>();
        for (String domain : allowedDomains) {
            String normal = domain.strip().toLowerCase(Locale.ROOT);
            if (normal.startsWith("@")) {
                normal = normal.substring(1);
            }
            if (!normal.isEmpty()) {
                allowed.add(normal);
            }
        }
        this.allowedDomains = Set.copyOf(allowed);
        this.allowMobileNumbers = allowMobileNumbers;
    }

    /** The contact details in a text, at most {@link #MAX_PER_TEXT}, each once. */
    List<Contact> find(String text) {
        Set<Contact> found = new LinkedHashSet<>();
        // An address is reported only at a private domain, and a mobile number holds at least ten digits;
        // most texts hold neither.
        Matcher email = EMAIL.matcher(mayHoldPrivateAddress(text) ? text : "");
        while (email.find() && found.size() < MAX_PER_TEXT) {
            String domain = trimDots(email.group(1).toLowerCase(Locale.ROOT));
            if (privateDomains.contains(domain) && !allowed(domain)) {
                String local = email.group().substring(0, email.group().indexOf('@'));
                int shown = Math.max(1, Math.min(3, local.length() / 2));
                found.add(new Contact(Kind.EMAIL, local.substring(0, shown) + "…@" + domain));
            }
        }
        if (!allowMobileNumbers && digits(text, MOBILE_MIN_DIGITS) >= MOBILE_MIN_DIGITS) {
            Matcher mobile = MOBILE.matcher(text);
            while (mobile.find() && found.size() < MAX_PER_TEXT) {
                if (IDENTITY_NUMBER_SHAPE.matcher(mobile.group()).matches()) {
                    continue;
                }
                found.add(new Contact(Kind.MOBILE, "0" + mobile.group(1).substring(0, 2) + "…"));
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Whether an {@code @} in the text is followed by a private domain, in any case: an address the
     * pattern reports has its domain right after its {@code @}, so a text without one is not searched.
     */
    private boolean mayHoldPrivateAddress(String text) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            for (String domain : privateDomains) {
                if (text.regionMatches(true, at + 1, domain, 0, domain.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many ASCII digits a text holds, counted up to {@code enough}. */
    private static int digits(String text, int enough) {
        int count = 0;
        for (int i = 0; i < text.length() && count < enough; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                count++;
            }
        }
        return count;
    }

    private boolean allowed(String domain) {
        for (String allowed : allowedDomains) {
            if (domain.equals(allowed) || domain.endsWith("." + allowed)) {
                return true;
            }
        }
        return false;
    }

    private static String trimDots(String domain) {
        int end = domain.length();
        while (end > 0 && (domain.charAt(end - 1) == '.' || domain.charAt(end - 1) == '-')) {
            end--;
        }
        return domain.substring(0, end);
    }
}
