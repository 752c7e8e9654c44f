package io.github.somepolicy.rule;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What each platform lets visitors do, read from {@code platforms.yaml}. */
public final class Platforms {

    /**
     * A platform's capabilities.
     *
     * @param visitorPosts visitors can post or comment on the account's own page
     * @param orderedHistory posts stay ordered and searchable, with the time they were made
     */
    public record Capabilities(boolean visitorPosts, boolean orderedHistory) {}

    private static final Capabilities UNKNOWN = new Capabilities(true, true);
    private static final Map<String, Capabilities> TABLE = read();

    private Platforms() {}

    /** The capabilities of a platform id; an unknown platform is assumed to allow visitors' posts. */
    public static Capabilities of(String platform) {
        return TABLE.getOrDefault(platform, UNKNOWN);
    }

    /** Every platform in the table. */
    public static Map<String, Capabilities> all() {
        return TABLE;
    }

    private static Map<String, Capabilities> read() {
        try (InputStream in = Platforms.class.getResourceAsStream("platforms.yaml")) {
            if (in == null) {
                throw new IllegalStateException("platforms.yaml missing from the plugin");
            }
            LoadResult loaded = new YamlLoader(Limits.DEFAULT).load("platforms.yaml", in.readAllBytes());
            Node.Mapping root = loaded.root().orElseThrow();
            Map<String, Capabilities> table = new TreeMap<>();
            for (Node.Entry entry : ((Node.Mapping) root.get("platforms").orElseThrow()).entries()) {
                table.put(
                        entry.key(),
                        new Capabilities(flag(entry.value(), "visitorPosts"), flag(entry.value(), "orderedHistory")));
            }
            return Map.copyOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean flag(Node node, String key) {
        Optional<String> value = node.at("/" + key).flatMap(Node::text);
        return value.map("true"::equals).orElse(true);
    }
}
