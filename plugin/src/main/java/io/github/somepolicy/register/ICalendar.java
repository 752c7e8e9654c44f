package io.github.somepolicy.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The obligations as an iCalendar stream (RFC 5545): one all-day event per obligation, CRLF line ends,
 * lines folded at 75 octets without splitting a character, TEXT values escaped. A UID is derived from
 * the obligation's key, never from the time, so a subscribed calendar updates an event instead of adding
 * a second one; DTSTAMP is the build's date at midnight UTC, so two runs on the same date write the same
 * bytes.
 */
public final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_OCTETS = 75;

    private ICalendar() {}

    /**
     * The calendar.
     *
     * @param name the calendar's display name
     * @param domain the right-hand side of every UID, such as the municipality's web host
     * @param language the language of the texts, such as {@code sv}
     * @param today the build's date, the DTSTAMP of every event
     * @param obligations the events
     */
    public static String write(
            String name, String domain, String language, LocalDate today, List<Obligation> obligations) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//somepolicy//obligations//" + language.toUpperCase(Locale.ROOT));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        String stamp = DATE.format(today) + "T000000Z";
        for (Obligation obligation : obligations) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(obligation.key(), domain));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(obligation.start()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(obligation.end().plusDays(1)));
            line(out, "SUMMARY;LANGUAGE=" + language + ":" + text(obligation.summary()));
            line(out, "DESCRIPTION;LANGUAGE=" + language + ":" + text(obligation.description()));
            line(out, "CATEGORIES:" + text(obligation.ruleId()));
            line(out, "X-SOMEPOLICY-RULE:" + text(obligation.ruleId()));
            line(out, "X-SOMEPOLICY-TARGET:" + text(obligation.target()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A UID from a key: readable, limited to safe characters, and made unique by a hash of the key. */
    static String uid(String key, String domain) {
        String readable = key.replaceAll("[^A-Za-z0-9.-]+", ".");
        if (readable.length() > 80) {
            readable = readable.substring(0, 80);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return readable + "-" + HexFormat.of().formatHex(hash, 0, 6) + "@" + domain;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "")
                .replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets, and CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + length > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
