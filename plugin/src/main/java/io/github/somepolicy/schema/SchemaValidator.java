package io.github.somepolicy.schema;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.JsonPointers;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Remembered;
import io.github.somepolicy.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Validates documents against the JSON Schemas packaged in the plugin and maps every error back to the
 * YAML node it is about: the key for a missing or unknown property, the value for a wrong value. Each
 * problem gives one message; failed {@code oneOf}/{@code anyOf} alternatives are reduced to the one the
 * value was evidently meant to be.
 *
 * <p>Schemas are compiled once per instance; an instance is safe to share between threads.
 */
public final class SchemaValidator {

    /** The rule id of schema errors. */
    public static final String RULE = "schema";

    /** The base URI of the published schemas. */
    public static final String BASE_URI = "https://somepolicy.github.io/schemas/v1/";

    private static final List<String> SCHEMA_FILES =
            List.of("common.schema.json", "organisation.schema.json", "account.schema.json", "policy.schema.json");

    /**
     * Keys that earlier versions read in one file and now read in another, by {@code kind:pointer}: an
     * unknown key there says where it went instead of listing what is allowed.
     */
    private static final Map<String, String> MOVED = Map.of("organisation:/reviewers", "somepolicy.yaml");

    /**
     * The formats whose verdict on a value is kept: the same e-mail addresses, dates and web addresses
     * recur across a municipality's accounts, and checking an e-mail address costs more than the rest of
     * an account's schema check.
     */
    static final List<String> REMEMBERED_FORMATS = List.of("email", "date", "uri");

    private final Map<FileKind, Schema> schemas = new EnumMap<>(FileKind.class);
    private final List<RememberedFormat> remembered = new ArrayList<>();
    private final Map<String, JsonNode> rawSchemas = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Schema> fragments = new java.util.concurrent.ConcurrentHashMap<>();
    private final SchemaRegistry registry;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Loads and compiles the packaged schemas. */
    public SchemaValidator() {
        ObjectMapper mapper = new ObjectMapper();
        for (String file : SCHEMA_FILES) {
            try (InputStream in = SchemaValidator.class.getResourceAsStream("/schemas/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("schema missing from the plugin: " + file);
                }
                rawSchemas.put(BASE_URI + file, mapper.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // The schemas carry editor help (markdownDescription) that is an annotation, not an assertion.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(new AnnotationKeyword("markdownDescription"))
                .formats(formats -> REMEMBERED_FORMATS.forEach(name -> formats.computeIfPresent(name, (key, format) -> {
                    RememberedFormat kept = new RememberedFormat(format);
                    remembered.add(kept);
                    return kept;
                })))
                .build();
        registry = SchemaRegistry.withDefaultDialect(
                dialect, builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .locale(Locale.ENGLISH)
                                .pathType(PathType.JSON_POINTER)
                                .formatAssertionsEnabled(true)
                                .build())
                        .schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE_URI, "classpath:schemas/")));
        for (FileKind kind : FileKind.values()) {
            Schema schema = registry.getSchema(SchemaLocation.of(BASE_URI + kind.schemaFile()));
            schema.initializeValidators();
            schemas.put(kind, schema);
        }
    }

    /**
     * Validates a mapping against a schema fragment given as plain Java values, such as the parameters
     * of a rule against the catalogue's declaration of them. Errors are placed like a document's.
     *
     * @param key identifies the fragment, so that it is compiled once
     */
    public List<Violation> validateFragment(String key, Map<String, Object> schema, String file, Node.Mapping node) {
        Schema compiled = fragments.computeIfAbsent(key, k -> {
            String id = BASE_URI + "fragments/" + k.replaceAll("[^A-Za-z0-9-]", "-") + ".json";
            Map<String, Object> withId = new LinkedHashMap<>(schema);
            withId.put("$id", id);
            JsonNode tree = mapper.valueToTree(withId);
            rawSchemas.put(id, tree);
            Schema fragment = registry.getSchema(SchemaLocation.of(id), tree);
            fragment.initializeValidators();
            return fragment;
        });
        return toViolations(compiled.validate(JsonTree.of(node)), file, node);
    }

