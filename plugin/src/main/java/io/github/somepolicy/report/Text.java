package io.github.somepolicy.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Escaping shared by the text-based report formats. */
public final class Text {

    /** Azure Pipelines' logging commands ({@code ##vso[}) and formatting commands ({@code ##[}), any case. */
    private static final Pattern AZURE_COMMAND = Pattern.compile("(?i)(##(?:vso)?)\\[");

    private Text() {}

    /**
     * Makes a value safe for one line of a log: line breaks and other control characters become visible
     * escapes, so a value cannot start a line of its own, and Azure Pipelines' command prefixes are broken
     * up, because Azure reads {@code ##vso[} anywhere in a line.
     */
    public static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append(' ');
                default -> {
                    if (invisible(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return AZURE_COMMAND.matcher(out).replaceAll("$1\\\\[");
    }

    /**
     * Makes a value safe inside one line of Markdown, as in a job summary or a pull-request comment: line
     * breaks become visible escapes ({@link #oneLine}), HTML's special characters become entities, and the
     * punctuation that starts emphasis, code, links, tables, lists, headings, mentions ({@code @team})
     * and issue references ({@code #12}) gets a backslash, so the text shows as written and notifies
     * nobody.
     */
    public static String markdown(String value) {
        String line = oneLine(value);
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if ("\\`*_{}[]()#+-.!|~@".indexOf(c) >= 0) {
                out.append('\\').appendCodePoint(c);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * Whether a code point is shown as an escape: control characters, line and paragraph separators,
     * the bidirectional controls that can make a line read differently from what it holds, lone
     * surrogates and the noncharacters U+FFFE and U+FFFF.
     */
    private static boolean invisible(int c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x2028
                || c == 0x2029
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C
                || (c >= 0xD800 && c <= 0xDFFF)
                || c == 0xFFFE
                || c == 0xFFFF;
    }

    /**
     * Makes a whole log line safe to print: a line that would begin with {@code ::} (a GitHub Actions
     * workflow command, even after spaces) or {@code ##} gets {@code ./} in front, which keeps a path a path.
     * The parts of the line must already have gone through {@link #oneLine(String)}.
     */
    public static String logLine(String line) {
        String start = line.stripLeading();
        return start.startsWith("::") || start.startsWith("##") ? "./" + line : line;
    }

    /** A relative file path as a URI reference: each byte outside RFC 3986's unreserved set and '/' percent-encoded. */
    public static String uriPath(String file) {
        StringBuilder out = new StringBuilder();
        for (byte b : file.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
