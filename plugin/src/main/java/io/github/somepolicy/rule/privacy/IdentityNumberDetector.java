package io.github.somepolicy.rule.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer)
 * in a text: {@code YYMMDD-NNNN}, {@code YYYYMMDD-NNNN}, with {@code -}, {@code +} or nothing between
 * date and number. A number counts only when its date is a real date (for a coordination number the
 * day plus 60) and its last digit is the Luhn check digit of the ten digits, so that dates,
 * organisation numbers, case numbers and phone numbers do not count. Ten digits without a separator
 * that begin like a mobile number ({@code 070…}) are left to the contact rule.
 */
final class IdentityNumberDetector {

    /** At most this many numbers are reported for one text. */
    static final int MAX_PER_TEXT = 5;

    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\p{N}+./])(18|19|20)?(\\d{6})([-+–]?)(\\d{4})(?![\\p{N}])");
    private static final Pattern MOBILE = Pattern.compile("07[02369]\\d{7}");

    /** The kinds of number, each with the term that names it in messages. */
    enum Kind {
        PERSONNUMMER("term.identity.personnummer"),
        SAMORDNINGSNUMMER("term.identity.samordningsnummer");

        private final String term;

        Kind(String term) {
            this.term = term;
        }

        /** The message term that names the kind. */
        String term() {
            return term;
        }
    }

    /**
     * A number found in a text.
     *
     * @param kind personnummer or samordningsnummer
     * @param shown the number with its last four digits masked, as it may be shown
     */
    record IdentityNumber(Kind kind, String shown) {}

    private IdentityNumberDetector() {}

    /** The numbers in a text, at most {@link #MAX_PER_TEXT}, each once. */
    static List<IdentityNumber> find(String text) {
        if (!hasDigitRun(text, 6)) {
            // every number has its six date digits in a row: most texts have no such run at all
            return new ArrayList<>();
        }
        Matcher matcher = NUMBER.matcher(text);
        Set<IdentityNumber> found = new LinkedHashSet<>();
        while (matcher.find() && found.size() < MAX_PER_TEXT) {
            String century = matcher.group(1);
            String date = matcher.group(2);
            String separator = matcher.group(3);
            String serial = matcher.group(4);
            if (century == null
                    && separator.isEmpty()
                    && MOBILE.matcher(date + serial).matches()) {
                continue;
            }
            identify(century, date, separator, serial).ifPresent(found::add);
        }
        return new ArrayList<>(found);
    }

    private static Optional<IdentityNumber> identify(String century, String date, String separator, String serial) {
        int yy = Integer.parseInt(date.substring(0, 2));
        int month = Integer.parseInt(date.substring(2, 4));
        int day = Integer.parseInt(date.substring(4, 6));
        Kind kind = Kind.PERSONNUMMER;
        if (day > 60) {
            kind = Kind.SAMORDNINGSNUMMER;
            day -= 60;
        }
        boolean realDate;
        if (century != null) {
            realDate = isDate(Integer.parseInt(century) * 100 + yy, month, day);
        } else {
            realDate = isDate(1900 + yy, month, day)
                    || isDate(2000 + yy, month, day)
                    || (separator.equals("+") && isDate(1800 + yy, month, day));
        }
        if (!realDate || !luhn(date + serial)) {
            return Optional.empty();
        }
        String shown = (century == null ? "" : century) + date + (separator.isEmpty() ? "-" : separator) + "****";
        return Optional.of(new IdentityNumber(kind, shown));
    }

    /** Whether a text has at least {@code length} ASCII digits in a row. */
    static boolean hasDigitRun(String text, int length) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= length) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** Whether year, month and day make a real date. */
    static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether the last of the digits is the Luhn check digit of those before it. */
    static boolean luhn(String digits) {
        if (digits.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