    /** How many formats keep their verdicts, and how many values' verdicts they keep in all. */
    int[] formatVerdicts() {
        return new int[] {
            remembered.size(),
            remembered.stream().mapToInt(RememberedFormat::kept).sum()
        };
    }

    /** Validates a document's tree against the schema of its kind. */
    public List<Violation> validate(FileKind kind, String file, Node.Mapping root) {
        return toViolations(schemas.get(kind).validate(JsonTree.of(root)), file, root);
    }

    private List<Violation> toViolations(List<Error> errors, String file, Node.Mapping root) {
        if (errors.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Error error : reduceAlternatives(errors, root)) {
            Violation violation = toViolation(file, root, error);
            if (seen.add(violation.location().start() + violation.message().toString())) {
                violations.add(violation);
            }
        }
        return violations;
    }

    /**
     * Keeps, for each failed {@code oneOf}/{@code anyOf}, only the errors of the alternative whose type
     * matches the value, or the alternative error itself when none does.
     */
    private List<Error> reduceAlternatives(List<Error> errors, Node.Mapping root) {
        List<Error> alternatives = new ArrayList<>();
        for (Error error : errors) {
            if (isAlternative(error.getKeyword())) {
                alternatives.add(error);
            }
        }
        if (alternatives.isEmpty()) {
            return errors;
        }
        List<Error> kept = new ArrayList<>();
        for (Error error : errors) {
            if (isAlternative(error.getKeyword())) {
                continue;
            }
            if (insideAlternative(error, alternatives).isEmpty()) {
                kept.add(error);
            }
        }
        for (Error alternative : alternatives) {
            String prefix = alternative.getEvaluationPath().toString();
            Map<String, List<Error>> byBranch = new LinkedHashMap<>();
            for (Error error : errors) {
                String path = error.getEvaluationPath().toString();
                if (error != alternative && path.startsWith(prefix + "/") && within(error, alternative)) {
                    String branch = path.substring(prefix.length() + 1).split("/", 2)[0];
                    byBranch.computeIfAbsent(branch, b -> new ArrayList<>()).add(error);
                }
            }
            List<Error> chosen = null;
            for (List<Error> branchErrors : byBranch.values()) {
                boolean typeMismatchHere = branchErrors.stream()
                        .anyMatch(e -> e.getKeyword().equals("type")
                                && e.getInstanceLocation().equals(alternative.getInstanceLocation()));
                if (!typeMismatchHere) {
                    chosen = branchErrors;
                    break;
                }
            }
            if (chosen != null) {
                kept.addAll(chosen);
            } else {
                kept.add(alternative);
            }
        }
        return kept;
    }

    private static Optional<Error> insideAlternative(Error error, List<Error> alternatives) {
        String path = error.getEvaluationPath().toString();
        for (Error alternative : alternatives) {
            if (path.startsWith(alternative.getEvaluationPath().toString() + "/") && within(error, alternative)) {
                return Optional.of(alternative);
            }
        }
        return Optional.empty();
    }

    /** Whether an error is about the alternative's value or a value inside it. */
    private static boolean within(Error error, Error alternative) {
        String inner = pointerOf(error.getInstanceLocation());
        String outer = pointerOf(alternative.getInstanceLocation());
        return inner.equals(outer) || inner.startsWith(outer + "/");
    }

    private static boolean isAlternative(String keyword) {
        return keyword.equals("oneOf") || keyword.equals("anyOf");
    }

