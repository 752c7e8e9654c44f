package io.github.somepolicy.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** Nodes as plain Java values, for parameters and options. */
public final class JavaValues {

    private JavaValues() {}

    /** A node as a plain Java value: text, number, boolean, list or map. */
    public static Object of(Node node) {
        if (node instanceof Node.Mapping mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapping.entries().forEach(e -> map.put(e.key(), of(e.value())));
            return map;
        }
        if (node instanceof Node.Sequence sequence) {
            return sequence.items().stream().map(JavaValues::of).toList();
        }
        Node.Scalar scalar = (Node.Scalar) node;
        return switch (scalar.type()) {
            case NULL -> "";
            case BOOLEAN -> Boolean.valueOf(scalar.value());
            case INTEGER -> {
                BigInteger value = new BigInteger(scalar.value());
                yield value.bitLength() < 32 ? (Object) value.intValue() : (Object) value;
            }
            case DECIMAL -> new BigDecimal(scalar.value());
            case STRING -> scalar.value();
        };
    }
}
