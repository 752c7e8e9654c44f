package io.github.somepolicy.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text from the user's files made safe and exact for one line of a log or a report: line breaks, tabs and
 * other control characters, bidirectional controls, lone surrogates and noncharacters become visible
 * escapes ({@code \n}, {@code \t}, {@code \u001B}), so a value cannot start a line of its own, forge a
 * CI command or colour a terminal, and a name with a tab is not shown as one with a space. Azure
 * Pipelines' command prefixes are broken up, because Azure reads {@code ##vso[} anywhere in a line.
 */
public final class VisibleText {

    /** Azure Pipelines' logging commands ({@code ##vso[}) and formatting commands ({@code ##[}), any case. */
    private static final Pattern AZURE_COMMAND = Pattern.compile("(?i)(##(?:vso)?)\\[");

    private VisibleText() {}

    /** The value on one line, every invisible character as a visible escape. */
    public static String of(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int next = i + Character.charCount(c);
            if (out == null && (invisible(c) || (c == '#' && value.startsWith("##", i)))) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (invisible(c)) {
                            out.append(String.format(Locale.ROOT, "\\u%04X", c));
                        } else {
                            out.appendCodePoint(c);
                        }
                    }
                }
            }
            i = next;
        }
        if (out == null) {
            return value;
        }
        return AZURE_COMMAND.matcher(out).replaceAll("$1\\\\[");
    }

    /**
     * A whole log line made safe to print: its parts made visible ({@link #of}), and a line that would
     * begin with {@code ::} (a GitHub Actions workflow command, even after spaces) or {@code ##} gets
     * {@code ./} in front.
     */
    public static String logLine(String line) {
        String visible = of(line);
        String start = visible.stripLeading();
        return start.startsWith("::") || start.startsWith("##") ? "./" + visible : visible;
    }

    /**
     * Whether a code point is shown as an escape: control characters, line and paragraph separators,
     * the bidirectional controls that can make a line read differently from what it holds, lone
     * surrogates and the noncharacters U+FFFE and U+FFFF.
     */
    public static boolean invisible(int c) {
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
}
