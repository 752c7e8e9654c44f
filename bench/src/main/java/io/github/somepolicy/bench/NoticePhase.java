package io.github.somepolicy.bench;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import io.github.somepolicy.rule.ConfigurationView;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.RulePacks;
import io.github.somepolicy.rule.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The notice phase on its own: every {@code notice-*} rule, with its default parameters, on every account
 * of a parsed configuration, on one thread, with the values a run shares (the shared notice files' analysis)
 * made afresh for each pass, as a run makes them.
 */
final class NoticePhase {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final List<Document> accounts = new ArrayList<>();
    private final Optional<Document> organisation;
    private final Path root;
    private final List<RuleMetadata> rules;
    private final Map<String, Check> checks;

    NoticePhase(Path root, List<FileScanner.SourceFile> files) throws IOException {
        this.root = root;
        YamlLoader loader = new YamlLoader(Limits.DEFAULT);
        Document org = null;
        for (FileScanner.SourceFile file : files) {
            Optional<Node.Mapping> mapping =
                    loader.load(file.file(), Files.readAllBytes(file.path())).root();
            if (mapping.isEmpty()) {
                continue;
            }
            Optional<FileKind> kind = FileKind.fromId(
                    mapping.get().get("kind").flatMap(Node::text).orElse(""));
            if (kind.isPresent() && kind.get() == FileKind.ACCOUNT) {
                accounts.add(new Document(file.file(), kind.get(), mapping.get()));
            } else if (kind.isPresent() && kind.get() == FileKind.ORGANISATION && org == null) {
                org = new Document(file.file(), kind.get(), mapping.get());
            }
        }
        organisation = Optional.ofNullable(org);
        RulePacks packs = RulePacks.installed();
        rules = packs.catalogue().rules().stream()
                .filter(r -> r.id().startsWith("notice-"))
                .toList();
        checks = packs.checks();
    }

    /** One pass over every account; returns the number of violations, so that nothing is optimised away. */
    int run() {
        Map<Object, Object> values = new ConcurrentHashMap<>();
        ConfigurationView view = new ConfigurationView() {
            @Override
            public Optional<Document> organisation() {
                return organisation;
            }

            @Override
            public Path root() {
                return root;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <K, V> V shared(K key, Function<? super K, ? extends V> derive) {
                return (V) values.computeIfAbsent(key, k -> derive.apply(key));
            }
        };
        int found = 0;
        for (Document document : accounts) {
            for (RuleMetadata rule : rules) {
                Check check = checks.get(rule.check());
                if (check != null) {
                    found += check.check(new CheckContext(
                                    rule.id(), document, view, TODAY, rule.parameterDefaults(), RunSettings.DEFAULT))
                            .size();
                }
            }
        }
        return found;
    }
}
