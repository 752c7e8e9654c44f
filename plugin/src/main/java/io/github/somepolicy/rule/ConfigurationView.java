package io.github.somepolicy.rule;

import io.github.somepolicy.model.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The configuration as a whole, as cross-file checks see it. */
public interface ConfigurationView {

    /** The organisation document, when there is exactly one that loaded. */
    Optional<Document> organisation();

    /** The account documents that loaded, sorted by path. */
    List<Document> accounts();

    /** The configuration root, for references to files such as shared notices. */
    Path root();
}
