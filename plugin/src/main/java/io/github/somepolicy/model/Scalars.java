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
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
