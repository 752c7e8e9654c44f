package io.github.somepolicy.model;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reading the typed text values of the format: dates, periods, and text compared as people read it. */
public final class Scalars {

    private Scalars() {}

    /** A strict ISO date ({@code 2026-02-30} is not one), empty when the text is not a date. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An ISO 8601 period such as {@code P6M}, empty when the text is not one. */
    public static Optional<Period> period(String text) {
        try {
            return Optional.of(Period.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Text for comparing: Unicode NFC, lower case, runs of white space as one space, trimmed. */
    public static String fold(String text) {
        return collapseSpaces(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                .strip();
    }

    /**
     * The text with every run of white space as a regular expression's {@code \\s} means it (space, tab,
     * line breaks, vertical tab, form feed) made one space; the text itself when there is nothing to do.
     */
    public static String collapseSpaces(String text) {
        return collapseSpaces(text, Scalars::isSpace);
    }

    /** The text with every run of the characters that {@code space} accepts made one space. */
    public static String collapseSpaces(String text, java.util.function.IntPredicate space) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = !space.test(c) || c == ' ' && (i == 0 || !space.test(text.charAt(i - 1)));
        }
        if (plain) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (space.test(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /** Whether a character is white space as a regular expression's {@code \\s} means it. */
    public static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
