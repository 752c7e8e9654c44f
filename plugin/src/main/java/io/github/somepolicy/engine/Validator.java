package io.github.somepolicy.engine;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.ReferenceResolver;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Globs;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.RunInfo;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import io.github.somepolicy.rule.Platforms;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.RulePacks;
import io.github.somepolicy.rule.RunSettings;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.rule.custom.CustomRules;
import io.github.somepolicy.rule.privacy.Redaction;
import io.github.somepolicy.schema.SchemaValidator;
import io.github.somepolicy.schema.Suggestions;
import io.github.somepolicy.waiver.Waivers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine: loads every file under a configuration root, validates it against its schema, runs the
 * rules of the policy in force (the built-in catalogue, the installed rule packs and the configuration's
 * custom rules), applies waivers and returns the report. It knows nothing of any build
 * tool and writes nothing.
 */
public final class Validator {

    /** The names the user's policy file may have, at the configuration root. */
    public static final List<String> POLICY_FILES = List.of("somepolicy.yaml", "somepolicy.yml");

    private static final String RULE_KIND = "file-kind";
    private static final String RULE_VERSION = "format-version";
    private static final String RULE_INTERNAL = "internal-error";
    private static final int FORMAT_VERSION = 1;

    private final SchemaValidator schemas;
    private final RulePacks packs;

    /** An engine with the packaged schemas, the built-in catalogue and the rule packs on its class path. */
    public Validator() {
        this(new SchemaValidator(), RulePacks.installed());
    }

    /**
     * An engine with schemas compiled ahead, the built-in catalogue and the rule packs on its class
     * path: compiling the schemas can then overlap other set-up.
     */
    public Validator(SchemaValidator schemas) {
        this(schemas, RulePacks.installed());
    }

    /** An engine with schemas compiled ahead, the built-in catalogue and the given rule packs. */
    public Validator(SchemaValidator schemas, RulePacks packs) {
        this.schemas = schemas;
        this.packs = packs;
    }

    /**
     * Validates a configuration.
     *
     * <p>Files are read, parsed, schema-checked and checked by the per-file rules in parallel, one file
     * at a time per thread; an account's tree is dropped as soon as its rules have run, so memory grows
     * with the findings and not with the configuration. The rules need the context every account is
     * checked against (the policy files and the organisation), so the files at the configuration root,
     * where that context lives, are loaded first; should a policy or organisation file turn up deeper
     * in the tree, the accounts checked before it are checked again against the full context. The
     * result is the same, finding for finding and in the same order, whatever the number of threads.
     *
     * @param request what to validate and against which date
     * @return the report
     * @throws SomepolicyException when the configuration root cannot be read at all
     */
    public Report validate(ValidationRequest request) throws SomepolicyException {
        return validate(request, ResultCache.none());
    }

    /**
     * Validates a configuration, reusing the per-file results an earlier run kept where they still hold
     * and keeping this run's for the next. The report is the one {@link #validate(ValidationRequest)}
     * gives, finding for finding.
     *
     * @param request what to validate and against which date
     * @param cache the results of earlier runs; it receives this run's
     * @return the report
     * @throws SomepolicyException when the configuration root cannot be read at all
     */
    public Report validate(ValidationRequest request, ResultCache cache) throws SomepolicyException {
        requireUsable(packs);
        Path root = request.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new SomepolicyException(Message.of("engine.no-directory", root), null);
        }
        List<Violation> head = new ArrayList<>();
        YamlLoader loader = new YamlLoader(request.limits());

