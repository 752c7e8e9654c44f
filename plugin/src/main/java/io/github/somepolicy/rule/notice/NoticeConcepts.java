package io.github.somepolicy.rule.notice;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The concepts of the notice rules, read from {@code rule/notice-concepts.yaml}: per topic key (a rule id,
 * or a rule id, a dot and an item id) the patterns of each language, the context a topic needs, and
 * examples of sentences that pass and fail. Patterns are compiled once, with the same Lucene analysis the
 * notices get. Immutable once read.
 */
public final class NoticeConcepts {

    private static final String RESOURCE = "/io/github/somepolicy/rule/notice-concepts.yaml";

    private static volatile NoticeConcepts builtIn;

    private final Map<Words.Language, Words> words;
    private final Map<Words.Language, Map<String, List<String>>> groups;
    private final Map<String, Topic> topics;
    private final Map<String, Map<Words.Language, List<ConceptPattern>>> contexts;
    private final Map<String, String> exonyms;
    private final Map<String, Map<Words.Language, List<String>>> contextSources;

    /**
     * One topic.
     *
     * @param key the rule id, or the rule id, a dot and the item id
     * @param written the patterns as written, per language
     * @param patterns the patterns compiled, per language
     * @param context the name of the context the topic needs, or empty
     * @param pass example sentences that cover the topic, per language
     * @param fail example sentences that do not, per language
     */
    record Topic(
            String key,
            Map<Words.Language, List<String>> written,
            Map<Words.Language, List<ConceptPattern>> patterns,
            Optional<String> context,
            Map<Words.Language, List<String>> pass,
            Map<Words.Language, List<String>> fail) {}

    private NoticeConcepts(
            Map<Words.Language, Words> words,
            Map<Words.Language, Map<String, List<String>>> groups,
            Map<String, Topic> topics,
            Map<String, Map<Words.Language, List<ConceptPattern>>> contexts,
            Map<String, String> exonyms,
            Map<String, Map<Words.Language, List<String>>> contextSources) {
        this.exonyms = Map.copyOf(exonyms);
        this.contextSources = contextSources;
        this.words = words;
        this.groups = groups;
        this.topics = Collections.unmodifiableMap(topics);
        this.contexts = contexts;
    }

    /** The concepts shipped with the plugin, read once per class loader. */
    public static NoticeConcepts builtIn() {
        NoticeConcepts concepts = builtIn;
        if (concepts == null) {
            synchronized (NoticeConcepts.class) {
                concepts = builtIn;
                if (concepts == null) {
                    concepts = read();
                    builtIn = concepts;
                }
            }
        }
        return concepts;
    }

