package io.github.somepolicy.diff;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.report.Text;

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

    /** Escapes a value for one line of Markdown, as the report's Markdown does. */
    static String markdown(String value) {
        return Text.markdown(value);
    }

    /** Text inside a code span: backticks and line breaks cannot end or break it. */
    static String code(String value) {
        return "`" + value.replace("`", "'").replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ") + "`";
    }
}
