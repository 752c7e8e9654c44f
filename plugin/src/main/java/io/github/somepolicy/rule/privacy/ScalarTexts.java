package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Every text of a document tree in source order: the scalar values and, when asked, the keys. The tree
 * is walked without recursion, and very long values are cut to a bounded prefix, so that no document
 * can make a detector run long.
 */
final class ScalarTexts {

    /** The longest prefix of a value the detectors look at, in characters. */
    static final int MAX_CHARS = 64 * 1024;

    private ScalarTexts() {}

    /**
     * One text and where it is written.
     *
     * @param value the text, cut to {@link #MAX_CHARS}
     * @param location the scalar's or the key's location
     */
    record Text(String value, Location location) {}

    /** The texts of a tree, in source order. */
    static List<Text> of(Node root, boolean withKeys) {
        List<Text> texts = new ArrayList<>();
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (next instanceof Text text) {
                texts.add(text);
            } else if (next instanceof Node.Scalar scalar) {
                scalar.text().filter(t -> !t.isEmpty()).ifPresent(t -> texts.add(new Text(cut(t), scalar.location())));
            } else if (next instanceof Node.Sequence sequence) {
                List<Node> items = sequence.items();
                for (int i = items.size() - 1; i >= 0; i--) {
                    pending.push(items.get(i));
                }
            } else if (next instanceof Node.Mapping mapping) {
                List<Node.Entry> entries = mapping.entries();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    Node.Entry entry = entries.get(i);
                    pending.push(entry.value());
                    if (withKeys && !entry.key().isEmpty()) {
                        pending.push(new Text(cut(entry.key()), entry.keyLocation()));
                    }
                }
            }
        }
        return texts;
    }

    private static String cut(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }
}
