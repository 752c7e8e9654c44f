package io.github.somepolicy.rule;

import io.github.somepolicy.model.Document;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The configuration as a whole, as cross-file checks see it: the organisation every account refers to
 * and the root that referenced files are resolved in. It holds no account trees: accounts are checked
 * one at a time and their trees released, so a check that needs every account works on a compact index
 * rather than on the documents.
 */
public interface ConfigurationView {

    /** The organisation document, when there is exactly one that loaded. */
    Optional<Document> organisation();

    /** The configuration root, for references to files such as shared notices. */
    Path root();
}
