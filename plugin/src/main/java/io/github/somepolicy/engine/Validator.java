package io.github.somepolicy.engine;

import io.github.somepolicy.load.DocumentLoader;
import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.ReferenceResolver;
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
import io.github.somepolicy.rule.cross.AccountEntries;
import io.github.somepolicy.rule.cross.AccountEntry;
import io.github.somepolicy.rule.cross.CrossAccountPhase;
import io.github.somepolicy.rule.custom.CustomRules;
import io.github.somepolicy.rule.notice.NoticeEvidence;
import io.github.somepolicy.rule.notice.NoticePhrases;
import io.github.somepolicy.rule.privacy.Redaction;
import io.github.somepolicy.schema.SchemaValidator;
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
    private static final String TIME_BUDGET = "engine.time-budget";
    private static final String RULE_INTERNAL = "internal-error";

    /**
     * How long the rules of one run may take, in seconds ({@code -Dsomepolicy.timeBudgetSeconds}): past
     * it, every file not yet checked gets an {@code internal-error} finding instead of its checks, so a
     * runaway phase ends the run with a finding rather than a hung build.
     */
    static long timeBudgetSeconds() {
        return Math.max(0, Long.getLong("somepolicy.timeBudgetSeconds", 60));
    }

    /** The rules that also search the user's policy file, which is otherwise read and not checked. */
    private static final Set<String> SEARCHED_IN_POLICY = Set.of("secret-value", "personal-identity-number");

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
     * Reads ahead what a run needs before its first file: the catalogue with the installed rule packs, and
     * the notice concepts the first notice checked needs. Each is read once per class loader; a goal that
     * must wait for other set-up (the files' names) reads them meanwhile.
     */
    public static void prepare() {
        RulePacks.installed();
        NoticePhrases.builtIn();
    }

    /**
     * Validates a configuration, in the steps of {@code docs/performance.md}: scan, context, per file,
     * late context, waivers and report.
     *
     * <p>Files are read, parsed, schema-checked and checked by the per-file rules in parallel, one file
     * at a time per thread; an account's tree is dropped as soon as its rules have run, so memory grows
     * with the findings and not with the configuration. The result is the same, finding for finding and
     * in the same order, whatever the number of threads.
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
        DocumentLoader loader = new DocumentLoader(request.limits());
        Scan scan = scan(root, loader, request, cache);
        Outcomes outcomes = new Outcomes(scan.files());
        try (Workers workers = Workers.of(request.threads(), scan.files().size())) {
            Run context = context(scan, outcomes, loader, request, root, cache);
            workers.forEach(outcomes.deeper(), i -> outcomes.set(i, perFile(loader, outcomes.file(i), context, cache)));
            Run run = lateContext(scan, outcomes, loader, request, root, context, workers, cache);
            workers.forEach(
                    outcomes.unchecked(), i -> outcomes.set(i, outcomes.get(i).checked(run)));
            return report(scan, outcomes, run, request);
        }
    }

    /**
     * What the scan gave: the user's policy, when there is one, the other files in path order, and the
     * problems met on the way.
     */
    private record Scan(
            Optional<Document> userPolicy,
            String policyFile,
            List<FileScanner.SourceFile> files,
            List<Violation> skipped,
            String basis) {

        int filesRead() {
            return files.size() + (policyFile == null ? 0 : 1);
        }
    }

    /** Step 1, scan: the policy file, whose exclusions the scan needs, then the file tree sorted by path. */
    private Scan scan(Path root, DocumentLoader loader, ValidationRequest request, ResultCache cache)
            throws SomepolicyException {
        List<Violation> skipped = new ArrayList<>();
        Optional<Document> userPolicy = Optional.empty();
        String policyFile = null;
        String policyHash = "";
        for (String name : POLICY_FILES) {
            Path candidate = root.resolve(name);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                policyFile = name;
                FileScanner.SourceFile source = new FileScanner.SourceFile(name, candidate, 0);
                byte[] bytes = loader.read(source, skipped);
                if (bytes != null) {
                    policyHash = cache.enabled() ? ResultCache.sha256(bytes) : "";
                    userPolicy = loadFile(loader, source, bytes, skipped).filter(d -> d.kind() == FileKind.POLICY);
                }
                break;
            }
        }
        List<String> excludes = PolicyLoader.excludes(userPolicy);
        FileScanner.Scan scan;
        try {
            scan = FileScanner.scan(
                    root, file -> excludes.stream().anyMatch(glob -> Globs.matches(glob, file)), request.limits());
        } catch (IOException e) {
            throw new SomepolicyException(Message.of("engine.unreadable-directory", root), e);
        }
        skipped.addAll(scan.skipped());
        List<FileScanner.SourceFile> files = new ArrayList<>(scan.files().size());
        for (FileScanner.SourceFile file : scan.files()) {
            if (!file.file().equals(policyFile)) {
                files.add(file);
            }
        }
        String basis = cache.enabled() ? runBasis(request, policyFile, policyHash) : "";
        return new Scan(userPolicy, policyFile, files, skipped, basis);
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

    /**
     * Step 2, context: the files at the configuration root, where the policy files and the organisation
     * live, are loaded first; from them the policy in force and what every check sees. Nothing is checked
     * yet.
     */
    private Run context(
            Scan scan,
            Outcomes outcomes,
            DocumentLoader loader,
            ValidationRequest request,
            Path root,
            ResultCache cache) {
        for (int i : outcomes.atRoot()) {
            outcomes.set(i, load(loader, outcomes.file(i), cache));
        }
        return run(request, root, scan, outcomes, cache);
    }

    /**
     * Step 3, per file: one file read, parsed, schema-checked and checked by every per-file rule in force;
     * its tree is kept only when it is part of the context. Runs on every processor, one file at a time
     * per thread.
     */
    private FileOutcome perFile(DocumentLoader loader, FileScanner.SourceFile file, Run run, ResultCache cache) {
        if (!cache.enabled()) {
            FileOutcome outcome = load(loader, file, cache);
            return isContext(outcome) ? outcome : outcome.checked(run);
        }
        // With the cache: a file whose result still holds is taken from it, unread when its hash is known.
        Path root = run.configuration().root();
        Optional<String> known = cache.knownHash(file.file());
        if (known.isPresent()) {
            Optional<FileOutcome> reused = reused(cache, run, file, known.get(), root);
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        List<Violation> violations = new ArrayList<>();
        byte[] bytes = loader.read(file, violations);
        String hash = bytes == null ? null : ResultCache.contentId(bytes, known);
        if (hash != null && !known.equals(Optional.of(hash))) {
            Optional<FileOutcome> reused = reused(cache, run, file, hash, root);
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        if (hash != null) {
            Optional<String> other = cache.otherContentId(bytes, hash);
            Optional<FileOutcome> reused = other.flatMap(id -> reused(cache, run, file, id, root));
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        FileOutcome loaded = loaded(loader, file, bytes, violations, hash);
        if (isContext(loaded)) {
            return loaded;
        }
        FileOutcome checked = loaded.checked(run);
        // A result cut short by the run's time budget depends on the machine, not on the files: not kept.
        boolean cutShort = checked.checkFindings().stream()
                .anyMatch(finding -> finding.message().key().equals(TIME_BUDGET));
        if (hash != null && !cutShort) {
            // Kept with its findings: the file's entry in the index the rules across accounts read.
            cache.keep(
                    run.key(),
                    file.file(),
                    hash,
                    new ResultCache.Entry(
                            Optional.ofNullable(checked.kind()),
                            cache.references(root, checked.references()),
                            checked.loadFindings(),
                            checked.checkFindings(),
                            Optional.ofNullable(checked.entry()),
                            checked.notices()));
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
                        entry.index().orElse(null),
                        hash,
                        entry.notices(),
                        List.of()));
    }

    /**
     * Step 4, late context: should a policy or organisation file turn up below the root, the files checked
     * before it are read and checked again against the full context.
     */
    private Run lateContext(
            Scan scan,
            Outcomes outcomes,
            DocumentLoader loader,
            ValidationRequest request,
            Path root,
            Run provisional,
            Workers workers,
            ResultCache cache) {
        List<Document> context = outcomes.contextDocuments();
        if (context.equals(provisional.contextDocuments())) {
            return provisional;
        }
        Run full = run(request, root, scan, outcomes, cache);
        workers.forEach(outcomes.deeper(), i -> {
            if (outcomes.get(i).checkedWith() == provisional) {
                outcomes.set(i, perFile(loader, outcomes.file(i), full, cache));
            }
        });
        return full;
    }

    /**
     * Step 5, after all files: the findings gathered in file order (what the scan skipped, what loading
     * found, what the context is wrong in, what the checks found), waivers applied, and the report. A
     * rule over every file (a second phase over a compact index of the accounts) adds its findings here.
     */
    private static Report report(Scan scan, Outcomes outcomes, Run run, ValidationRequest request) {
        List<Finding> findings = new ArrayList<>(run.toFindings(scan.skipped()));
        int accounts = 0;
        for (FileOutcome outcome : outcomes.all()) {
            findings.addAll(outcome.loadFindings());
            accounts += outcome.kind() == FileKind.ACCOUNT ? 1 : 0;
        }
        findings.addAll(run.toFindings(run.contextViolations()));
        // somepolicy.yaml is searched for secrets and identity numbers like every other file.
        if (scan.userPolicy().isPresent()) {
            findings.addAll(
                    run.toFindings(run.check(scan.userPolicy().get(), rule -> SEARCHED_IN_POLICY.contains(rule.id()))));
        }
        List<AccountEntry> index = new ArrayList<>();
        for (FileOutcome outcome : outcomes.all()) {
            findings.addAll(outcome.checkFindings());
            if (outcome.entry() != null) {
                index.add(outcome.entry());
            }
        }
        findings.addAll(run.toFindings(run.acrossAccounts(index)));
        findings = mergeRepeated(findings);
        Policy policy = run.policy();
        List<Violation> waiverViolations = new ArrayList<>();
        findings =
                new Waivers(policy.waivers(), request.today(), policy.soonDueDays()).apply(findings, waiverViolations);
        findings.addAll(run.toFindings(waiverViolations));

        List<Report.RuleInForce> inForce = new ArrayList<>();
        for (RuleMetadata rule : run.catalogue().rules()) {
            policy.severity(rule).ifPresent(severity -> inForce.add(new Report.RuleInForce(rule, severity)));
        }
        RunInfo runInfo =
                new RunInfo(request.toolVersion(), request.today(), policy.profile(), scan.filesRead(), accounts);
        List<List<NoticeEvidence>> notices = new ArrayList<>();
        for (FileOutcome outcome : outcomes.all()) {
            notices.add(outcome.notices());
        }
        return new Report(runInfo, inForce, findings, NoticeEvidence.merge(notices));
    }

    /** What each file of the scan gave so far, by its place in path order; written by one thread per file. */
    private static final class Outcomes {
        private final List<FileScanner.SourceFile> files;
        private final FileOutcome[] outcomes;

        Outcomes(List<FileScanner.SourceFile> files) {
            this.files = files;
            this.outcomes = new FileOutcome[files.size()];
        }

        FileScanner.SourceFile file(int index) {
            return files.get(index);
        }

        FileOutcome get(int index) {
            return outcomes[index];
        }

        void set(int index, FileOutcome outcome) {
            outcomes[index] = outcome;
        }

        /** The files at the configuration root, where the context lives. */
        List<Integer> atRoot() {
            return indexes(i -> files.get(i).file().indexOf('/') < 0);
        }

        /** The files below the root. */
        List<Integer> deeper() {
            return indexes(i -> files.get(i).file().indexOf('/') >= 0);
        }

        /** The files loaded but not checked yet: those at the root, context files included. */
        List<Integer> unchecked() {
            return indexes(i -> outcomes[i].checkedWith() == null);
        }

        List<FileOutcome> all() {
            return Arrays.asList(outcomes);
        }

        /** The policy and organisation files loaded so far, in path order. */
        List<Document> contextDocuments() {
            List<Document> context = new ArrayList<>();
            for (FileOutcome outcome : outcomes) {
                if (outcome != null && isContext(outcome)) {
                    context.add(outcome.document());
                }
            }
            return context;
        }

        private List<Integer> indexes(java.util.function.IntPredicate wanted) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < outcomes.length; i++) {
                if (wanted.test(i)) {
                    indexes.add(i);
                }
            }
            return indexes;
        }
    }

    private static boolean isContext(FileOutcome outcome) {
        return isContextKind(outcome.kind());
    }

    /** Whether files of a kind make the context every file is checked against. */
    static boolean isContextKind(FileKind kind) {
        return kind == FileKind.POLICY || kind == FileKind.ORGANISATION;
    }

    /** The policy in force and what every check sees, built from the context files in path order. */
    private Run run(ValidationRequest request, Path root, Scan scan, Outcomes outcomes, ResultCache cache) {
        Optional<Document> userPolicy = scan.userPolicy();
        String policyFile = scan.policyFile();
        List<Document> contextDocuments = outcomes.contextDocuments();
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
        List<FileRule> fileRules = new ArrayList<>();
        for (RuleMetadata rule : catalogue.rules()) {
            Check check = custom.checks().getOrDefault(rule.id(), packs.checks().get(rule.check()));
            if (!rule.appliesTo().isEmpty() && check != null) {
                // The defaults merged with the policy's parameters once per run; only a file that a policy
                // override covers has parameters of its own.
                fileRules.add(new FileRule(rule, check, parameters(rule, policy.generalSetting(rule.id()))));
            }
        }
        String key = "";
        if (cache.enabled()) {
            // The run's key: its basis, the context files by path and content, and what the policy referred
            // to (a profile it extends), as it resolves now.
            List<String> parts = new ArrayList<>();
            parts.add(scan.basis());
            for (FileOutcome outcome : outcomes.all()) {
                if (outcome != null && isContext(outcome)) {
                    parts.add(outcome.document().file() + ":" + outcome.hash());
                }
            }
            for (ResultCache.Reference reference : cache.references(root, noted)) {
                parts.add(reference.reference() + "=" + reference.resolved());
            }
            key = ResultCache.sha256(parts);
        }
        return new Run(
                key,
                List.copyOf(contextDocuments),
                List.copyOf(violations),
                catalogue,
                policy,
                new LoadedConfiguration(root, organisation),
                request.today(),
                List.copyOf(fileRules),
                System.nanoTime() + timeBudgetSeconds() * 1_000_000_000L);
    }

    /**
     * A rule that checks one file at a time, with its check.
     *
     * @param rule the rule
     * @param check its check: built in, a rule pack's or the configuration's own
     * @param parameters its parameters where no policy override for some files applies
     */
    private record FileRule(RuleMetadata rule, Check check, Map<String, Object> parameters) {}

    /** A rule's parameters under a setting: the catalogue's defaults, then the setting's. */
    private static Map<String, Object> parameters(RuleMetadata rule, RuleSetting setting) {
        Map<String, Object> parameters = new LinkedHashMap<>(rule.parameterDefaults());
        parameters.putAll(setting.parameters());
        return Map.copyOf(parameters);
    }

    /** Reads, parses and schema-checks one file, turning its problems into violations. */
    private FileOutcome load(DocumentLoader loader, FileScanner.SourceFile file, ResultCache cache) {
        List<Violation> violations = new ArrayList<>();
        byte[] bytes = loader.read(file, violations);
        String hash = bytes != null && cache.enabled() ? ResultCache.sha256(bytes) : null;
        return loaded(loader, file, bytes, violations, hash);
    }

    private FileOutcome loaded(
            DocumentLoader loader, FileScanner.SourceFile file, byte[] bytes, List<Violation> violations, String hash) {
        Optional<Document> document = bytes == null ? Optional.empty() : loadFile(loader, file, bytes, violations);
        return new FileOutcome(
                document.map(Document::kind).orElse(null),
                document.orElse(null),
                violations,
                null,
                null,
                null,
                null,
                hash,
                List.of(),
                List.of());
    }

    /**
     * What one file gave: its load problems and, once checked, the findings of both; the tree is kept
     * only until the file is checked, or for good when it is part of the context; an account leaves its
     * entry in the index the rules across accounts read. With a cache, the SHA-256 of the file's bytes and
     * the references its rules made (shared notices) come with it.
     */
    private record FileOutcome(
            FileKind kind,
            Document document,
            List<Violation> loadViolations,
            Run checkedWith,
            List<Finding> loadFindings,
            List<Finding> checkFindings,
            AccountEntry entry,
            String hash,
            List<NoticeEvidence> notices,
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
                    document == null ? null : AccountEntries.of(document).orElse(null),
                    hash,
                    document == null
                            ? List.of()
                            : run.configuration()
                                    .shared(NoticeEvidence.Recorded.class, k -> new NoticeEvidence.Recorded())
                                    .of(document.file()),
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
            List<FileRule> fileRules,
            long deadline) {

        /** Runs every per-file rule in force on a document. */
        List<Violation> check(Document document) {
            return check(document, rule -> true);
        }

        /** Runs the per-file rules in force that a filter lets through on a document. */
        List<Violation> check(Document document, java.util.function.Predicate<RuleMetadata> which) {
            List<Violation> violations = new ArrayList<>();
            RunSettings settings = policy.runSettings();
            Boolean visitors = null;
            for (FileRule fileRule : fileRules) {
                RuleMetadata rule = fileRule.rule();
                Check check = fileRule.check();
                if (!which.test(rule) || !rule.appliesTo().contains(document.kind())) {
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
                if (System.nanoTime() - deadline > 0) {
                    // The run's time budget is spent: what is left becomes a finding, not a hang.
                    violations.add(Violation.of(
                            RULE_INTERNAL,
                            Location.ofFile(document.file()),
                            TIME_BUDGET,
                            rule.id(),
                            timeBudgetSeconds()));
                    break;
                }
                Map<String, Object> parameters =
                        setting == policy.generalSetting(rule.id()) ? fileRule.parameters() : parameters(rule, setting);
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

        /** Step 5's second phase: the rules across accounts in force, over the index of every account. */
        List<Violation> acrossAccounts(List<AccountEntry> index) {
            List<CrossAccountPhase.RuleInForce> rules = new ArrayList<>();
            for (RuleMetadata rule : catalogue.rules()) {
                if (CrossAccountPhase.isCrossAccount(rule)
                        && policy.severity(rule).isPresent()) {
                    Map<String, Object> parameters = new LinkedHashMap<>(rule.parameterDefaults());
                    parameters.putAll(policy.setting(rule.id(), "").parameters());
                    rules.add(new CrossAccountPhase.RuleInForce(rule, parameters));
                }
            }
            return CrossAccountPhase.run(rules, index, configuration.organisation(), today, policy.runSettings());
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
        if (document.kind() == FileKind.ACCOUNT) {
            Optional<Node> own = document.root().at("/visitorPosts");
            if (own.isPresent() && own.get() instanceof Node.Scalar scalar && !scalar.isNull()) {
                // the account's own setting, such as comments closed on a Facebook page, over the platform's
                return !"false".equals(scalar.text().orElse(""));
            }
        }
        return document.kind() != FileKind.ACCOUNT
                || Platforms.of(Account.of(document).platform()).visitorPosts();
    }

    /**
     * One finding for the same breach at the same place reported from several files, with the related
     * places of all of them: a shared notice file that lacks a topic is found once per account that uses
     * it, and is one finding at the file with those accounts as related places.
     */
    static List<Finding> mergeRepeated(List<Finding> findings) {
        Map<List<Object>, Integer> first = new java.util.HashMap<>();
        List<Finding> merged = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.related().isEmpty() || finding.waived()) {
                merged.add(finding);
                continue;
            }
            List<Object> key = List.of(finding.ruleId(), finding.severity(), finding.location(), finding.message());
            Integer at = first.putIfAbsent(key, merged.size());
            if (at == null) {
                merged.add(finding);
                continue;
            }
            Finding kept = merged.get(at);
            java.util.TreeSet<Location> related = new java.util.TreeSet<>(kept.related());
            related.addAll(finding.related());
            merged.set(
                    at,
                    new Finding(
                            kept.ruleId(),
                            kept.severity(),
                            kept.location(),
                            List.copyOf(related),
                            kept.message(),
                            kept.waiver()));
        }
        return merged;
    }

    /** Reads, parses, types and schema-checks one file; problems go to the violations. */
    private Optional<Document> loadFile(
            DocumentLoader loader, FileScanner.SourceFile file, byte[] bytes, List<Violation> violations) {
        Optional<Document> document = loader.load(file, bytes, violations);
        document.ifPresent(d -> violations.addAll(schemas.validate(d.kind(), d.file(), d.root())));
        return document;
    }
}
