package io.github.somepolicy.engine;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.rule.ConfigurationView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The documents of a run that loaded and passed their schema. */
record LoadedConfiguration(Path root, Optional<Document> organisation, List<Document> accounts)
        implements ConfigurationView {
    LoadedConfiguration {
        accounts = List.copyOf(accounts);
    }
}
