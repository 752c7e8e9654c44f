package io.github.somepolicy.bench;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.cross.AccountEntries;
import io.github.somepolicy.rule.cross.AccountEntry;
import io.github.somepolicy.rule.cross.CrossAccountPhase;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** A generated configuration on disk, shared by the benchmarks, with the floor every run is held to. */
final class Corpus {

    private Corpus() {}

    /** The generated configuration of a size, written once under {@code target/corpus/<size>}. */
    static Path of(int accounts) throws IOException {
        Path directory = Path.of(System.getProperty("somepolicy.bench.corpus", "target/corpus"))
                .resolve(String.valueOf(accounts))
                .toAbsolutePath();
        Path done = directory.resolveSibling(accounts + ".done");
        if (!Files.exists(done)) {
            new CorpusGenerator(CorpusGenerator.exampleConfig(), CorpusGenerator.DEFAULT_SEED)
                    .write(directory, accounts);
            Files.writeString(done, "");
        }
        return directory;
    }

    /** The YAML files of a configuration, sorted by path. */
    static List<FileScanner.SourceFile> files(Path root) throws IOException {
        return FileScanner.scan(root, f -> false, Limits.DEFAULT).files();
    }

    /**
     * The floor: read every file and let SnakeYAML parse and compose it, with nothing else done. It is
     * what any tool that reads these files with SnakeYAML pays.
     *
     * @return the number of nodes composed, so that nothing is optimised away
     */
    static long floor(List<FileScanner.SourceFile> files) throws IOException {
        LoaderOptions options = new LoaderOptions();
        long nodes = 0;
        for (FileScanner.SourceFile file : files) {
            String text = new String(Files.readAllBytes(file.path()), StandardCharsets.UTF_8);
            Yaml yaml = new Yaml(options);
            org.yaml.snakeyaml.nodes.Node node = yaml.compose(new StringReader(text));
            nodes += node == null ? 0 : node.getStartMark().getIndex() + 1;
        }
        return nodes;
    }

    /** The floor on every processor: the files shared out in equal slices between threads. */
    static long parallelFloor(List<FileScanner.SourceFile> files) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        List<List<FileScanner.SourceFile>> slices = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            slices.add(new ArrayList<>());
        }
        for (int i = 0; i < files.size(); i++) {
            slices.get(i % threads).add(files.get(i));
        }
        return slices.parallelStream()
                .mapToLong(slice -> {
                    try {
                        return floor(slice);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .sum();
    }

    /** The index entries of the account documents, as the per-file phase leaves them. */
    static List<AccountEntry> index(List<Document> documents) {
        List<AccountEntry> index = new ArrayList<>();
        for (Document document : documents) {
            AccountEntries.of(document).ifPresent(index::add);
        }
        return index;
    }

    /** Every rule across accounts of the built-in catalogue, at its default parameters. */
    static List<CrossAccountPhase.RuleInForce> acrossAccountRules() {
        List<CrossAccountPhase.RuleInForce> rules = new ArrayList<>();
        for (RuleMetadata rule : Catalogue.builtIn().rules()) {
            if (CrossAccountPhase.isCrossAccount(rule)) {
                rules.add(new CrossAccountPhase.RuleInForce(rule, rule.parameterDefaults()));
            }
        }
        return rules;
    }

    /**
     * The index entries of every account file, each tree dropped once its entry is built, as the engine
     * does it.
     */
    static List<AccountEntry> index(List<FileScanner.SourceFile> files, Limits limits) throws IOException {
        YamlLoader loader = new YamlLoader(limits);
        List<AccountEntry> index = new ArrayList<>();
        for (FileScanner.SourceFile file : files) {
            byte[] bytes = FileScanner.readBounded(file.path(), limits.maxFileBytes());
            loader.load(file.file(), bytes).root().ifPresent(mapping -> {
                String kind = mapping.get("kind").flatMap(Node::text).orElse("");
                FileKind.fromId(kind)
                        .flatMap(k -> AccountEntries.of(new Document(file.file(), k, mapping)))
                        .ifPresent(index::add);
            });
        }
        return index;
    }
}
