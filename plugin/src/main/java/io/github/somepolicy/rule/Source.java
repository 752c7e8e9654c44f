package io.github.somepolicy.rule;

import java.util.Objects;

/**
 * Where a rule comes from: a section of one of the source documents, or a law.
 *
 * @param document the source document's file name, or the law's name
 * @param section the section heading in the document, or the paragraph of the law
 */
public record Source(String document, String section) {
    public Source {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
    }

    @Override
    public String toString() {
        return section.isEmpty() ? document : document + " (" + section + ")";
    }
}
