package io.github.somepolicy.i18n;

import io.github.somepolicy.model.Message;
import io.github.somepolicy.rule.CatalogueIndex;
import io.github.somepolicy.rule.RulePacks;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders messages in Swedish or English from the resource bundles: the engine's own ({@code Messages}),
 * one per area of the rule catalogue, and those of the installed rule packs. A key lives in exactly one
 * bundle; a pack cannot redefine a built-in key.
 */
public final class Messages {

    /**
     * The base names of the bundles: the engine's and the catalogue areas' (from the catalogue's index),
     * then those of the reports, the change report, the register, the performance log and the rule tests.
     */
    public static final List<String> BUNDLES = bundles();

    /** The languages every message exists in. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

    /** Arguments that start with this prefix name a term of the bundle and are translated too. */
    public static final String TERM_PREFIX = "term.";

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, String> patterns;
    private final Locale locale;

    private Messages(Map<String, String> patterns, Locale locale) {
        this.patterns = patterns;
        this.locale = locale;
    }

    private static List<String> bundles() {
        List<String> names = new ArrayList<>(CatalogueIndex.BUILT_IN.bundles());
        for (String own : List.of("Messages", "Reports", "Diff", "Register", "Performance", "RuleTests")) {
            String name = "io.github.somepolicy.i18n." + own;
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** The messages of a language, with those of the installed rule packs; anything but Swedish gives English. */
    public static Messages of(Locale locale) {
        return of(locale, RulePacks.installedBundles());
    }

    /** The messages of a language with those of the given rule packs' bundles. */
    public static Messages of(Locale locale, List<RulePacks.Bundle> packBundles) {
        Locale chosen = "sv".equals(locale.getLanguage()) ? LOCALES.get(1) : Locale.ENGLISH;
        Map<String, String> patterns = new HashMap<>();
        for (String name : BUNDLES) {
            addAll(patterns, ResourceBundle.getBundle(name, chosen, CONTROL));
        }
        for (RulePacks.Bundle pack : packBundles) {
            addAll(patterns, ResourceBundle.getBundle(pack.baseName(), chosen, pack.loader(), CONTROL));
        }
        return new Messages(Map.copyOf(patterns), chosen);
    }

    private static void addAll(Map<String, String> patterns, ResourceBundle bundle) {
        for (String key : bundle.keySet()) {
            patterns.putIfAbsent(key, bundle.getString(key));
        }
    }

    /** The locale the messages are in. */
    public Locale locale() {
        return locale;
    }

    /** Whether a key exists. */
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /** The text of a message. A missing key renders as the key itself, so nothing is lost. */
    public String render(Message message) {
        Object[] args = message.args().stream()
                .map(arg -> arg.startsWith(TERM_PREFIX) && patterns.containsKey(arg) ? patterns.get(arg) : arg)
                .toArray();
        return format(message.key(), args);
    }

    /** The text of a key with arguments. */
    public String format(String key, Object... args) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            return args.length == 0 ? key : key + " " + List.of(args);
        }
        MessageFormat message = new MessageFormat(pattern, Locale.ROOT);
        if (args.length == 0) {
            return message.format(new Object[0]);
        }
        // A number in a plain {n} is written as the summary line writes counts, digits only: MessageFormat
        // would otherwise group it the English way ("9,999") in every language.
        java.text.Format[] formats = message.getFormatsByArgumentIndex();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number && (i >= formats.length || formats[i] == null)) {
                java.text.NumberFormat plain = java.text.NumberFormat.getInstance(Locale.ROOT);
                plain.setGroupingUsed(false);
                message.setFormatByArgumentIndex(i, plain);
            }
        }
        return message.format(args);
    }
}
