package io.github.somepolicy.engine;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.rule.ConfigurationView;
import java.nio.file.Path;
import java.util.Optional;

/** The context every document of a run is checked against. */
record LoadedConfiguration(Path root, Optional<Document> organisation) implements ConfigurationView {}
