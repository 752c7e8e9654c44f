package io.github.somepolicy.bench;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFiles;
import io.github.somepolicy.report.ReportFormat;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import io.github.somepolicy.rule.ConfigurationView;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.RulePacks;
import io.github.somepolicy.rule.RunSettings;
import io.github.somepolicy.rule.cross.AccountEntry;
import io.github.somepolicy.rule.cross.CrossAccountPhase;
import io.github.somepolicy.schema.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each phase of a run on a generated configuration, timed on its own, single-threaded unless the name
 * says otherwise; {@code engine} is the whole run as the goal does it (all threads, all formats
 * written), {@code floor} is SnakeYAML's parse and compose of the same files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class PhaseBenchmark {

    /** Cross-file rules: those that look past the account to the organisation or a shared file. */
    private static final Set<String> CROSS_FILE = Set.of(
            "account-unit-exists",
            "retention-decision",
            "retention-transferred-copies",
            "municipality-wide-unit",
            "signature-municipality",
            "archive-method",
            "notice-website-link",
            "notice-present");

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Param({"1000"})
    public int accounts;

    private Path root;
    private List<FileScanner.SourceFile> files;
    private List<byte[]> bytes;
    private List<Document> documents;
    private SchemaValidator schemas;
    private ConfigurationView view;
    private List<RuleMetadata> rules;
    private Map<String, Check> checks;
    private Report report;
    private Path reports;
    private List<AccountEntry> index;
    private List<CrossAccountPhase.RuleInForce> acrossRules;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SomepolicyException {
        root = Corpus.of(accounts);
        files = Corpus.files(root);
        bytes = new ArrayList<>();
        for (FileScanner.SourceFile file : files) {
            bytes.add(Files.readAllBytes(file.path()));
        }
        documents = new ArrayList<>();
        YamlLoader loader = new YamlLoader(Limits.DEFAULT);
        for (int i = 0; i < files.size(); i++) {
            loader.load(files.get(i).file(), bytes.get(i)).root().ifPresent(mapping -> {
                String kind = mapping.get("kind").flatMap(Node::text).orElse("");
                FileKind.fromId(kind).ifPresent(k -> documents.add(new Document(filesName(mapping), k, mapping)));
            });
        }
        schemas = new SchemaValidator();
        Optional<Document> organisation = documents.stream()
                .filter(d -> d.kind() == FileKind.ORGANISATION)
                .findFirst();
        Path configurationRoot = root;
        view = new ConfigurationView() {
            @Override
            public Optional<Document> organisation() {
                return organisation;
            }

            @Override
            public Path root() {
                return configurationRoot;
            }
        };
        RulePacks packs = RulePacks.installed();
        rules = packs.catalogue().rules().stream()
                .filter(r -> !r.appliesTo().isEmpty())
                .toList();
        checks = packs.checks();
        report = new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "bench"));
        reports = Files.createTempDirectory("somepolicy-bench-reports");
        index = Corpus.index(documents);
        acrossRules = Corpus.acrossAccountRules();
    }

    private static String filesName(Node.Mapping mapping) {
        return mapping.location().file();
    }

    /** SnakeYAML reading and composing every file, nothing more: the floor. */
    @Benchmark
    public long floor() throws IOException {
        return Corpus.floor(files);
    }

    /** Read and parse: bytes from disk, decoding and the event-based loader into positioned trees. */
    @Benchmark
    public int readAndParse() throws IOException {
        YamlLoader loader = new YamlLoader(Limits.DEFAULT);
        int nodes = 0;
        for (FileScanner.SourceFile file : files) {
            LoadResult result =
                    loader.load(file.file(), FileScanner.readBounded(file.path(), Limits.DEFAULT.maxFileBytes()));
            nodes += result.root().map(m -> m.entries().size()).orElse(0);
        }
        return nodes;
    }

    /** JSON Schema validation of every parsed tree (schemas compiled once, in set-up). */
    @Benchmark
    public int schema() {
        int found = 0;
        for (Document document : documents) {
            found += schemas.validate(document.kind(), document.file(), document.root())
                    .size();
        }
        return found;
    }

    /** Compiling the packaged schemas, which a run does once. */
    @Benchmark
    public Object schemaCompile() {
        return new SchemaValidator();
    }

    /** Every per-file rule with its default parameters on every parsed tree, cross-file rules left out. */
    @Benchmark
    public int rules() {
        return runRules(false);
    }

    /** The cross-file rules only: an account against the organisation and the shared notice files. */
    @Benchmark
    public int crossFile() {
        return runRules(true);
    }

    /** The index entry of every account, built from its tree (done per file, during the per-file phase). */
    @Benchmark
    public int indexEntries() {
        return Corpus.index(documents).size();
    }

    /** The phase after the per-file one: every rule across accounts over the index of every account. */
    @Benchmark
    public int acrossAccounts() {
        return CrossAccountPhase.run(acrossRules, index, Optional.empty(), TODAY, RunSettings.DEFAULT)
                .size();
    }

    /** All five report formats written for the report of the whole configuration. */
    @Benchmark
    public long reports() throws IOException {
        long size = 0;
        for (ReportFormat format : ReportFormat.values()) {
            size += Files.size(ReportFiles.write(reports, format, report, Locale.forLanguageTag("sv")));
        }
        return size;
    }

    /** The whole run on every processor, as the goal does it, with all five reports written. */
    @Benchmark
    public long engine() throws IOException, SomepolicyException {
        Report whole = new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "bench"));
        long size = 0;
        for (ReportFormat format : ReportFormat.values()) {
            size += Files.size(ReportFiles.write(reports, format, whole, Locale.forLanguageTag("sv")));
        }
        return size;
    }

    private int runRules(boolean crossFile) {
        int found = 0;
        for (Document document : documents) {
            for (RuleMetadata rule : rules) {
                Check check = checks.get(rule.check());
                if (check == null
                        || CROSS_FILE.contains(rule.id()) != crossFile
                        || !rule.appliesTo().contains(document.kind())) {
                    continue;
                }
                List<Violation> violations = check.check(new CheckContext(
                        rule.id(), document, view, TODAY, rule.parameterDefaults(), RunSettings.DEFAULT));
                found += violations.size();
            }
        }
        return found;
    }
}
