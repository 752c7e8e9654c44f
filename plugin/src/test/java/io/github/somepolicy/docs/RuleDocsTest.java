package io.github.somepolicy.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule documentation in {@code docs/rules/} is what the generator makes of the catalogue now: no page
 * differs, is missing or is left over. With {@code -Dsomepolicy.updateDocs=true} the test rewrites the
 * directory first.
 */
class RuleDocsTest {

    /** The documentation directory, from the module's base directory. */
    private static final Path DOCS = Path.of("../docs/rules");

    private static final String UPDATE = "somepolicy.updateDocs";

    @Test
    void theRuleDocumentationMatchesTheCatalogue() throws IOException {
        RuleDocs docs = RuleDocs.builtIn();
        if (Boolean.getBoolean(UPDATE)) {
            docs.write(DOCS);
        }
        List<String> differences = docs.differences(DOCS);
        assertThat(differences)
                .withFailMessage(() -> "docs/rules/ is out of date with the rule catalogue, the message bundles or"
                        + " the built-in profiles:\n  " + String.join("\n  ", differences)
                        + "\nRegenerate it by running the tests with -D" + UPDATE + "=true, for example:\n"
                        + "  ./mvnw -B -ntp -pl plugin test -Dtest=RuleDocsTest -D" + UPDATE + "=true")
                .isEmpty();
    }
}