    /** The English name of a municipality whose English name differs from its Swedish one. */
    Optional<String> exonym(String name) {
        return Optional.ofNullable(exonyms.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The "What counts" section of a notice rule's page, generated from the concepts: per topic and
     * language the patterns accepted (word groups spelt out once per language below them), the context
     * a topic needs, and example sentences that pass and fail. Empty for a rule without concepts.
     */
    public String ruleSection(String ruleId) {
        List<Topic> own = new ArrayList<>();
        for (Topic topic : topics.values()) {
            if ((topic.key().equals(ruleId) || topic.key().startsWith(ruleId + "."))
                    && !topic.written().get(Words.Language.SV).isEmpty()) {
                own.add(topic);
            }
        }
        if (own.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("A topic counts when one heading, sentence or list item of the notice (or of the account's own"
                + " text) matches one of its patterns. Words match in any inflection (Snowball stems), `word*`"
                + " matches words that begin so, `a|b` is either word, `a+b` two words in a row, words in a"
                + " pattern come in that order with at most 3 other words between them (` /N` sets N), ` & `"
                + " joins parts that may come in any order within the sentence, `-word` means the sentence must"
                + " not hold that word, and `@group` is any entry of a word group listed below. The data is"
                + " `notice-concepts.yaml` in the plugin; `phrases` in somepolicy.yaml adds patterns under the"
                + " same keys.\n");
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (Topic topic : own) {
            out.append("\n### `").append(topic.key()).append("`\n\n");
            topic.context().ifPresent(c -> out.append("Counts only where the sentence itself, the one before it,"
                            + " the one that introduces its list or the heading above it matches the context `")
                    .append(c)
                    .append("`.\n\n"));
            out.append("| language | accepted patterns | passes | fails |\n|---|---|---|---|\n");
            for (Words.Language language : Words.Language.values()) {
                List<String> patterns = topic.written().get(language);
                addGroupsUsed(patterns, used);
                out.append("| ")
                        .append(language.id())
                        .append(" | ")
                        .append(cells(patterns, "`"))
                        .append(" | ")
                        .append(cells(topic.pass().get(language), "\""))
                        .append(" | ")
                        .append(cells(topic.fail().get(language), "\""))
                        .append(" |\n");
            }
        }
        java.util.Set<String> contextNames = new java.util.TreeSet<>();
        own.forEach(t -> t.context().ifPresent(contextNames::add));
        for (String name : contextNames) {
            out.append("\n### Context `").append(name).append("`\n\n| language | patterns |\n|---|---|\n");
            for (Words.Language language : Words.Language.values()) {
                List<String> patterns =
                        contextSources.getOrDefault(name, Map.of()).getOrDefault(language, List.of());
                addGroupsUsed(patterns, used);
                out.append("| ")
                        .append(language.id())
                        .append(" | ")
                        .append(cells(patterns, "`"))
                        .append(" |\n");
            }
        }
        if (!used.isEmpty()) {
            out.append("\n### Word groups\n\n| group | language | entries |\n|---|---|---|\n");
            for (String name : used) {
                for (Words.Language language : Words.Language.values()) {
                    List<String> entries = groups.get(language).get(name);
                    if (entries != null) {
                        out.append("| `@")
                                .append(name)
                                .append("` | ")
                                .append(language.id())
                                .append(" | ")
                                .append(cells(entries, "`"))
                                .append(" |\n");
                    }
                }
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern GROUP_NAME = java.util.regex.Pattern.compile("@([a-z-]+)");

    /** Adds the names of the word groups ({@code @name}) the patterns use. */
    private static void addGroupsUsed(List<String> patterns, java.util.Set<String> used) {
        for (String pattern : patterns) {
            java.util.regex.Matcher group = GROUP_NAME.matcher(pattern);
            while (group.find()) {
                used.add(group.group(1));
            }
        }
    }

    private static String cells(List<String> values, String quote) {
        if (values.isEmpty()) {
            return "";
        }
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            quoted.add(quote + value.replace("|", "\\|") + quote);
        }
        return String.join(", ", quoted);
    }

    /** The analysis of one language. */
    Words words(Words.Language language) {
        return words.get(language);
    }

    /** Every topic by key, in the file's order. */
    Map<String, Topic> topics() {
        return topics;
    }

    /**
     * The items of a rule that are kinds of content that must not be posted: those that count only where
     * the text says what is not allowed (the context {@code prohibition}), in the file's order.
     */
    List<String> kinds(String ruleId) {
        List<String> kinds = new ArrayList<>();
        for (Topic topic : topics.values()) {
            if (topic.key().startsWith(ruleId + ".")
                    && topic.context().filter("prohibition"::equals).isPresent()) {
                kinds.add(topic.key().substring(ruleId.length() + 1));
            }
        }
        return kinds;
    }

    Optional<Topic> topic(String key) {
        return Optional.ofNullable(topics.get(key));
    }

    /** The patterns of a context, per language. */
    Map<Words.Language, List<ConceptPattern>> context(String name) {
        return contexts.getOrDefault(name, Map.of());
    }

    /**
     * Extra patterns (the policy's {@code phrases}) compiled for one language. A pattern that names an
     * unknown word group is left out, and so is one that names nothing: the policy is checked elsewhere.
     */
    List<ConceptPattern> compile(List<String> written, Words.Language language) {
        List<ConceptPattern> compiled = new ArrayList<>();
        for (String pattern : written) {
            try {
                ConceptPattern one = ConceptPattern.compile(pattern, words.get(language), groups.get(language));
                if (!one.isEmpty()) {
                    compiled.add(one);
                }
            } catch (IllegalArgumentException e) {
                // an unknown word group: the pattern cannot match
            }
        }
        return compiled;
    }

    /** The entries of a word group of a language, for the rule pages. */
    Map<String, List<String>> groups(Words.Language language) {
        return groups.get(language);
    }

    private static NoticeConcepts read() {
        byte[] bytes;
        try (InputStream in = NoticeConcepts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("notice concepts missing from the plugin: " + RESOURCE);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult loaded = new YamlLoader(Limits.DEFAULT).load("notice-concepts.yaml", bytes);
        Node.Mapping root = loaded.root()
                .orElseThrow(() -> new IllegalStateException("notice concepts unreadable: " + loaded.problems()));
        Map<Words.Language, Words> words = new LinkedHashMap<>();
        Map<Words.Language, Map<String, List<String>>> groups = new LinkedHashMap<>();
        for (Words.Language language : Words.Language.values()) {
            words.put(language, new Words(language, texts(root, "/compoundParts/" + language.id())));
            Map<String, List<String>> byName = new LinkedHashMap<>();
            root.at("/groups/" + language.id()).ifPresent(node -> {
                if (node instanceof Node.Mapping mapping) {
                    for (Node.Entry entry : mapping.entries()) {
                        byName.put(entry.key(), texts(entry.value(), ""));
                    }
                }
            });
            groups.put(language, byName);
        }
        Map<String, Map<Words.Language, List<ConceptPattern>>> contexts = new LinkedHashMap<>();
        Map<String, Map<Words.Language, List<String>>> contextSources = new LinkedHashMap<>();
        root.at("/contexts").ifPresent(node -> {
            for (Node.Entry entry : ((Node.Mapping) node).entries()) {
                Map<Words.Language, List<ConceptPattern>> perLanguage = new LinkedHashMap<>();
                Map<Words.Language, List<String>> sources = new LinkedHashMap<>();
                contextSources.put(entry.key(), sources);
                for (Words.Language language : Words.Language.values()) {
                    sources.put(language, texts(entry.value(), "/" + language.id()));
                    perLanguage.put(
                            language,
                            compileAll(
                                    texts(entry.value(), "/" + language.id()),
                                    words.get(language),
                                    groups.get(language)));
                }
                contexts.put(entry.key(), perLanguage);
            }
        });
        Map<String, Topic> topics = new LinkedHashMap<>();
        Node.Mapping topicMap = (Node.Mapping) root.at("/topics").orElseThrow();
        for (Node.Entry entry : topicMap.entries()) {
            Map<Words.Language, List<String>> written = new LinkedHashMap<>();
            Map<Words.Language, List<ConceptPattern>> patterns = new LinkedHashMap<>();
            Map<Words.Language, List<String>> pass = new LinkedHashMap<>();
            Map<Words.Language, List<String>> fail = new LinkedHashMap<>();
            for (Words.Language language : Words.Language.values()) {
                List<String> list = texts(entry.value(), "/" + language.id());
                written.put(language, list);
                patterns.put(language, compileAll(list, words.get(language), groups.get(language)));
                pass.put(language, texts(entry.value(), "/examples/pass/" + language.id()));
                fail.put(language, texts(entry.value(), "/examples/fail/" + language.id()));
            }
            Optional<String> context = entry.value().at("/context").flatMap(Node::text);
            if (context.isPresent() && !contexts.containsKey(context.get())) {
                throw new IllegalStateException("notice concepts: unknown context " + context.get());
            }
            topics.put(entry.key(), new Topic(entry.key(), written, patterns, context, pass, fail));
        }
        Map<String, String> exonyms = new LinkedHashMap<>();
        root.at("/exonyms").ifPresent(node -> {
            if (node instanceof Node.Mapping mapping) {
                for (Node.Entry entry : mapping.entries()) {
                    entry.value().text().ifPresent(t -> exonyms.put(entry.key().toLowerCase(java.util.Locale.ROOT), t));
                }
            }
        });
        return new NoticeConcepts(words, groups, topics, contexts, exonyms, contextSources);
    }

    private static List<ConceptPattern> compileAll(
            List<String> written, Words words, Map<String, List<String>> groups) {
        List<ConceptPattern> compiled = new ArrayList<>();
        for (String pattern : written) {
            ConceptPattern one = ConceptPattern.compile(pattern, words, groups);
            if (one.isEmpty()) {
                throw new IllegalStateException("notice concepts: pattern names no word: " + pattern);
            }
            compiled.add(one);
        }
        return List.copyOf(compiled);
    }

    private static List<String> texts(Node node, String pointer) {
        List<String> values = new ArrayList<>();
        (pointer.isEmpty() ? Optional.of(node) : node.at(pointer)).ifPresent(list -> {
            if (list instanceof Node.Sequence sequence) {
                sequence.items().forEach(item -> item.text().ifPresent(values::add));
            }
        });
        return values;
    }
}
