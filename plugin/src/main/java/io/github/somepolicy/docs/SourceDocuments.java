package io.github.somepolicy.docs;

import io.github.somepolicy.rule.Source;
import java.util.Map;

/**
 * How the documentation names the sources rules cite: the five municipal guidelines by municipality and
 * title, the project's own documents as links, laws as written.
 */
final class SourceDocuments {

    /**
     * A municipal guideline the rules are drawn from.
     *
     * @param municipality the municipality that adopted it
     * @param title the document's title
     */
    record Guideline(String municipality, String title) {}

    /** The source documents by file name. */
    static final Map<String, Guideline> GUIDELINES = Map.of(
            "000_7fa6d2ca7bf0ae9b.txt",
                    new Guideline("Göteborgs Stad", "Myndigheten i sociala medier – råd för medarbetare"),
            "001_d15d651036cbc293.txt", new Guideline("Bollnäs kommun", "Tillämpningar Sociala Medier"),
            "002_650b5f3c4e15c02d.txt", new Guideline("Örebro kommun", "Riktlinjer för sociala medier"),
            "003_9241d658fa7979d6.txt", new Guideline("Malmö stad", "Malmö stads riktlinjer för sociala medier"),
            "004_ea61a47e088f0ced.txt", new Guideline("Trosa kommun", "Vägledning / policy för sociala medier"));

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
