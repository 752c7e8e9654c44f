package io.github.somepolicy.schema;

import io.github.somepolicy.model.Node;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns a loaded YAML tree into a JSON tree for the schema validator, typing scalars strictly. */
public final class JsonTree {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private JsonTree() {}

    /** The JSON value of a node. */
    public static JsonNode of(Node node) {
        if (node instanceof Node.Mapping mapping) {
            ObjectNode object = FACTORY.objectNode();
            for (Node.Entry entry : mapping.entries()) {
                object.set(entry.key(), of(entry.value()));
            }
            return object;
        }
        if (node instanceof Node.Sequence sequence) {
            ArrayNode array = FACTORY.arrayNode(sequence.items().size());
            for (Node item : sequence.items()) {
                array.add(of(item));
            }
            return array;
        }
        Node.Scalar scalar = (Node.Scalar) node;
        return switch (scalar.type()) {
            case NULL -> FACTORY.nullNode();
            case BOOLEAN -> FACTORY.booleanNode(Boolean.parseBoolean(scalar.value()));
            case INTEGER -> FACTORY.numberNode(new BigInteger(scalar.value()));
            case DECIMAL -> FACTORY.numberNode(new BigDecimal(scalar.value()));
            case STRING -> FACTORY.stringNode(scalar.value());
        };
    }
}
