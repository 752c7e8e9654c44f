package io.github.somepolicy.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor help is generated, not copied: the schemas in {@code schemas/} hold each text once, and the
 * schemas the plugin ships carry it again as {@code markdownDescription} for editors.
 */
class EditorHelpTest {

    private static final Path SOURCES = Path.of("../schemas");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every description and markdownDescription of a tree, in order, each as "path: text". */
    private static void texts(JsonNode node, String path, String key, List<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getKey().equals(key) && property.getValue().isString()) {
                    into.add(path + ": " + property.getValue().asString());
                }
                texts(property.getValue(), path + "/" + property.getKey(), key, into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts(node.get(i), path + "/" + i, key, into);
            }
        }
    }

    private static List<String> texts(JsonNode tree, String key) {
        List<String> texts = new ArrayList<>();
        texts(tree, "", key, texts);
        return texts;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".schema.json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theSourcesHoldEachTextOnce() throws IOException {
        for (Path source : sources()) {
            assertThat(Files.readString(source)).as(source.toString()).doesNotContain(EditorHelp.MARKDOWN);
        }
    }

    @Test
    void theGeneratedSchemaHasTheDescriptionAgainForEditorsAndNothingElseChanges() throws IOException {
        String source = """
                {"title": "T", "description": "A `code` text.",
                 "properties": {"description": {"type": "string", "description": "The field."}},
                 "examples": [{"x": 1}]}
                """;
        JsonNode generated = JSON.readTree(EditorHelp.withHelp(source));
        assertThat(texts(generated, EditorHelp.MARKDOWN))
                .containsExactly(": A `code` text.", "/properties/description: The field.");
        ((tools.jackson.databind.node.ObjectNode) generated).remove(EditorHelp.MARKDOWN);
        ((tools.jackson.databind.node.ObjectNode) generated.get("properties").get("description"))
                .remove(EditorHelp.MARKDOWN);
        assertThat(generated).isEqualTo(JSON.readTree(source));
    }

    @Test
    void theShippedSchemasCarryTheEditorHelpTheBuildGenerated() throws IOException {
        for (Path source : sources()) {
            String name = source.getFileName().toString();
            try (InputStream in = EditorHelpTest.class.getResourceAsStream("/schemas/" + name)) {
                assertThat(in).as(name + " is shipped").isNotNull();
                JsonNode shipped = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                List<String> descriptions = texts(shipped, EditorHelp.DESCRIPTION);
                assertThat(descriptions).as(name).isNotEmpty();
                assertThat(texts(shipped, EditorHelp.MARKDOWN)).as(name).isEqualTo(descriptions);
            }
        }
    }
}
