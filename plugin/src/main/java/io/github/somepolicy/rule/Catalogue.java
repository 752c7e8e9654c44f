package io.github.somepolicy.rule;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.JavaValues;
import io.github.somepolicy.model.Location;
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
import java.util.function.Function;

/**
 * The catalogue of every built-in rule, read from the files under {@code rule/catalogue/} (one per area),
 * the one place rule metadata lives. It also lists the requirements no rule can check, with the reason.
 */
public final class Catalogue {

    private static final String RESOURCES = "/io/github/somepolicy/rule/catalogue/";

    /** The areas of the catalogue, one file each, in the order rules are listed (from its index). */
    public static final List<String> AREAS = CatalogueIndex.BUILT_IN.areaIds();

    /** The built-in profiles shipped with the catalogue, in the order they are listed (from its index). */
    public static final List<String> PROFILES = CatalogueIndex.BUILT_IN.profileIds();

    /** The review areas a rule may belong to: whose review a change to what it checks needs. */
    public static final List<String> REVIEW_AREAS = List.of("communications", "archivist", "data-protection");

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

    /** The rules the {@code baseline} profile has off, by the catalogue's word, in catalogue order. */
    public List<String> offInBaseline() {
        return rules.values().stream()
                .filter(rule -> !rule.baseline().on())
                .map(RuleMetadata::id)
                .toList();
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
            List<EntryProblem> problems = new ArrayList<>();
            for (RuleMetadata rule : rules(root, RuleMetadata::builtInHelpUri, problems)) {
                if (rules.put(rule.id(), rule) != null) {
                    throw new IllegalStateException("duplicate rule id in the catalogue: " + rule.id());
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("catalogue " + area + " is malformed: " + problems);
            }
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

    /**
     * What is wrong with one entry of a catalogue file: a field that is missing or has a value the
     * catalogue does not accept.
     *
     * @param location the entry, or the field's value
     * @param field the field's name
     * @param value the value given, empty when the field is missing
     */
    public record EntryProblem(Location location, String field, String value) {}

    /**
     * The rules of a catalogue file in the built-in format: a mapping with a list under {@code rules}.
     * Entries that are malformed are left out and described in the problems.
     *
     * @param root the file's root mapping
     * @param defaultHelpUri the documentation page of a rule that names none, by rule id; {@code null}
     *     from it makes {@code helpUri} a required field
     * @param problems receives what is wrong with the entries
     */
    public static List<RuleMetadata> rules(
            Node.Mapping root, Function<String, String> defaultHelpUri, List<EntryProblem> problems) {
        List<RuleMetadata> rules = new ArrayList<>();
        Optional<Node> list = root.get("rules");
        if (list.isEmpty() || !(list.get() instanceof Node.Sequence sequence)) {
            problems.add(new EntryProblem(list.map(Node::location).orElse(root.location()), "rules", ""));
            return rules;
        }
        for (Node item : sequence.items()) {
            RuleMetadata rule = rule(item, defaultHelpUri, problems);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
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
    private static RuleMetadata rule(Node item, Function<String, String> defaultHelpUri, List<EntryProblem> problems) {
        if (!(item instanceof Node.Mapping)) {
            problems.add(new EntryProblem(item.location(), "id", ""));
            return null;
        }
        int before = problems.size();
        String id = field(item, "id", problems).orElse("");
        if (!id.isEmpty() && !RuleMetadata.isValidId(id)) {
            problems.add(new EntryProblem(valueLocation(item, "id"), "id", id));
        }
        String check = field(item, "check", problems).orElse("");
        String severityId = field(item, "severity", problems).orElse("");
        Optional<Severity> severity = Severity.fromId(severityId);
        if (!severityId.isEmpty() && severity.isEmpty()) {
            problems.add(new EntryProblem(valueLocation(item, "severity"), "severity", severityId));
        }
        Baseline baseline = Baseline.ON;
        Optional<String> baselineId = item.at("/baseline").flatMap(Node::text);
        if (baselineId.isPresent()) {
            Optional<Baseline> stated = Baseline.fromId(baselineId.get());
            if (stated.isEmpty() || stated.get() == Baseline.ON) {
                problems.add(new EntryProblem(valueLocation(item, "baseline"), "baseline", baselineId.get()));
            } else {
                baseline = stated.get();
            }
        }
        String area = field(item, "area", problems).orElse("");
        if (!area.isEmpty() && !REVIEW_AREAS.contains(area)) {
            problems.add(new EntryProblem(valueLocation(item, "area"), "area", area));
        }
        Set<FileKind> appliesTo = appliesTo(item, problems);
        Optional<String> help = item.at("/helpUri").flatMap(Node::text);
        if (help.isEmpty() && defaultHelpUri.apply(id) == null) {
            problems.add(new EntryProblem(item.location(), "helpUri", ""));
        } else if (help.isPresent() && !help.get().matches("https?://\\S+")) {
            problems.add(new EntryProblem(valueLocation(item, "helpUri"), "helpUri", help.get()));
        }
        Map<String, Map<String, Object>> parameters = new LinkedHashMap<>();
        Optional<Node> parameterNode = item.at("/parameters");
        if (parameterNode.isPresent()) {
            if (parameterNode.get() instanceof Node.Mapping mapping
                    && mapping.entries().stream().allMatch(e -> e.value() instanceof Node.Mapping)) {
                ((Map<String, Object>) JavaValues.of(mapping))
                        .forEach((name, schema) -> parameters.put(name, (Map<String, Object>) schema));
            } else {
                problems.add(new EntryProblem(parameterNode.get().location(), "parameters", ""));
            }
        }
        List<Source> sources = sources(item);
        if (sources.isEmpty()
                || sources.stream().anyMatch(source -> source.document().isBlank())) {
            problems.add(new EntryProblem(valueLocation(item, "sources"), "sources", ""));
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleMetadata(
                id,
                check,
                appliesTo,
                severity.get(),
                area,
                texts(item, "requirements"),
                sources,
                parameters,
                item.at("/visitorContent")
                        .flatMap(Node::text)
                        .filter("true"::equals)
                        .isPresent(),
                help.orElseGet(() -> defaultHelpUri.apply(id)),
                Map.of(),
                baseline);
    }

    private static Optional<String> field(Node item, String key, List<EntryProblem> problems) {
        Optional<String> value = item.at("/" + key).flatMap(Node::text).filter(text -> !text.isBlank());
        if (value.isEmpty()) {
            problems.add(new EntryProblem(item.location(), key, ""));
        }
        return value;
    }

    private static Location valueLocation(Node item, String key) {
        return item.at("/" + key).map(Node::location).orElse(item.location());
    }

    private static Set<FileKind> appliesTo(Node item, List<EntryProblem> problems) {
        Optional<String> value = item.at("/appliesTo").flatMap(Node::text);
        if (value.isEmpty()) {
            return EnumSet.noneOf(FileKind.class);
        }
        if (value.get().equals("any")) {
            return EnumSet.allOf(FileKind.class);
        }
        Optional<FileKind> kind = FileKind.fromId(value.get());
        if (kind.isEmpty()) {
            problems.add(new EntryProblem(valueLocation(item, "appliesTo"), "appliesTo", value.get()));
            return EnumSet.noneOf(FileKind.class);
        }
        return EnumSet.of(kind.get());
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
