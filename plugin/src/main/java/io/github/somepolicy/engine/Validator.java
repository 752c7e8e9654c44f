package io.github.somepolicy.engine;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.LoadResult;
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
        requireUsable(packs);
        Path root = request.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new SomepolicyException(Message.of("engine.no-directory", root), null);
        }
        List<Violation> head = new ArrayList<>();
        YamlLoader loader = new YamlLoader(request.limits());

        Optional<Document> userPolicy = Optional.empty();
        String policyFile = null;
        for (String name : POLICY_FILES) {
            Path candidate = root.resolve(name);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                policyFile = name;
                userPolicy = loadFile(loader, new FileScanner.SourceFile(name, candidate, 0), request, head)
                        .filter(d -> d.kind() == FileKind.POLICY);
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
                    outcomes[i] = load(loader, files.get(i), request);
                } else {
                    deeper.add(i);
                }
            }
            Run provisional = run(request, root, userPolicy, policyFile, contextDocuments(outcomes));
            workers.forEach(deeper, i -> {
                FileOutcome outcome = load(loader, files.get(i), request);
                outcomes[i] = isContext(outcome) ? outcome : outcome.checked(provisional);
            });
            List<Document> context = contextDocuments(outcomes);
            Run run = provisional;
            if (!context.equals(provisional.contextDocuments())) {
                Run full = run(request, root, userPolicy, policyFile, context);
                run = full;
                workers.forEach(deeper, i -> {
                    if (outcomes[i].checkedWith() == provisional) {
                        outcomes[i] = load(loader, files.get(i), request).checked(full);
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
        return outcome.kind() == FileKind.POLICY || outcome.kind() == FileKind.ORGANISATION;
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
            List<Document> contextDocuments) {
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
        Policy policy = new PolicyLoader(catalogue, policyFiles, violations)
                .withPackProfiles(packs.profiles())
                .withParameterSchemas(schemas, policyFile == null ? "somepolicy.yaml" : policyFile)
                .load(userPolicy);
        List<RuleMetadata> fileRules = new ArrayList<>();
        List<Check> fileChecks = new ArrayList<>();
        for (RuleMetadata rule : catalogue.rules()) {
            if (!rule.appliesTo().isEmpty()) {
                fileRules.add(rule);
                fileChecks.add(
                        custom.checks().getOrDefault(rule.id(), packs.checks().get(rule.check())));
            }
        }
        return new Run(
                List.copyOf(contextDocuments),
                List.copyOf(violations),
                catalogue,
                policy,
                new LoadedConfiguration(root, organisation),
                request.today(),
                fileRules,
                fileChecks);
    }

    /** Reads, parses and schema-checks one file, turning its problems into violations. */
    private FileOutcome load(YamlLoader loader, FileScanner.SourceFile file, ValidationRequest request) {
        List<Violation> violations = new ArrayList<>();
        Optional<Document> document = loadFile(loader, file, request, violations);
        return new FileOutcome(
                document.map(Document::kind).orElse(null), document.orElse(null), violations, null, null, null);
    }

    /**
     * What one file gave: its load problems and, once checked, the findings of both; the tree is kept
     * only until the file is checked, or for good when it is part of the context.
     */
    private record FileOutcome(
            FileKind kind,
            Document document,
            List<Violation> loadViolations,
            Run checkedWith,
            List<Finding> loadFindings,
            List<Finding> checkFindings) {

        FileOutcome checked(Run run) {
            List<Violation> violations = document == null ? List.of() : run.check(document);
            return new FileOutcome(
                    kind,
                    isContext(this) ? document : null,
                    loadViolations,
                    run,
                    run.toFindings(loadViolations),
                    run.toFindings(violations));
        }
    }

    /** The context of a run: the policy in force, the configuration view and the per-file rules. */
    private record Run(
            List<Document> contextDocuments,
            List<Violation> contextViolations,
            Catalogue catalogue,
            Policy policy,
            LoadedConfiguration configuration,
            java.time.LocalDate today,
            List<RuleMetadata> fileRules,
            List<Check> fileChecks) {

        /** Runs every per-file rule in force on a document. */
        List<Violation> check(Document document) {
            List<Violation> violations = new ArrayList<>();
            RunSettings settings = policy.runSettings();
            Boolean visitors = null;
            for (int r = 0; r < fileRules.size(); r++) {
                RuleMetadata rule = fileRules.get(r);
                Check check = fileChecks.get(r);
                if (check == null
                        || !rule.appliesTo().contains(document.kind())
                        || policy.severity(rule, document.file()).isEmpty()) {
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
                Map<String, Object> parameters = new LinkedHashMap<>(rule.parameterDefaults());
                parameters.putAll(policy.setting(rule.id(), document.file()).parameters());
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

    /** Reads, parses, types and schema-checks one file; problems go to the violations. */
    private Optional<Document> loadFile(
            YamlLoader loader, FileScanner.SourceFile file, ValidationRequest request, List<Violation> violations) {
        byte[] bytes;
        try {
            bytes = FileScanner.readBounded(file.path(), request.limits().maxFileBytes());
        } catch (IOException e) {
            violations.add(Violation.of("file-skipped", Location.ofFile(file.file()), "scan.unreadable"));
            return Optional.empty();
        }
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
