package io.github.somepolicy.docs;

import io.github.somepolicy.rule.CatalogueIndex;
import io.github.somepolicy.rule.CatalogueIndex.Guideline;
import io.github.somepolicy.rule.Source;
import java.util.Map;

/**
 * How the documentation names the sources rules cite: the five municipal guidelines by municipality and
 * title, the project's own documents as links, laws as written.
 */
final class SourceDocuments {

    /** The source documents by file name, from the catalogue's index. */
    static final Map<String, Guideline> GUIDELINES = CatalogueIndex.BUILT_IN.guidelines();

    private static final String OWN_DOCS = "docs/";

    private SourceDocuments() {}

    /** A source as one line of Markdown, for a page under {@code docs/rules/}. */
    static String describe(Source source) {
        String document = source.document();
        Guideline guideline = GUIDELINES.get(document);
        String what;
        if (guideline != null) {
            what = Markdown.text(guideline.municipality()) + ", *" + Markdown.text(guideline.title()) + "* ("
                    + Markdown.code(document) + ")";
        } else if (document.startsWith(OWN_DOCS) && !document.contains("..")) {
            what = "[" + Markdown.text(document) + "](../" + document.substring(OWN_DOCS.length()) + ")";
        } else {
            what = Markdown.text(document);
        }
        return source.section().isBlank() ? what : what + ": " + Markdown.text(source.section());
    }
}
