package io.github.somepolicy.report;

import io.github.somepolicy.model.VisibleText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping shared by the text-based report formats. */
public final class Text {

    private Text() {}

    /**
     * Makes a value safe for one line of a log: line breaks and other control characters become visible
     * escapes, so a value cannot start a line of its own, and Azure Pipelines' command prefixes are broken
     * up, because Azure reads {@code ##vso[} anywhere in a line.
     */
    public static String oneLine(String value) {
        return VisibleText.of(value);
    }

    /**
     * Makes a value safe inside one line of Markdown, as in a job summary or a pull-request comment: line
     * breaks become visible escapes ({@link #oneLine}), HTML's special characters become entities, and the
     * punctuation that starts emphasis, code, links, tables, lists, headings, mentions ({@code @team})
     * and issue references ({@code #12}) gets a backslash, so the text shows as written and notifies
     * nobody.
     */
    public static String markdown(String value) {
        return escapeMarkdown(oneLine(value), "\\`*_{}[]()#+-.!|~@", false);
    }

    /**
     * Makes text safe in a Markdown field that other tools render (SARIF's {@code help.markdown}): HTML's
     * special characters become entities, and the characters that start code, emphasis, links, images,
     * tables, headings and mentions get a backslash, so {@code <img onerror>}, {@code ](javascript:)} and
     * {@code @team} show as written. Letters, digits, spaces, line breaks and ordinary punctuation (full
     * stops, commas, hyphens, parentheses) are left as they are.
     */
    public static String markdownField(String value) {
        return escapeMarkdown(value, "\\`*[]#|~@!", true);
    }

    /**
     * HTML's special characters as entities and each of {@code punctuation} after a backslash; with
     * {@code showInvisible}, every invisible character but a line break is written as its visible escape.
     */
    private static String escapeMarkdown(String value, String punctuation, boolean showInvisible) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (punctuation.indexOf(c) >= 0) {
                out.append('\\').appendCodePoint(c);
            } else if (!showInvisible || c == '\n' || c == '\r' || !VisibleText.invisible(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(VisibleText.of(new String(Character.toChars(c))));
            }
        });
        return out.toString();
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
