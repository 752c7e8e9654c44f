package io.github.somepolicy.rule.custom;

import io.github.somepolicy.model.JsonPointers;
import io.github.somepolicy.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON Pointer whose segments may be {@code *}, matching every key of a mapping or item of a
 * sequence: {@code /moderation/moderators/*}{@code /email}. It selects the places the pointer names, each
 * with its parent and the node there if it exists, so that a check can report a missing value at its
 * parent.
 */
final class Selector {

    private static final int MAX_SEGMENTS = 32;

    private final List<String> segments;

    Selector(String pointer) {
        List<String> parts = new ArrayList<>();
        if (!pointer.isEmpty()) {
            for (String raw : pointer.substring(1).split("/", -1)) {
                parts.add(raw.equals("*") ? "*" : JsonPointers.unescape(raw));
            }
        }
        this.segments = List.copyOf(parts);
    }

    /** Whether text is a pointer this selector accepts. */
    static boolean valid(String pointer) {
        return pointer.startsWith("/") && pointer.length() > 1 && pointer.split("/", -1).length <= MAX_SEGMENTS + 1;
    }

    /**
     * A selected place.
     *
     * @param parent the node that holds (or would hold) the value
     * @param name the key or index of the value in its parent
     * @param value the value, empty when the parent lacks it
     */
    record Match(Node parent, String name, Optional<Node> value) {}

    /** Every place the pointer selects in a tree. Places under a missing parent are not selected. */
    List<Match> select(Node root) {
        List<Match> matches = new ArrayList<>();
        walk(root, 0, matches);
        return matches;
    }

    private void walk(Node node, int index, List<Match> matches) {
        String segment = segments.get(index);
        boolean last = index == segments.size() - 1;
        if (segment.equals("*")) {
            List<Node> children = new ArrayList<>();
            if (node instanceof Node.Mapping mapping) {
                mapping.entries().forEach(e -> children.add(e.value()));
            } else if (node instanceof Node.Sequence sequence) {
                children.addAll(sequence.items());
            }
            for (int i = 0; i < children.size(); i++) {
                if (last) {
                    matches.add(new Match(node, String.valueOf(i), Optional.of(children.get(i))));
                } else {
                    walk(children.get(i), index + 1, matches);
                }
            }
            return;
        }
        Optional<Node> child = node.child(segment);
        if (last) {
            if (node instanceof Node.Mapping || node instanceof Node.Sequence) {
                matches.add(new Match(node, segment, child));
            }
        } else {
            child.ifPresent(c -> walk(c, index + 1, matches));
        }
    }
}
