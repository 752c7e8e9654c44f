package io.github.somepolicy.i18n;

import io.github.somepolicy.model.Message;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Renders messages in Swedish or English from the {@code Messages} resource bundles. */
public final class Messages {

    /** The base name of the bundles. */
    public static final String BUNDLE = "io.github.somepolicy.i18n.Messages";

    /** The languages every message exists in. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

    /** Arguments that start with this prefix name a term of the bundle and are translated too. */
    public static final String TERM_PREFIX = "term.";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The messages of a language; anything but Swedish gives English. */
    public static Messages of(Locale locale) {
        Locale chosen = "sv".equals(locale.getLanguage()) ? LOCALES.get(1) : Locale.ENGLISH;
        return new Messages(
                ResourceBundle.getBundle(
                        BUNDLE,
                        chosen,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                chosen);
    }

    /** The locale the messages are in. */
    public Locale locale() {
        return locale;
    }

    /** Whether a key exists. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of a message. A missing key renders as the key itself, so nothing is lost. */
    public String render(Message message) {
        Object[] args = message.args().stream()
                .map(arg -> arg.startsWith(TERM_PREFIX) && bundle.containsKey(arg) ? bundle.getString(arg) : arg)
                .toArray();
        return format(message.key(), args);
    }

    /** The text of a key with arguments. */
    public String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return args.length == 0 ? key : key + " " + List.of(args);
        }
        if (args.length == 0) {
            return new MessageFormat(pattern, Locale.ROOT).format(new Object[0]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
