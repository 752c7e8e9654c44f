package io.github.somepolicy.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The typed view of the organisation file ({@code kind: organisation}): the municipality, its units and
 * its retention decisions. The one place that names the fields of the organisation format that are read.
 *
 * @param root the file's top-level mapping
 */
public record Organisation(Node.Mapping root) {

    /** The fields of the organisation format that are read, by their place in the file. */
    public enum Field {
        MUNICIPALITY_NAME("/municipality/name"),
        MUNICIPALITY_WEBSITE("/municipality/website"),
        SOCIAL_MEDIA_PAGE("/municipality/socialMediaPage"),
        REGISTER_URL("/register/url"),
        COMMUNICATIONS_UNIT("/communicationsUnit"),
        UNITS("/units"),
        RETENTION_DECISIONS("/retentionDecisions"),
        ARCHIVE("/archive"),
        HAS_E_ARCHIVE("/archive/hasEArchive"),
        BRANDING("/branding");

        private final String pointer;

        Field(String pointer) {
            this.pointer = pointer;
        }

        /** The field's JSON Pointer in the file. */
        public String pointer() {
            return pointer;
        }
    }

    /** The organisation in a loaded document. */
    public static Organisation of(Document document) {
        return new Organisation(document.root());
    }

    /** The node of a field, when the file has it. */
    public Optional<Node> node(Field field) {
        return root.at(field.pointer());
    }

    /** The text of a scalar field, when the file has it. */
    public Optional<String> text(Field field) {
        return node(field).flatMap(Node::text);
    }

    /** The municipality's name. */
    public Optional<String> municipalityName() {
        return text(Field.MUNICIPALITY_NAME);
    }

    /** The units by id, in file order; each an entry with {@code name}, {@code manager}, {@code contact}. */
    public Map<String, Node> units() {
        return entries(Field.UNITS);
    }

    /** A unit by id. */
    public Optional<Node> unit(String id) {
        return node(Field.UNITS).flatMap(units -> units.child(id));
    }

    /** The retention decisions by id, in file order; each with {@code title}, {@code reference}, {@code retentionPeriod}. */
    public Map<String, Node> retentionDecisions() {
        return entries(Field.RETENTION_DECISIONS);
    }

    /** A retention decision by id. */
    public Optional<Node> retentionDecision(String id) {
        return node(Field.RETENTION_DECISIONS).flatMap(decisions -> decisions.child(id));
    }

    /** The entries of a mapping field, the first of a repeated key kept. */
    private Map<String, Node> entries(Field field) {
        Map<String, Node> entries = new LinkedHashMap<>();
        if (node(field).orElse(null) instanceof Node.Mapping mapping) {
            mapping.entries().forEach(e -> entries.putIfAbsent(e.key(), e.value()));
        }
        return entries;
    }
}
