package io.github.somepolicy.diff;

import io.github.somepolicy.model.JsonPointers;
import io.github.somepolicy.model.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two versions of a file's content field by field. Mappings are compared key by key; a list of
 * values as one value; a list of mappings item by item, matched by what names an item (an e-mail, an id,
 * a rule and its target, a name) rather than by position, so that reordering a list changes nothing.
 */
final class FieldDiff {

    /** Keys that name an item of a list, tried in order. */
    private static final List<List<String>> ITEM_NAMES = List.of(
            List.of("email"), List.of("id"), List.of("rule", "target", "path"), List.of("name"), List.of("url"));

    /** One difference. */
    record Difference(Type type, String pointer, Optional<Node> before, Optional<Node> after) {}

    /** What kind of difference. */
    enum Type {
        /** A value changed, appeared or went. */
        VALUE,
        /** An item was added to a list. */
        ITEM_ADDED,
        /** An item was removed from a list. */
        ITEM_REMOVED
    }

    private final List<Difference> differences = new ArrayList<>();

    private FieldDiff() {}

    /** The differences between two versions, in the order of the fields. */
    static List<Difference> between(Optional<Node> before, Optional<Node> after) {
        FieldDiff diff = new FieldDiff();
        diff.compare("", before, after);
        return diff.differences;
    }

    private void compare(String pointer, Optional<Node> before, Optional<Node> after) {
        boolean beforeMap = before.isPresent() && before.get() instanceof Node.Mapping;
        boolean afterMap = after.isPresent() && after.get() instanceof Node.Mapping;
        if ((beforeMap || before.isEmpty()) && (afterMap || after.isEmpty()) && (beforeMap || afterMap)) {
            Set<String> keys = new LinkedHashSet<>();
            before.ifPresent(b -> keys.addAll(((Node.Mapping) b).keys()));
            after.ifPresent(a -> keys.addAll(((Node.Mapping) a).keys()));
            for (String key : keys) {
                compare(
                        JsonPointers.append(pointer, key),
                        before.flatMap(b -> ((Node.Mapping) b).get(key)),
                        after.flatMap(a -> ((Node.Mapping) a).get(key)));
            }
            return;
        }
        if (before.isPresent()
                && after.isPresent()
                && before.get() instanceof Node.Sequence old
                && after.get() instanceof Node.Sequence now
                && itemsAreMappings(old)
                && itemsAreMappings(now)) {
            Optional<Map<String, Node>> oldItems = named(old);
            Optional<Map<String, Node>> newItems = named(now);
            if (oldItems.isPresent() && newItems.isPresent()) {
                for (Map.Entry<String, Node> item : newItems.get().entrySet()) {
                    String at = JsonPointers.append(pointer, "[" + item.getKey() + "]");
                    Node previous = oldItems.get().get(item.getKey());
                    if (previous == null) {
                        differences.add(
                                new Difference(Type.ITEM_ADDED, at, Optional.empty(), Optional.of(item.getValue())));
                    } else {
                        compare(at, Optional.of(previous), Optional.of(item.getValue()));
                    }
                }
                for (Map.Entry<String, Node> item : oldItems.get().entrySet()) {
                    if (!newItems.get().containsKey(item.getKey())) {
                        differences.add(new Difference(
                                Type.ITEM_REMOVED,
                                JsonPointers.append(pointer, "[" + item.getKey() + "]"),
                                Optional.of(item.getValue()),
                                Optional.empty()));
                    }
                }
                return;
            }
            if (old.items().size() == now.items().size()) {
                for (int i = 0; i < old.items().size(); i++) {
                    compare(
                            JsonPointers.append(pointer, i),
                            Optional.of(old.items().get(i)),
                            Optional.of(now.items().get(i)));
                }
                return;
            }
        }
        String oldValue = before.map(DomainChanges::canonical).orElse("");
        String newValue = after.map(DomainChanges::canonical).orElse("");
        if (!oldValue.equals(newValue) && !(blank(before) && blank(after))) {
            differences.add(new Difference(Type.VALUE, pointer, before, after));
        }
    }

    private static boolean blank(Optional<Node> node) {
        return node.isEmpty() || node.get().isBlank();
    }

    private static boolean itemsAreMappings(Node.Sequence sequence) {
        return !sequence.items().isEmpty() && sequence.items().stream().allMatch(i -> i instanceof Node.Mapping);
    }

    /** The items by their names, when one naming key gives every item a distinct name. */
    private static Optional<Map<String, Node>> named(Node.Sequence sequence) {
        for (List<String> keys : ITEM_NAMES) {
            Map<String, Node> byName = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            boolean complete = true;
            for (Node item : sequence.items()) {
                Optional<String> name = name(item, keys);
                if (name.isEmpty() || !seen.add(name.get())) {
                    complete = false;
                    break;
                }
                byName.put(name.get(), item);
            }
            if (complete) {
                return Optional.of(byName);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> name(Node item, List<String> keys) {
        Optional<String> first = DomainChanges.text(item, "/" + keys.get(0));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(first.get());
        for (String key : keys.subList(1, keys.size())) {
            DomainChanges.text(item, "/" + key).ifPresent(parts::add);
        }
        return Optional.of(String.join(" ", parts));
    }

    /** A value as one line: a scalar's text, a list's values joined, a mapping's fields. */
    static String value(Optional<Node> node) {
        if (node.isEmpty()) {
            return "";
        }
        Node value = node.get();
        if (value instanceof Node.Scalar scalar) {
            return scalar.isNull() ? "" : scalar.value();
        }
        if (value instanceof Node.Sequence sequence) {
            List<String> items = new ArrayList<>();
            sequence.items().forEach(i -> items.add(value(Optional.of(i))));
            return String.join(", ", items);
        }
        List<String> fields = new ArrayList<>();
        for (Node.Entry entry : ((Node.Mapping) value).entries()) {
            fields.add(entry.key() + ": " + value(Optional.of(entry.value())));
        }
        return String.join(", ", fields);
    }
}
