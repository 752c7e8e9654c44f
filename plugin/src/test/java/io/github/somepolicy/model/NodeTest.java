package io.github.somepolicy.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.YamlLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON Pointers into a tree, as RFC 6901 reads them. */
class NodeTest {

    private static final String YAML = String.join(
            "\n",
            "a:",
            "  - x",
            "  - y",
            "a/b: slash",
            "m~n: tilde",
            "'': empty",
            "'0': zero",
            "nested:",
            "  '': inner",
            "");

    private final Node root = new YamlLoader(Limits.DEFAULT)
            .load("f.yaml", YAML.getBytes(StandardCharsets.UTF_8))
            .root()
            .orElseThrow();

    private String text(String pointer) {
        return root.at(pointer).flatMap(Node::text).orElse(null);
    }

    @Test
    void pointersFindWhatTheyName() {
        assertThat(root.at("")).contains(root);
        assertThat(text("/a/0")).isEqualTo("x");
        assertThat(text("/a/1")).isEqualTo("y");
        assertThat(text("/a~1b")).isEqualTo("slash");
        assertThat(text("/m~0n")).isEqualTo("tilde");
        assertThat(text("/")).isEqualTo("empty");
        assertThat(text("/0")).isEqualTo("zero");
        assertThat(text("/nested/")).isEqualTo("inner");
    }

    @Test
    void pointersThatNameNothingFindNothing() {
        assertThat(root.at("a")).isEmpty();
        assertThat(root.at("/a/2")).isEmpty();
        assertThat(root.at("/a/01")).as("a leading zero is no index").isEmpty();
        assertThat(root.at("/a/-1")).isEmpty();
        assertThat(root.at("/a/1234567890")).as("ten digits").isEmpty();
        assertThat(root.at("/a/0/deeper")).isEmpty();
        assertThat(root.at("/missing/0")).isEmpty();
        assertThat(root.at("/a//0")).isEmpty();
    }
}
