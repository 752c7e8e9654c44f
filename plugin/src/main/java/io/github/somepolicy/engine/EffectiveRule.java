package io.github.somepolicy.engine;

import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule as a policy sets it, before any setting for some files only: its severity, or off, and the
 * parameters it runs with (the catalogue's defaults, then each profile of the chain, then the user's).
 *
 * @param metadata what the rule is
 * @param severity the effective severity, empty when the rule is off
 * @param parameters the effective parameters: the catalogue's in catalogue order, then any others by name
 */
public record EffectiveRule(RuleMetadata metadata, Optional<Severity> severity, Map<String, Object> parameters) {

    private static final Pattern NUMBER_LIKE =
            Pattern.compile("[-+]?(\\.?[0-9].*|\\.inf|\\.nan)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESERVED =
            Pattern.compile("true|false|null|~|yes|no|on|off|y|n", Pattern.CASE_INSENSITIVE);

    public EffectiveRule {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(severity, "severity");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The rule's id. */
    public String id() {
        return metadata.id();
    }

    /** Whether the rule is turned off. */
    public boolean off() {
        return severity.isEmpty();
    }

    /** The severity as written in {@code somepolicy.yaml}: {@code error}, {@code warning}, {@code note} or {@code off}. */
    public String severityId() {
        return severity.map(Severity::id).orElse("off");
    }

    /** The parameters whose effective value differs from the catalogue's default, in the same order. */
    public Map<String, Object> nonDefaultParameters() {
        Map<String, Object> defaults = metadata.parameterDefaults();
        Map<String, Object> changed = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (!Objects.equals(defaults.get(name), value)) {
                changed.put(name, value);
            }
        });
        return Collections.unmodifiableMap(changed);
    }

    /**
     * A parameter value as it is written in YAML flow style: lists in brackets, maps in braces, text
     * quoted only where plain text would be read as something else.
     */
    public static String yaml(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(yaml(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ", ")
                        .append(yaml(String.valueOf(entry.getKey())))
                        .append(": ")
                        .append(yaml(entry.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        if (value instanceof String text) {
            return plain(text) ? text : quoted(text);
        }
        return String.valueOf(value);
    }

    private static boolean plain(String text) {
        if (text.isEmpty()
                || !text.strip().equals(text)
                || "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) >= 0
                || RESERVED.matcher(text).matches()
                || NUMBER_LIKE.matcher(text).matches()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || ",[]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return !text.contains(": ") && !text.contains(" #") && !text.endsWith(":");
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
