package io.github.somepolicy.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the schemas the plugin ships with editor help: next to every {@code description} a
 * {@code markdownDescription} of the same text, which the YAML language server and VS Code show rendered
 * (code spans, paragraphs) instead of the plain description. The schemas in {@code schemas/} hold only
 * the description; the build runs this on them after they are copied into the plugin's classes.
 *
 * <p>Usage: {@code EditorHelp <source folder> <target folder>}.
 */
public final class EditorHelp {

    static final String DESCRIPTION = "description";
    static final String MARKDOWN = "markdownDescription";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EditorHelp() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EditorHelp <source folder> <target folder>");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> schemas;
        try (Stream<Path> files = Files.list(source)) {
            schemas = files.filter(file -> file.getFileName().toString().endsWith(".schema.json"))
                    .sorted()
                    .toList();
        }
        for (Path schema : schemas) {
            String text = Files.readString(schema, StandardCharsets.UTF_8);
            Files.writeString(target.resolve(schema.getFileName().toString()), withHelp(text), StandardCharsets.UTF_8);
        }
    }

    /** A schema's text with a {@code markdownDescription} after each text {@code description}. */
    static String withHelp(String schema) {
        JsonNode tree = JSON.readTree(schema);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(withHelp(tree)) + "\n";
    }

    private static JsonNode withHelp(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                copy.set(property.getKey(), withHelp(property.getValue()));
                if (property.getKey().equals(DESCRIPTION) && property.getValue().isString() && !object.has(MARKDOWN)) {
                    copy.set(MARKDOWN, property.getValue());
                }
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> copy.add(withHelp(item)));
            return copy;
        }
        return node;
    }
}
