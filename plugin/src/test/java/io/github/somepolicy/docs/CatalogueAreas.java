package io.github.somepolicy.docs;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.rule.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which file of the catalogue ({@link Catalogue#AREAS}) each rule is written in. */
final class CatalogueAreas {

    private static final String RESOURCES = "/io/github/somepolicy/rule/catalogue/";

    private CatalogueAreas() {}

    /** The catalogue area of every built-in rule, by rule id. */
    static Map<String, String> read() {
        Map<String, String> areas = new LinkedHashMap<>();
        for (String area : Catalogue.AREAS) {
            byte[] bytes;
            try (InputStream in = CatalogueAreas.class.getResourceAsStream(RESOURCES + area + ".yaml")) {
                if (in == null) {
                    continue;
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LoadResult loaded = new YamlLoader(Limits.DEFAULT).load(area + ".yaml", bytes);
            loaded.root().flatMap(root -> root.get("rules")).ifPresent(rules -> {
                if (rules instanceof Node.Sequence sequence) {
                    for (Node item : sequence.items()) {
                        item.at("/id").flatMap(Node::text).ifPresent(id -> areas.put(id, area));
                    }
                }
            });
        }
        return areas;
    }
}
