package io.github.somepolicy.rule;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index of the built-in catalogue ({@code rule/catalogue/index.yaml}): its areas with their message
 * bundles, the built-in profiles and the guidelines the rules are drawn from. Everything that lists
 * areas, bundles, profiles or source documents reads them here.
 *
 * @param areas the areas, one catalogue file each, in the order rules are listed
 * @param profiles the built-in profiles, in the order they are listed
 * @param guidelines the source documents by file name, in file-name order
 */
public record CatalogueIndex(List<Area> areas, List<Profile> profiles, Map<String, Guideline> guidelines) {

    private static final String RESOURCE = "/io/github/somepolicy/rule/catalogue/index.yaml";

    /** The built-in index, read once. */
    public static final CatalogueIndex BUILT_IN = read();

    public CatalogueIndex {
        areas = List.copyOf(areas);
        profiles = List.copyOf(profiles);
        guidelines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(guidelines));
    }

    /**
     * An area of the catalogue.
     *
     * @param id the area, also the name of its file {@code rule/catalogue/<id>.yaml}
     * @param bundle the base name of the resource bundle with its rules' texts
     */
    public record Area(String id, String bundle) {}

    /**
     * A built-in profile.
     *
     * @param id the profile's name, also its file {@code profiles/<id>.yaml}
     * @param guideline the source document a municipal profile is drawn from
     */
    public record Profile(String id, Optional<String> guideline) {
        /** Whether this is a municipality's profile, drawn from its guideline. */
        public boolean municipal() {
            return guideline.isPresent();
        }
    }

    /**
     * A municipal guideline the rules are drawn from.
     *
     * @param document its file name, as rules cite it
     * @param municipality the municipality that adopted it
     * @param title the document's title
     */
    public record Guideline(String document, String municipality, String title) {}

    /** The areas' ids, in order. */
    public List<String> areaIds() {
        return areas.stream().map(Area::id).toList();
    }

    /** The built-in profiles' names, in order. */
    public List<String> profileIds() {
        return profiles.stream().map(Profile::id).toList();
    }

    /** The municipal profiles' names, in order. */
    public List<String> municipalProfiles() {
        return profiles.stream().filter(Profile::municipal).map(Profile::id).toList();
    }

    /** The areas' message bundles, without repeats, in order. */
    public List<String> bundles() {
        return areas.stream().map(Area::bundle).distinct().toList();
    }

    private static CatalogueIndex read() {
        byte[] bytes;
        try (InputStream in = CatalogueIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue index missing from the plugin: " + RESOURCE);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult loaded = new YamlLoader(Limits.DEFAULT).load("index.yaml", bytes);
        Node.Mapping root = loaded.root()
                .orElseThrow(() -> new IllegalStateException("catalogue index unreadable: " + loaded.problems()));
        List<Area> areas = new ArrayList<>();
        for (Node item : items(root, "areas")) {
            areas.add(new Area(text(item, "id"), text(item, "bundle")));
        }
        List<Profile> profiles = new ArrayList<>();
        for (Node item : items(root, "profiles")) {
            profiles.add(new Profile(text(item, "id"), item.at("/guideline").flatMap(Node::text)));
        }
        Map<String, Guideline> guidelines = new LinkedHashMap<>();
        for (Node item : items(root, "guidelines")) {
            Guideline guideline =
                    new Guideline(text(item, "document"), text(item, "municipality"), text(item, "title"));
            guidelines.put(guideline.document(), guideline);
        }
        return new CatalogueIndex(areas, profiles, guidelines);
    }

    private static List<Node> items(Node.Mapping root, String key) {
        return root.get(key)
                .filter(Node.Sequence.class::isInstance)
                .map(node -> ((Node.Sequence) node).items())
                .orElseThrow(() -> new IllegalStateException("catalogue index without " + key));
    }

    private static String text(Node item, String key) {
        return item.at("/" + key)
                .flatMap(Node::text)
                .orElseThrow(() ->
                        new IllegalStateException("catalogue index entry without " + key + ": " + item.location()));
    }
}
