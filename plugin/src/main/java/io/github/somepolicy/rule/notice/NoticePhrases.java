package io.github.somepolicy.rule.notice;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.rule.RunSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in phrases of the notice rules, read from {@code rule/notice-phrases.yaml}, and the extra
 * phrases of the policy in force. Phrases are kept per key: a rule id ({@code notice-public-records}) for a
 * rule about one topic, or the rule id, a dot and an item id ({@code notice-prohibited-content.uppvigling})
 * for a rule checked item by item. The same keys are used under {@code phrases} in {@code somepolicy.yaml}.
 */
public final class NoticePhrases {

    private static final String RESOURCE = "/io/github/somepolicy/rule/notice-phrases.yaml";
    private static final int SHOWN_SWEDISH = 2;
    private static final int SHOWN_ENGLISH = 1;

    private static volatile NoticePhrases builtIn;

    private final Map<String, Languages> byKey;
    private final Map<String, List<String>> items;

    /**
     * The phrases of one key in each language.
     *
     * @param sv the Swedish phrases, most typical first
     * @param en the English phrases, most typical first
     */
    public record Languages(List<String> sv, List<String> en) {
        public Languages {
            sv = List.copyOf(sv);
            en = List.copyOf(en);
        }

        /** Every phrase, Swedish first. */
        public List<String> all() {
            List<String> all = new ArrayList<>(sv);
            all.addAll(en);
            return all;
        }
    }

    private NoticePhrases(Map<String, Languages> byKey, Map<String, List<String>> items) {
        this.byKey = Collections.unmodifiableMap(byKey);
        this.items = Collections.unmodifiableMap(items);
    }

    /** The phrases shipped with the plugin, read once per class loader. */
    public static NoticePhrases builtIn() {
        NoticePhrases phrases = builtIn;
        if (phrases == null) {
            synchronized (NoticePhrases.class) {
                phrases = builtIn;
                if (phrases == null) {
                    phrases = read();
                    builtIn = phrases;
                }
            }
        }
        return phrases;
    }

    /** The key of an item's phrases: the rule id, a dot and the item id. */
    public static String key(String ruleId, String item) {
        return ruleId + "." + item;
    }

    /** The item ids of a rule checked item by item, in the file's order; empty for a rule about one topic. */
    public List<String> items(String ruleId) {
        return items.getOrDefault(ruleId, List.of());
    }

    /** Every key with built-in phrases (or none, for rules whose phrases only the policy adds). */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** The built-in phrases of a key. */
    public Optional<Languages> builtIn(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The built-in phrases of a key followed by the extra phrases the policy in force gives it. */
    public List<String> phrases(String key, RunSettings settings) {
        List<String> all = new ArrayList<>(builtIn(key).map(Languages::all).orElse(List.of()));
        all.addAll(settings.phrases().getOrDefault(key, List.of()));
        return all;
    }

    /**
     * A few of the phrases of a key, quoted and separated by commas for a message: the first Swedish and
     * English ones, then the policy's own when there are no built-in ones, and {@code …} when there are more.
     * Phrases that read the same without their wildcards are shown once.
     */
    public String lookedFor(String key, RunSettings settings) {
        Languages languages = builtIn(key).orElse(new Languages(List.of(), List.of()));
        List<String> extra = settings.phrases().getOrDefault(key, List.of());
        Set<String> all = new LinkedHashSet<>();
        List<String> shown = new ArrayList<>();
        pick(languages.sv(), SHOWN_SWEDISH, shown, all);
        pick(languages.en(), SHOWN_ENGLISH, shown, all);
        pick(extra, shown.isEmpty() ? SHOWN_SWEDISH + SHOWN_ENGLISH : 0, shown, all);
        return quoted(shown, all.size() > shown.size());
    }

    /** Adds up to {@code limit} phrases that read differently to those shown; every reading goes to all. */
    private static void pick(List<String> phrases, int limit, List<String> shown, Set<String> all) {
        int taken = 0;
        for (String phrase : phrases) {
            String reading = Phrases.display(phrase).toLowerCase(Locale.ROOT);
            if (reading.isEmpty() || !all.add(reading)) {
                continue;
            }
            if (taken < limit) {
                shown.add(phrase);
                taken++;
            }
        }
    }

    /** Phrases quoted and separated by commas, with {@code …} at the end when there are more. */
    static String quoted(List<String> phrases, boolean more) {
        List<String> parts = new ArrayList<>();
        for (String phrase : phrases) {
            String shown = Phrases.display(phrase);
            if (!shown.isEmpty()) {
                parts.add("\"" + shown + "\"");
            }
        }
        if (more) {
            parts.add("…");
        }
        return String.join(", ", parts);
    }

    private static NoticePhrases read() {
        byte[] bytes;
        try (InputStream in = NoticePhrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("notice phrases missing from the plugin: " + RESOURCE);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult loaded = new YamlLoader(Limits.DEFAULT).load("notice-phrases.yaml", bytes);
        Node.Mapping root = loaded.root()
                .orElseThrow(() -> new IllegalStateException("notice phrases unreadable: " + loaded.problems()));
        Map<String, Languages> byKey = new LinkedHashMap<>();
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (Node.Entry rule : root.entries()) {
            if (!(rule.value() instanceof Node.Mapping topic)) {
                throw new IllegalStateException("notice phrases: " + rule.key() + " is not a mapping");
            }
            Optional<Node> itemNode = topic.get("items");
            if (itemNode.isPresent() && itemNode.get() instanceof Node.Mapping itemMap) {
                List<String> ids = new ArrayList<>();
                for (Node.Entry item : itemMap.entries()) {
                    ids.add(item.key());
                    byKey.put(key(rule.key(), item.key()), languages(item.value()));
                }
                items.put(rule.key(), List.copyOf(ids));
            } else {
                byKey.put(rule.key(), languages(topic));
            }
        }
        return new NoticePhrases(byKey, items);
    }

    private static Languages languages(Node node) {
        return new Languages(texts(node, "/sv"), texts(node, "/en"));
    }

    private static List<String> texts(Node node, String pointer) {
        List<String> values = new ArrayList<>();
        node.at(pointer).ifPresent(list -> {
            if (list instanceof Node.Sequence sequence) {
                sequence.items().forEach(item -> item.text().ifPresent(values::add));
            }
        });
        return values;
    }
}
