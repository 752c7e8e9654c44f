package io.github.somepolicy.docs;

import io.github.somepolicy.engine.EffectiveRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a rule parameter's JSON Schema fragment for the documentation: its type, allowed values and an example. */
final class ParameterSchemas {

    /** Keywords shown elsewhere, or not about the allowed values. */
    private static final Set<String> DESCRIBED_ELSEWHERE =
            Set.of("type", "items", "default", "enum", "description", "title", "markdownDescription", "examples");

    private ParameterSchemas() {}

    /** The type as JSON Schema names it, such as {@code array of string}. */
    static String type(Map<String, Object> schema) {
        String type = typeName(schema);
        if ("array".equals(type) && schema.get("items") instanceof Map<?, ?> items) {
            String itemType = typeName(cast(items));
            return itemType.isEmpty() ? "array" : "array of " + itemType;
        }
        return type.isEmpty() ? "any" : type;
    }

    private static String typeName(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> list) {
            return String.join(" or ", list.stream().map(String::valueOf).toList());
        }
        if (type != null) {
            return String.valueOf(type);
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.stream().allMatch(v -> v instanceof String) ? "string" : "";
        }
        return "";
    }

    /** The allowed values: the enumeration, and any other constraint, of the value or of its items. */
    static String allowed(Map<String, Object> schema) {
        List<String> parts = new ArrayList<>();
        constraints(schema, "", parts);
        if (schema.get("items") instanceof Map<?, ?> items) {
            constraints(cast(items), "each item ", parts);
        }
        return parts.isEmpty() ? "any" : String.join("; ", parts);
    }

    private static void constraints(Map<String, Object> schema, String prefix, List<String> parts) {
        if (schema.get("enum") instanceof List<?> values) {
            parts.add(prefix
                    + "one of "
                    + String.join(
                            ", ",
                            values.stream()
                                    .map(v -> Markdown.code(EffectiveRule.yaml(v)))
                                    .toList()));
        }
        schema.forEach((keyword, value) -> {
            if (!DESCRIBED_ELSEWHERE.contains(keyword)) {
                parts.add(prefix + constraint(keyword, value));
            }
        });
    }

    /** One JSON Schema keyword in words. */
    private static String constraint(String keyword, Object value) {
        String shown = String.valueOf(value);
        return switch (keyword) {
            case "minLength" -> "at least " + shown + " character(s)";
            case "maxLength" -> "at most " + shown + " character(s)";
            case "minimum" -> "at least " + shown;
            case "maximum" -> "at most " + shown;
            case "exclusiveMinimum" -> "more than " + shown;
            case "exclusiveMaximum" -> "less than " + shown;
            case "minItems" -> "at least " + shown + " item(s)";
            case "maxItems" -> "at most " + shown + " item(s)";
            case "uniqueItems" -> Boolean.TRUE.equals(value) ? "no item twice" : "items may repeat";
            case "pattern" -> "matching " + Markdown.code(shown);
            case "format" -> "in the format " + Markdown.code(shown);
            case "const" -> "exactly " + Markdown.code(EffectiveRule.yaml(value));
            default -> keyword + " " + Markdown.code(EffectiveRule.yaml(value));
        };
    }

    /**
     * A value to show in an example: the opposite of a boolean default, the first allowed item for a
     * list of allowed values, otherwise the default (or an empty value of the type).
     */
    static Object example(Map<String, Object> schema) {
        Object fallback = schema.get("default");
        if (fallback instanceof Boolean flag) {
            return !flag;
        }
        if (schema.get("items") instanceof Map<?, ?> items
                && items.get("enum") instanceof List<?> values
                && !values.isEmpty()) {
            return List.of(values.get(0));
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty() && fallback == null) {
            return values.get(0);
        }
        if (fallback != null) {
            return fallback;
        }
        return switch (typeName(schema)) {
            case "array" -> List.of();
            case "boolean" -> Boolean.TRUE;
            case "integer", "number" -> 1;
            default -> "";
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
