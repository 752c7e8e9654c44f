package io.github.somepolicy.rule;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.FileKind;
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

/** The catalogue of every built-in rule, read from {@code catalogue.yaml}, the one place rule metadata lives. */
public final class Catalogue {

    private static final String RESOURCE = "/io/github/somepolicy/rule/catalogue.yaml";
    private static volatile Catalogue builtIn;

    private final Map<String, RuleMetadata> rules;

    private Catalogue(Map<String, RuleMetadata> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** The built-in catalogue, read once per class loader. */
    public static Catalogue builtIn() {
        Catalogue catalogue = builtIn;
        if (catalogue == null) {
            synchronized (Catalogue.class) {
                catalogue = builtIn;
                if (catalogue == null) {
                    catalogue = read();
                    builtIn = catalogue;
                }
            }
        }
        return catalogue;
    }

    /** Every rule, in catalogue order. */
    public List<RuleMetadata> rules() {
        return List.copyOf(rules.values());
    }

    /** A rule by id. */
    public Optional<RuleMetadata> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    private static Catalogue read() {
        byte[] bytes;
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue missing from the plugin");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult loaded = new YamlLoader(Limits.DEFAULT).load("catalogue.yaml", bytes);
        Node.Mapping root = loaded.root()
                .orElseThrow(() -> new IllegalStateException("catalogue unreadable: " + loaded.problems()));
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        Node.Sequence list = (Node.Sequence) root.get("rules").orElseThrow();
        for (Node item : list.items()) {
            RuleMetadata rule = new RuleMetadata(
                    required(item, "id"),
                    required(item, "check"),
                    item.at("/appliesTo").flatMap(Node::text).flatMap(FileKind::fromId),
                    Severity.fromId(required(item, "severity")).orElseThrow(),
                    required(item, "area"),
                    texts(item, "requirements"),
                    sources(item));
            if (rules.put(rule.id(), rule) != null) {
                throw new IllegalStateException("duplicate rule id in the catalogue: " + rule.id());
            }
        }
        return new Catalogue(rules);
    }

    private static String required(Node item, String key) {
        return item.at("/" + key)
                .flatMap(Node::text)
                .orElseThrow(
                        () -> new IllegalStateException("catalogue entry without " + key + ": " + item.location()));
    }

    private static List<String> texts(Node item, String key) {
        List<String> values = new ArrayList<>();
        item.at("/" + key).ifPresent(node -> {
            if (node instanceof Node.Sequence sequence) {
                sequence.items().forEach(v -> v.text().ifPresent(values::add));
            }
        });
        return values;
    }

    private static List<Source> sources(Node item) {
        List<Source> sources = new ArrayList<>();
        item.at("/sources").ifPresent(node -> {
            if (node instanceof Node.Sequence sequence) {
                for (Node source : sequence.items()) {
                    sources.add(new Source(
                            source.at("/document").flatMap(Node::text).orElse(""),
                            source.at("/section").flatMap(Node::text).orElse("")));
                }
            }
        });
        return sources;
    }
}
