package io.github.somepolicy.rule.notice;

import io.github.somepolicy.rule.RunSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of the notice topics and their patterns as written: the built-in ones from
 * {@code rule/notice-concepts.yaml} ({@link NoticeConcepts}) and the extra ones the policy in force gives
 * under {@code phrases} in {@code somepolicy.yaml}. A key is a rule id ({@code notice-public-records}) for
 * a rule about one topic, or the rule id, a dot and an item id ({@code notice-prohibited-content.uppvigling})
 * for a rule checked item by item.
 */
public final class NoticePhrases {

    private static volatile NoticePhrases builtIn;

    private final Map<String, Languages> byKey;
    private final Map<String, List<String>> items;

    /**
     * The patterns of one key in each language.
     *
     * @param sv the Swedish patterns, most typical first
     * @param en the English patterns, most typical first
     */
    public record Languages(List<String> sv, List<String> en) {
        public Languages {
            sv = List.copyOf(sv);
            en = List.copyOf(en);
        }

        /** Every pattern, Swedish first. */
        public List<String> all() {
            List<String> all = new ArrayList<>(sv);
            all.addAll(en);
            return all;
        }
    }

    private NoticePhrases(Map<String, Languages> byKey, Map<String, List<String>> items) {
        this.byKey = Map.copyOf(byKey);
        this.items = Map.copyOf(items);
    }

    /** The topics shipped with the plugin, read once per class loader. */
    public static NoticePhrases builtIn() {
        NoticePhrases phrases = builtIn;
        if (phrases == null) {
            synchronized (NoticePhrases.class) {
                phrases = builtIn;
                if (phrases == null) {
                    phrases = of(NoticeConcepts.builtIn());
                    builtIn = phrases;
                }
            }
        }
        return phrases;
    }

    private static NoticePhrases of(NoticeConcepts concepts) {
        Map<String, Languages> byKey = new LinkedHashMap<>();
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (NoticeConcepts.Topic topic : concepts.topics().values()) {
            byKey.put(
                    topic.key(),
                    new Languages(
                            topic.written().get(Words.Language.SV),
                            topic.written().get(Words.Language.EN)));
            int dot = topic.key().indexOf('.');
            if (dot > 0) {
                items.computeIfAbsent(topic.key().substring(0, dot), k -> new ArrayList<>())
                        .add(topic.key().substring(dot + 1));
            }
        }
        items.replaceAll((k, v) -> List.copyOf(v));
        return new NoticePhrases(byKey, items);
    }

    /** The key of an item's patterns: the rule id, a dot and the item id. */
    public static String key(String ruleId, String item) {
        return ruleId + "." + item;
    }

    /** The item ids of a rule checked item by item, in the file's order; empty for a rule about one topic. */
    public List<String> items(String ruleId) {
        return items.getOrDefault(ruleId, List.of());
    }

    /** Every key with built-in patterns (or none, for rules whose patterns only the policy adds). */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(null);
        return keys;
    }

    /** The built-in patterns of a key. */
    public Optional<Languages> builtIn(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The built-in patterns of a key followed by the extra ones the policy in force gives it. */
    public List<String> phrases(String key, RunSettings settings) {
        List<String> all = new ArrayList<>(builtIn(key).map(Languages::all).orElse(List.of()));
        all.addAll(settings.phrases().getOrDefault(key, List.of()));
        return all;
    }

    /**
     * What a finding quotes as looked for: the first Swedish and the first English pattern, then the
     * policy's own when there are no built-in ones, and {@code …} for the rest (the rule's page lists
     * them all).
     */
    public String lookedFor(String key, RunSettings settings) {
        Languages languages = builtIn(key).orElse(new Languages(List.of(), List.of()));
        List<String> extra = settings.phrases().getOrDefault(key, List.of());
        Set<String> all = new LinkedHashSet<>();
        List<String> shown = new ArrayList<>();
        pick(readable(languages.sv(), Words.Language.SV), 1, shown, all);
        pick(readable(languages.en(), Words.Language.EN), 1, shown, all);
        pick(extra, shown.isEmpty() ? 3 : 0, shown, all);
        return quoted(shown, all.size() > shown.size());
    }

    private static void pick(List<String> phrases, int limit, List<String> shown, Set<String> all) {
        int taken = 0;
        for (String phrase : phrases) {
            String reading = display(phrase).toLowerCase(Locale.ROOT);
            if (reading.isEmpty() || !all.add(reading)) {
                continue;
            }
            if (taken < limit) {
                shown.add(phrase);
                taken++;
            }
        }
    }

    /** Patterns as a reader would write them: {@link #readable(String, Words.Language)}. */
    private static List<String> readable(List<String> patterns, Words.Language language) {
        return patterns.stream().map(p -> readable(p, language)).toList();
    }

    /**
     * A pattern as a reader would write it: the first alternative of each word, a word group's first
     * entry, words the sentence must not hold left out, and "…" between parts.
     */
    static String readable(String pattern, Words.Language language) {
        java.util.Map<String, List<String>> groups = NoticeConcepts.builtIn().groups(language);
        List<String> parts = new ArrayList<>();
        for (String part : pattern.replaceAll("\\s/\\d+$", "").split("\\s&\\s")) {
            List<String> words = new ArrayList<>();
            for (String slot : part.strip().split("\\s+")) {
                if (slot.startsWith("-") || slot.isEmpty()) {
                    continue;
                }
                String first = slot.split("\\|")[0];
                if (first.startsWith("@") && groups.containsKey(first.substring(1))) {
                    List<String> entries = groups.get(first.substring(1));
                    first = entries.isEmpty() ? "" : entries.get(0);
                }
                words.add(first.replace('+', ' '));
            }
            parts.add(String.join(" ", words));
        }
        return String.join(" … ", parts);
    }

    /** A pattern as a message shows it: its words, without wildcards or marks. */
    static String display(String phrase) {
        return phrase.replaceAll("\\s/\\d+$", "").replace("*", "").strip().replaceAll("\\s+", " ");
    }

    /** Patterns quoted and separated by commas, with {@code …} at the end when there are more. */
    static String quoted(List<String> phrases, boolean more) {
        List<String> parts = new ArrayList<>();
        for (String phrase : phrases) {
            String shown = display(phrase);
            if (!shown.isEmpty()) {
                parts.add("\"" + shown + "\"");
            }
        }
        if (more) {
            parts.add("…");
        }
        return String.join(", ", parts);
    }
}