        Optional<Document> userPolicy = Optional.empty();
        String policyFile = null;
        String policyHash = "";
        for (String name : POLICY_FILES) {
            Path candidate = root.resolve(name);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                policyFile = name;
                FileScanner.SourceFile source = new FileScanner.SourceFile(name, candidate, 0);
                byte[] bytes = read(source, request, head);
                if (bytes != null) {
                    policyHash = cache.enabled() ? ResultCache.sha256(bytes) : "";
                    userPolicy = parse(loader, source, bytes, head).filter(d -> d.kind() == FileKind.POLICY);
                }
                break;
            }
        }
        String basis = cache.enabled() ? runBasis(request, policyFile, policyHash) : "";
        List<String> excludes = PolicyLoader.excludes(userPolicy);

        FileScanner.Scan scan;
        try {
            scan = FileScanner.scan(
                    root, file -> excludes.stream().anyMatch(glob -> Globs.matches(glob, file)), request.limits());
        } catch (IOException e) {
            throw new SomepolicyException(Message.of("engine.unreadable-directory", root), e);
        }
        List<Violation> skipped = new ArrayList<>(head);
        skipped.addAll(scan.skipped());

        List<FileScanner.SourceFile> files = new ArrayList<>(scan.files().size());
        for (FileScanner.SourceFile file : scan.files()) {
            if (!file.file().equals(policyFile)) {
                files.add(file);
            }
        }
        int filesRead = files.size() + (policyFile == null ? 0 : 1);
        FileOutcome[] outcomes = new FileOutcome[files.size()];
        try (Workers workers = Workers.of(request.threads(), files.size())) {
            // The context lives at the root: load those files first, and check nothing yet.
            List<Integer> deeper = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i).file().indexOf('/') < 0) {
                    outcomes[i] = load(loader, files.get(i), request, cache);
                } else {
                    deeper.add(i);
                }
            }
            Run provisional =
                    run(request, root, userPolicy, policyFile, contextDocuments(outcomes), basis, outcomes, cache);
            workers.forEach(deeper, i -> outcomes[i] = loadAndCheck(loader, files.get(i), request, provisional, cache));
            List<Document> context = contextDocuments(outcomes);
            Run run = provisional;
            if (!context.equals(provisional.contextDocuments())) {
                Run full = run(request, root, userPolicy, policyFile, context, basis, outcomes, cache);
                run = full;
                workers.forEach(deeper, i -> {
                    if (outcomes[i].checkedWith() == provisional) {
                        outcomes[i] = loadAndCheck(loader, files.get(i), request, full, cache);
                    }
                });
            }
            Run finalRun = run;
            List<Integer> unchecked = new ArrayList<>();
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i].checkedWith() == null) {
                    unchecked.add(i);
                }
            }
            workers.forEach(unchecked, i -> outcomes[i] = outcomes[i].checked(finalRun));

            List<Finding> findings = new ArrayList<>(run.toFindings(skipped));
            int accounts = 0;
            for (FileOutcome outcome : outcomes) {
                findings.addAll(outcome.loadFindings());
                accounts += outcome.kind() == FileKind.ACCOUNT ? 1 : 0;
            }
            findings.addAll(run.toFindings(run.contextViolations()));
            for (FileOutcome outcome : outcomes) {
                findings.addAll(outcome.checkFindings());
            }
            Policy policy = run.policy();
            List<Violation> waiverViolations = new ArrayList<>();
            findings = new Waivers(policy.waivers(), request.today(), policy.soonDueDays())
                    .apply(findings, waiverViolations);
            findings.addAll(run.toFindings(waiverViolations));

            List<Report.RuleInForce> inForce = new ArrayList<>();
            for (RuleMetadata rule : run.catalogue().rules()) {
                policy.severity(rule).ifPresent(severity -> inForce.add(new Report.RuleInForce(rule, severity)));
            }
            RunInfo runInfo =
                    new RunInfo(request.toolVersion(), request.today(), policy.profile(), filesRead, accounts);
            return new Report(runInfo, inForce, findings);
        }
    }

    private static boolean isContext(FileOutcome outcome) {
        return isContextKind(outcome.kind());
    }

    /** Whether files of a kind make the context every file is checked against. */
    static boolean isContextKind(FileKind kind) {
        return kind == FileKind.POLICY || kind == FileKind.ORGANISATION;
    }

    /**
     * What every run key of a validation starts from: the code of the engine and the rule packs, the
     * version, the date, the limits and the user's policy file.
     */
    private static String runBasis(ValidationRequest request, String policyFile, String policyHash) {
        String code;
        try {
            code = Fingerprint.codeHash();
        } catch (IOException | RuntimeException e) {
            // Without the code's hash no result can be trusted: a key no earlier run had.
            code = "unknown:" + java.util.UUID.randomUUID();
        }
        return ResultCache.sha256(List.of(
                "run",
                code,
                request.toolVersion(),
                request.today().toString(),
                request.limits().toString(),
                String.valueOf(policyFile),
                policyHash));
    }

    private static List<Document> contextDocuments(FileOutcome[] outcomes) {
        List<Document> context = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome != null && isContext(outcome)) {
                context.add(outcome.document());
            }
        }
        return context;
    }

    /** The policy in force and what every check sees, built from the context files in path order. */
    private Run run(
            ValidationRequest request,
            Path root,
            Optional<Document> userPolicy,
            String policyFile,
            List<Document> contextDocuments,
            String basis,
            FileOutcome[] outcomes,
            ResultCache cache) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Document> policyFiles = new LinkedHashMap<>();
        Optional<Document> organisation = Optional.empty();
        for (Document document : contextDocuments) {
            if (document.kind() == FileKind.POLICY) {
                policyFiles.put(document.file(), document);
            } else if (organisation.isPresent()) {
                violations.add(new Violation(
                        RULE_KIND,
                        document.root().location(),
                        List.of(organisation.get().root().location()),
                        Message.of(
                                "engine.second-organisation", organisation.get().file())));
            } else {
                organisation = Optional.of(document);
            }
        }
        Set<String> builtInIds = new HashSet<>();
        packs.catalogue().rules().forEach(rule -> builtInIds.add(rule.id()));
        CustomRules custom = CustomRules.read(userPolicy, builtInIds, violations);
        Catalogue catalogue = packs.catalogue().with(custom.rules());
        List<String> noted = new ArrayList<>();
        Policy policy = ReferenceResolver.noting(noted, () -> new PolicyLoader(catalogue, policyFiles, violations)
                .withPackProfiles(packs.profiles())
                .withParameterSchemas(schemas, policyFile == null ? "somepolicy.yaml" : policyFile)
                .load(userPolicy));
        String key = "";
        if (cache.enabled()) {
            // The run's key: its basis, the context files by path and content, and what the policy
            // referred to (a profile it extends), as it resolves now.
            List<String> parts = new ArrayList<>();
            parts.add(basis);
            for (FileOutcome outcome : outcomes) {
                if (outcome != null && isContext(outcome)) {
                    parts.add(outcome.document().file() + ":" + outcome.hash());
                }
            }
            for (ResultCache.Reference reference : cache.references(root, noted)) {
                parts.add(reference.reference() + "=" + reference.resolved());
            }
            key = ResultCache.sha256(parts);
        }
        List<RuleMetadata> fileRules = new ArrayList<>();
        List<Check> fileChecks = new ArrayList<>();
        List<Map<String, Object>> fileParameters = new ArrayList<>();
        for (RuleMetadata rule : catalogue.rules()) {
            if (!rule.appliesTo().isEmpty()) {
                fileRules.add(rule);
                fileChecks.add(
                        custom.checks().getOrDefault(rule.id(), packs.checks().get(rule.check())));
                // The defaults merged with the policy's parameters once per run; only a file that a
                // policy override covers has its own.
                fileParameters.add(parameters(rule, policy.generalSetting(rule.id())));
            }
        }
        return new Run(
                key,
                List.copyOf(contextDocuments),
                List.copyOf(violations),
                catalogue,
                policy,
                new LoadedConfiguration(root, organisation),
                request.today(),
                fileRules,
                fileChecks,
                fileParameters);
    }

    /** A rule's parameters under a setting: the catalogue's defaults, then the setting's. */
    private static Map<String, Object> parameters(RuleMetadata rule, RuleSetting setting) {
        Map<String, Object> parameters = new LinkedHashMap<>(rule.parameterDefaults());
        parameters.putAll(setting.parameters());
        return Map.copyOf(parameters);
    }

    /** Reads, parses and schema-checks one file, turning its problems into violations. */
    private FileOutcome load(
            YamlLoader loader, FileScanner.SourceFile file, ValidationRequest request, ResultCache cache) {
        List<Violation> violations = new ArrayList<>();
        byte[] bytes = read(file, request, violations);
        String hash = bytes != null && cache.enabled() ? ResultCache.sha256(bytes) : null;
        return parsed(loader, file, bytes, violations, hash);
    }

    private FileOutcome parsed(
            YamlLoader loader, FileScanner.SourceFile file, byte[] bytes, List<Violation> violations, String hash) {
        Optional<Document> document = bytes == null ? Optional.empty() : parse(loader, file, bytes, violations);
        return new FileOutcome(
                document.map(Document::kind).orElse(null),
                document.orElse(null),
                violations,
                null,
                null,
                null,
                hash,
                List.of());
    }

    /**
     * Reads a file below the root and, unless it is part of the context, checks it; or takes its result
     * from the cache, when an earlier run left one that still holds, without parsing it.
     */
    private FileOutcome loadAndCheck(
            YamlLoader loader, FileScanner.SourceFile file, ValidationRequest request, Run run, ResultCache cache) {
        Path root = run.configuration().root();
        Optional<String> known = cache.enabled() ? cache.knownHash(file.file()) : Optional.empty();
        if (known.isPresent()) {
            Optional<FileOutcome> reused = reused(cache, run, file, known.get(), root);
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        List<Violation> violations = new ArrayList<>();
        byte[] bytes = read(file, request, violations);
        String hash = bytes != null && cache.enabled() ? ResultCache.sha256(bytes) : null;
        if (hash != null && !known.equals(Optional.of(hash))) {
            Optional<FileOutcome> reused = reused(cache, run, file, hash, root);
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        FileOutcome loaded = parsed(loader, file, bytes, violations, hash);
        if (isContext(loaded)) {
            return loaded;
        }
        FileOutcome checked = loaded.checked(run);
        if (hash != null) {
            // The file's entry in the index of the phase after all files is kept here beside its findings,
            // once there is such a phase; until then it is empty.
            cache.keep(
                    run.key(),
                    file.file(),
                    hash,
                    new ResultCache.Entry(
                            Optional.ofNullable(checked.kind()),
                            cache.references(root, checked.references()),
                            checked.loadFindings(),
                            checked.checkFindings(),
                            ""));
        }
        return checked;
    }

    /** A file's outcome from the cache, when it holds a result for the file's content in this run. */
    private static Optional<FileOutcome> reused(
            ResultCache cache, Run run, FileScanner.SourceFile file, String hash, Path root) {
        return cache.lookup(run.key(), file.file(), hash, root)
                .map(entry -> new FileOutcome(
                        entry.kind().orElse(null),
                        null,
                        List.of(),
                        run,
                        entry.loadFindings(),
                        entry.checkFindings(),
                        hash,
                        List.of()));
    }

    /**
     * What one file gave: its load problems and, once checked, the findings of both; the tree is kept
     * only until the file is checked, or for good when it is part of the context. With a cache, the
     * SHA-256 of the file's bytes and the references its rules made (shared notices) come with it.
     */
    private record FileOutcome(
            FileKind kind,
            Document document,
            List<Violation> loadViolations,
            Run checkedWith,
            List<Finding> loadFindings,
            List<Finding> checkFindings,
            String hash,
            List<String> references) {

        FileOutcome checked(Run run) {
            List<String> noted = new ArrayList<>();
            List<Violation> violations =
                    document == null ? List.of() : ReferenceResolver.noting(noted, () -> run.check(document));
            return new FileOutcome(
                    kind,
                    isContext(this) ? document : null,
                    loadViolations,
                    run,
                    run.toFindings(loadViolations),
                    run.toFindings(violations),
                    hash,
                    noted);
        }
    }

    /** The context of a run: the policy in force, the configuration view and the per-file rules. */
    private record Run(
            String key,
            List<Document> contextDocuments,
            List<Violation> contextViolations,
            Catalogue catalogue,
            Policy policy,
            LoadedConfiguration configuration,
            java.time.LocalDate today,
            List<RuleMetadata> fileRules,
            List<Check> fileChecks,
            List<Map<String, Object>> fileParameters) {

        /** Runs every per-file rule in force on a document. */
        List<Violation> check(Document document) {
            List<Violation> violations = new ArrayList<>();
            RunSettings settings = policy.runSettings();
            Boolean visitors = null;
            for (int r = 0; r < fileRules.size(); r++) {
                RuleMetadata rule = fileRules.get(r);
                Check check = fileChecks.get(r);
                if (check == null || !rule.appliesTo().contains(document.kind())) {
                    continue;
                }
                RuleSetting setting = policy.setting(rule.id(), document.file());
                if (setting.off()) {
                    continue;
                }
                if (rule.visitorContent()) {
                    if (visitors == null) {
                        visitors = visitorsCanPost(document);
                    }
                    if (!visitors) {
                        continue;
                    }
                }
                Map<String, Object> parameters =
                        setting == policy.generalSetting(rule.id()) ? fileParameters.get(r) : parameters(rule, setting);
                CheckContext context =
                        new CheckContext(rule.id(), document, configuration, today, parameters, settings);
                try {
                    violations.addAll(check.check(context));
                } catch (RuntimeException | StackOverflowError e) {
                    violations.add(Violation.of(
                            RULE_INTERNAL,
                            Location.ofFile(document.file()),
                            "engine.internal-error",
                            rule.id(),
                            e.getClass().getSimpleName()));
                }
            }
            return violations;
        }

        /** Gives each violation the severity in force for its rule and file; rules turned off give none. */
        List<Finding> toFindings(List<Violation> violations) {
            if (violations.isEmpty()) {
                return List.of();
            }
            List<Finding> findings = new ArrayList<>(violations.size());
            for (Violation violation : violations) {
                Optional<RuleMetadata> rule = catalogue.rule(violation.ruleId());
                Optional<Severity> severity = rule.isPresent()
                        ? policy.severity(rule.get(), violation.location().file())
                        : Optional.of(Severity.ERROR);
                severity.ifPresent(s -> findings.add(new Finding(
                        violation.ruleId(),
                        s,
                        violation.location(),
                        violation.related(),
                        Redaction.redact(violation.message()),
                        Optional.empty())));
            }
            return findings;
        }
    }

    /** Stops with the first thing wrong with the rule packs, if any: no run starts with an incomplete pack. */
    static void requireUsable(RulePacks packs) throws SomepolicyException {
        if (!packs.problems().isEmpty()) {
            throw new SomepolicyException(packs.problems().get(0), null);
        }
    }

    /** rules about visitors' posts apply only where visitors can post on the account's page. */
    private static boolean visitorsCanPost(Document document) {
        return document.kind() != FileKind.ACCOUNT
                || Platforms.of(Account.of(document).platform()).visitorPosts();
    }

    /** Reads one file, within the size limit; null, with the problem in the violations, when it cannot. */
    private static byte[] read(FileScanner.SourceFile file, ValidationRequest request, List<Violation> violations) {
        try {
            return FileScanner.readBounded(file.path(), request.limits().maxFileBytes());
        } catch (IOException e) {
            violations.add(Violation.of("file-skipped", Location.ofFile(file.file()), "scan.unreadable"));
            return null;
        }
    }

    /** Parses, types and schema-checks one file's bytes; problems go to the violations. */
    private Optional<Document> parse(
            YamlLoader loader, FileScanner.SourceFile file, byte[] bytes, List<Violation> violations) {
        LoadResult loaded = loader.load(file.file(), bytes);
        violations.addAll(loaded.problems());
        if (loaded.root().isEmpty()) {
            return Optional.empty();
        }
        Node.Mapping mapping = loaded.root().get();
        Optional<FileKind> kind = kindOf(file.file(), mapping, violations);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node.Entry> version = mapping.entry("version");
        if (version.isPresent()) {
            String value = version.get().value().text().orElse("");
            if (!value.equals(String.valueOf(FORMAT_VERSION)) && value.matches("[0-9]{1,6}")) {
                violations.add(Violation.of(
                        RULE_VERSION,
                        version.get().value().location(),
                        "engine.format-version",
                        value,
                        FORMAT_VERSION));
                return Optional.empty();
            }
        }
        List<Violation> schemaViolations = schemas.validate(kind.get(), file.file(), mapping);
        violations.addAll(schemaViolations);
        return Optional.of(new Document(file.file(), kind.get(), mapping));
    }

    private static Optional<FileKind> kindOf(String file, Node.Mapping mapping, List<Violation> violations) {
        Optional<Node.Entry> kindEntry = mapping.entry("kind");
        List<String> kinds = Arrays.stream(FileKind.values()).map(FileKind::id).toList();
        if (kindEntry.isEmpty()) {
            violations.add(Violation.of(
                    RULE_KIND, mapping.location().withPointer(""), "engine.kind.missing", String.join(", ", kinds)));
            return Optional.empty();
        }
        String value = kindEntry.get().value().text().orElse("");
        Optional<FileKind> kind = FileKind.fromId(value);
        if (kind.isEmpty()) {
            Optional<String> suggestion = Suggestions.closest(value, kinds);
            violations.add(Violation.of(
                    RULE_KIND,
                    kindEntry.get().value().location(),
                    suggestion.isPresent() ? "engine.kind.unknown.suggest" : "engine.kind.unknown",
                    value,
                    suggestion.orElse(String.join(", ", kinds))));
        }
        return kind;
    }
}
