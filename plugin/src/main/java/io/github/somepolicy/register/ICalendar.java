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
 * bytes. With a reminder of n days, every event has a display alarm n days before its start.
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
     * @param reminderDays how many days before each event an alarm reminds of it; 0 for none
     */
    public static String write(
            String name,
            String domain,
            String language,
            LocalDate today,
            List<Obligation> obligations,
            int reminderDays) {
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
            if (reminderDays > 0) {
                line(out, "BEGIN:VALARM");
                line(out, "ACTION:DISPLAY");
                line(out, "DESCRIPTION;LANGUAGE=" + language + ":" + text(obligation.summary()));
                line(out, "TRIGGER:-P" + reminderDays + "D");
                line(out, "END:VALARM");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static final int MAX_READABLE = 80;

    /**
     * A UID from a key: a readable part and a hash of the whole key, which makes it unique. The readable
     * part is the key with accents dropped ({@code räddningstjänst} becomes {@code raddningstjanst}) and
     * every run of other characters as one {@code .}; when it is longer than 80 characters it ends after
     * the last whole token that fits (only a first token longer than that is cut).
     */
    static String uid(String key, String domain) {
        String plain = java.text.Normalizer.normalize(key, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("ø", "o")
                .replace("Ø", "O")
                .replace("æ", "ae")
                .replace("Æ", "AE");
        String readable = plain.replaceAll("[^A-Za-z0-9-]+", ".").replaceAll("^\\.+|\\.+$", "");
        if (readable.length() > MAX_READABLE) {
            int cut = readable.lastIndexOf('.', MAX_READABLE);
            readable = cut > 0 ? readable.substring(0, cut) : readable.substring(0, MAX_READABLE);
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