    private Violation toViolation(String file, Node.Mapping root, Error error) {
        String pointer = pointerOf(error.getInstanceLocation());
        Node node = root.at(pointer).orElse(root);
        String keyword = error.getKeyword();
        String property = error.getProperty();
        Location at = node.location();
        Message message;
        switch (keyword) {
            case "required" -> {
                at = keyLocation(root, pointer).orElse(node.location());
                message = pointer.isEmpty()
                        ? Message.of("schema.required.root", property)
                        : Message.of("schema.required", property, lastToken(pointer));
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                String unknown = property != null ? property : "";
                Optional<Node.Entry> entry =
                        node instanceof Node.Mapping mapping ? mapping.entry(unknown) : Optional.empty();
                at = entry.map(Node.Entry::keyLocation).orElse(node.location());
                List<String> allowed = allowedProperties(error);
                Optional<String> suggestion = Suggestions.closest(unknown, allowed);
                String movedTo = MOVED.get(
                        root.get("kind").flatMap(Node::text).orElse("") + ":" + JsonPointers.append(pointer, unknown));
                message = movedTo != null
                        ? Message.of("schema.moved-key", unknown, movedTo)
                        : suggestion.isPresent()
                                ? Message.of("schema.unknown-key.suggest", unknown, suggestion.get())
                                : Message.of("schema.unknown-key", unknown, String.join(", ", allowed));
            }
            case "type" -> message = Message.of("schema.type", describe(node), expectedType(error.getSchemaNode()));
            case "enum" -> {
                List<String> values = enumValues(error.getSchemaNode());
                String actual = node.text().orElse("");
                Optional<String> suggestion = Suggestions.closest(actual, values);
                message = suggestion.isPresent()
                        ? Message.of("schema.enum.suggest", actual, suggestion.get())
                        : Message.of("schema.enum", actual, String.join(", ", values));
            }
            case "const" ->
                message = Message.of(
                        "schema.const",
                        lastToken(pointer),
                        constValue(error.getSchemaNode()),
                        node.text().orElse(""));
            case "format" ->
                message = Message.of(
                        "schema.format." + formatName(error), node.text().orElse(""));
            case "pattern" -> {
                String example = describePattern(error);
                message = example.isEmpty()
                        ? Message.of(
                                "schema.pattern",
                                lastToken(pointer),
                                node.text().orElse(""))
                        : Message.of(
                                "schema.pattern.example",
                                lastToken(pointer),
                                node.text().orElse(""),
                                example);
            }
            case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" ->
                message = Message.of("schema." + keyword, node.text().orElse(""), schemaValue(error.getSchemaNode()));
            case "minLength" -> message = Message.of("schema.minLength", lastToken(pointer));
            case "maxLength" ->
                message = Message.of("schema.maxLength", lastToken(pointer), schemaValue(error.getSchemaNode()));
            case "minItems" ->
                message = Message.of("schema.minItems", lastToken(pointer), schemaValue(error.getSchemaNode()));
            case "maxItems" ->
                message = Message.of("schema.maxItems", lastToken(pointer), schemaValue(error.getSchemaNode()));
            case "uniqueItems" -> message = Message.of("schema.uniqueItems", lastToken(pointer));
            case "propertyNames" -> {
                String name = property != null ? property : "";
                Optional<Node.Entry> entry =
                        node instanceof Node.Mapping mapping ? mapping.entry(name) : Optional.empty();
                at = entry.map(Node.Entry::keyLocation).orElse(node.location());
                message = Message.of("schema.propertyNames", name);
            }
            case "minProperties" -> message = Message.of("schema.minProperties", lastToken(pointer));
            case "oneOf", "anyOf" -> message = Message.of("schema.alternatives", lastToken(pointer), describe(node));
            default -> message = Message.of("schema.other", keyword, error.getMessage());
        }
        return new Violation(RULE, at.withPointer(pointer), List.of(), message);
    }

