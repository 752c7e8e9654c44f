package io.github.somepolicy.diff;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.report.Text;

/** Rendering and escaping shared by the change report's outputs. */
final class Texts {

    private Texts() {}

    /**
     * A message in the reader's language, with its terms, rule titles and field titles translated too. A
     * rule without a title in the bundles is named by its id, never by a bundle key.
     */
    static String render(Messages messages, Message message) {
        Object[] args =
                message.args().stream().map(arg -> argument(messages, arg)).toArray();
        return messages.format(message.key(), args);
    }

    /** One argument as the reader sees it. */
    static String argument(Messages messages, String arg) {
        if (arg.startsWith(Fields.PREFIX)) {
            return Fields.packaged().render(arg, messages.locale());
        }
        if (arg.startsWith(Messages.TERM_PREFIX) && messages.has(arg)) {
            return messages.format(arg);
        }
        if (arg.startsWith("rule.") && arg.endsWith(".title")) {
            return messages.has(arg) ? messages.format(arg) : arg.substring(5, arg.length() - 6);
        }
        return arg;
    }

    /** A rule's title in the reader's language, or its id when it has none. */
    static String ruleTitle(Messages messages, String ruleId) {
        return argument(messages, "rule." + ruleId + ".title");
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
