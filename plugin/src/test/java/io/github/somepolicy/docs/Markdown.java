package io.github.somepolicy.docs;

import java.util.List;
import java.util.regex.Pattern;

/** Markdown building blocks for the generated pages: escaped text, table rows and code. */
final class Markdown {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

    private Markdown() {}

    /** Text that Markdown shows as written, on one line, also inside a table cell. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '|', '*', '[', ']', '`' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** A message pattern as text, with its placeholders such as {@code {0}} set as code. */
    static String message(String pattern) {
        return PLACEHOLDER.matcher(text(pattern)).replaceAll("`{$1}`");
    }

    /** Inline code; the value must not contain a backtick. */
    static String code(String value) {
        if (value.indexOf('`') >= 0) {
            return "``" + value + "``";
        }
        return "`" + value + "`";
    }

    /** A table row of cells that are already Markdown. */
    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** The header and separator rows of a table. */
    static String header(List<String> columns) {
        return row(columns) + "|" + "---|".repeat(columns.size()) + "\n";
    }

    /** The link to a rule's page, from a page in the same directory. */
    static String ruleLink(String id) {
        return "[" + id + "](" + id + ".md)";
    }
}