    private static String pointerOf(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append(
                    element instanceof Integer index
                            ? JsonPointers.append("", index)
                            : JsonPointers.append("", String.valueOf(element)));
        }
        return pointer.toString();
    }

    /** For a missing key: point at the key that holds the incomplete mapping, which is what an editor shows. */
    private static Optional<Location> keyLocation(Node.Mapping root, String pointer) {
        if (pointer.isEmpty()) {
            return root.entries().isEmpty()
                    ? Optional.empty()
                    : Optional.of(root.entries().get(0).keyLocation());
        }
        int slash = pointer.lastIndexOf('/');
        String parentPointer = pointer.substring(0, slash);
        String token = JsonPointers.unescape(pointer.substring(slash + 1));
        Optional<Node> parent = root.at(parentPointer);
        if (parent.isPresent() && parent.get() instanceof Node.Mapping mapping) {
            return mapping.entry(token).map(Node.Entry::keyLocation);
        }
        return Optional.empty();
    }

    private static String lastToken(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        return JsonPointers.unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private static String describe(Node node) {
        if (node instanceof Node.Mapping) {
            return "term.mapping";
        }
        if (node instanceof Node.Sequence) {
            return "term.list";
        }
        return switch (((Node.Scalar) node).type()) {
            case NULL -> "term.empty";
            case BOOLEAN -> "term.boolean";
            case INTEGER, DECIMAL -> "term.number";
            case STRING -> "term.text";
        };
    }

    private static String expectedType(JsonNode typeNode) {
        List<String> names = new ArrayList<>();
        if (typeNode != null && typeNode.isArray()) {
            typeNode.forEach(t -> names.add(typeName(t.asString())));
        } else if (typeNode != null) {
            names.add(typeName(typeNode.asString()));
        }
        return names.isEmpty() ? "" : names.get(0);
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "object" -> "term.mapping";
            case "array" -> "term.list";
            case "string" -> "term.text";
            case "integer" -> "term.integer";
            case "number" -> "term.number";
            case "boolean" -> "term.boolean";
            case "null" -> "term.empty";
            default -> jsonType;
        };
    }

    private static List<String> enumValues(JsonNode enumNode) {
        List<String> values = new ArrayList<>();
        if (enumNode != null && enumNode.isArray()) {
            enumNode.forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    private static String constValue(JsonNode node) {
        return node == null ? "" : node.asString();
    }

    private static String schemaValue(JsonNode node) {
        return node == null ? "" : node.asString();
    }

    private static String formatName(Error error) {
        JsonNode format = error.getSchemaNode();
        String name = format == null ? "" : format.asString();
        return switch (name) {
            case "date", "email", "uri" -> name;
            default -> "other";
        };
    }

    /** The human-readable form of a pattern: the schema's own description of the value. */
    private String describePattern(Error error) {
        return parentSchema(error)
                .map(parent -> parent.path("examples").path(0).asString(""))
                .filter(s -> !s.isEmpty())
                .orElse("");
    }

    private List<String> allowedProperties(Error error) {
        List<String> names = new ArrayList<>();
        parentSchema(error).ifPresent(parent -> {
            Iterator<String> it = parent.path("properties").propertyNames().iterator();
            while (it.hasNext()) {
                names.add(it.next());
            }
        });
        return names;
    }

    /** The schema object that holds the failed keyword, read from the raw schema files. */
    private Optional<JsonNode> parentSchema(Error error) {
        SchemaLocation location = error.getSchemaLocation();
        if (location == null || location.getAbsoluteIri() == null) {
            return Optional.empty();
        }
        JsonNode node = rawSchemas.get(location.getAbsoluteIri().toString());
        if (node == null) {
            return Optional.empty();
        }
        NodePath fragment = location.getFragment();
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        return Optional.ofNullable(node);
    }

    /**
     * A string format that keeps its verdict on each value, up to a bound: the verdict depends on the value
     * alone, so a value met again gets the verdict it got. Safe to use from several threads.
     */
    static final class RememberedFormat implements Format {

        /** How many values' verdicts a format keeps. */
        static final int BOUND = 16_384;

        private final Format format;
        private final Remembered<String, Boolean> verdicts = new Remembered<>(BOUND);

        RememberedFormat(Format format) {
            this.format = format;
        }

        @Override
        public String getName() {
            return format.getName();
        }

        @Override
        public String getMessageKey() {
            return format.getMessageKey();
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return verdicts.get(value, text -> format.matches(context, text));
        }

        /** How many values' verdicts are kept. */
        int kept() {
            return verdicts.size();
        }
    }
}
