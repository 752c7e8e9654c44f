package io.github.somepolicy.rule;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.JavaValues;
import io.github.somepolicy.model.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of every built-in rule, read from the files under {@code rule/catalogue/} (one per area),
 * the one place rule metadata lives. It also lists the requirements no rule can check, with the reason.
 */
public final class Catalogue {

    private static final String RESOURCES = "/io/github/somepolicy/rule/catalogue/";

    /** The areas of the catalogue, one file each, in the order rules are listed. */
    public static final List<String> AREAS =
            List.of("format", "ownership", "moderation", "notice", "records", "privacy");

    private static volatile Catalogue builtIn;

    private final Map<String, RuleMetadata> rules;
    private final Map<String, Exclusion> exclusions;

    private Catalogue(Map<String, RuleMetadata> rules, Map<String, Exclusion> exclusions) {
        this.rules = Collections.unmodifiableMap(rules);
        this.exclusions = Collections.unmodifiableMap(exclusions);
    }

    /**
     * A requirement that no rule checks statically, and why.
     *
     * @param requirement the requirement number, such as {@code R-52}
     * @param coveredBy rules that cover part of it, if any
     * @param reasonEn why it is not (fully) checked, in English
     * @param reasonSv the same in Swedish
     */
    public record Exclusion(String requirement, List<String> coveredBy, String reasonEn, String reasonSv) {
        public Exclusion {
            coveredBy = List.copyOf(coveredBy);
        }
    }

    /** The requirements no rule checks fully, by number. */
    public Map<String, Exclusion> exclusions() {
        return exclusions;
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

    /**
     * This catalogue with more rules after its own, such as the configuration's custom rules.
     *
     * @throws IllegalArgumentException when an added rule reuses an id
     */
    public Catalogue with(List<RuleMetadata> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, RuleMetadata> all = new LinkedHashMap<>(rules);
        for (RuleMetadata rule : more) {
            if (all.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("rule id already in use: " + rule.id());
            }
        }
        return new Catalogue(all, exclusions);
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
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        Map<String, Exclusion> exclusions = new LinkedHashMap<>();
        for (String area : AREAS) {
            Node.Mapping root = load(area + ".yaml");
            root.get("rules").ifPresent(list -> {
                for (Node item : ((Node.Sequence) list).items()) {
                    RuleMetadata rule = rule(item);
                    if (rules.put(rule.id(), rule) != null) {
                        throw new IllegalStateException("duplicate rule id in the catalogue: " + rule.id());
                    }
                }
            });
            root.get("notStaticallyCheckable").ifPresent(list -> {
                for (Node item : ((Node.Sequence) list).items()) {
                    Exclusion exclusion = new Exclusion(
                            required(item, "requirement"),
                            texts(item, "coveredBy"),
                            required(item, "reasonEn"),
                            required(item, "reasonSv"));
                    exclusions.put(exclusion.requirement(), exclusion);
                }
            });
        }
        return new Catalogue(rules, exclusions);
    }

    private static Node.Mapping load(String file) {
        byte[] bytes;
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("catalogue file missing from the plugin: " + file);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult loaded = new YamlLoader(Limits.DEFAULT).load(file, bytes);
        return loaded.root().orElseThrow(() -> new IllegalStateException("catalogue unreadable: " + loaded.problems()));
    }

    @SuppressWarnings("unchecked")
    private static RuleMetadata rule(Node item) {
        Map<String, Map<String, Object>> parameters = new LinkedHashMap<>();
        item.at("/parameters").ifPresent(node -> ((Map<String, Object>) JavaValues.of(node))
                .forEach((name, schema) -> parameters.put(name, (Map<String, Object>) schema)));
        return new RuleMetadata(
                required(item, "id"),
                required(item, "check"),
                appliesTo(item),
                Severity.fromId(required(item, "severity")).orElseThrow(),
                required(item, "area"),
                texts(item, "requirements"),
                sources(item),
                parameters,
                item.at("/visitorContent")
                        .flatMap(Node::text)
                        .filter("true"::equals)
                        .isPresent());
    }

    private static Set<FileKind> appliesTo(Node item) {
        Optional<String> value = item.at("/appliesTo").flatMap(Node::text);
        if (value.isEmpty()) {
            return EnumSet.noneOf(FileKind.class);
        }
        if (value.get().equals("any")) {
            return EnumSet.allOf(FileKind.class);
        }
        return EnumSet.of(FileKind.fromId(value.get())
                .orElseThrow(() -> new IllegalStateException("unknown file kind in the catalogue: " + value.get())));
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
