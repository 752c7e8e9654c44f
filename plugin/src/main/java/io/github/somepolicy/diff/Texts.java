package io.github.somepolicy.diff;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Message;

/** Rendering and escaping shared by the change report's outputs. */
final class Texts {

    private Texts() {}

    /** A message in the reader's language, with its terms and rule titles translated too. */
    static String render(Messages messages, Message message) {
        Object[] args = message.args().stream()
                .map(arg -> translatable(arg) && messages.has(arg) ? messages.format(arg) : arg)
                .toArray();
        return messages.format(message.key(), args);
    }

    private static boolean translatable(String arg) {
        return arg.startsWith(Messages.TERM_PREFIX) || (arg.startsWith("rule.") && arg.endsWith(".title"));
    }

    /**
     * Escapes text so Markdown and HTML in it show as written, on one line: the characters that start
     * emphasis, code, links, tables, mentions and issue references. The text never starts a line, so
     * list and heading markers need no escape.
     */
    static String markdown(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if ("\\`*_[]()#!|~@".indexOf(c) >= 0) {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Text inside a code span: backticks and line breaks cannot end or break it. */
    static String code(String value) {
        return "`" + value.replace("`", "'").replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ") + "`";
    }
}
