package io.github.somepolicy.engine;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
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

    Validator(SchemaValidator schemas, RulePacks packs) {
        this.schemas = schemas;
        this.packs = packs;
    }

    /**
     * Validates a configuration.
     *
     * @param request what to validate and against which date
     * @return the report
     * @throws SomepolicyException when the configuration root cannot be read at all
     */
    public Report validate(ValidationRequest request) throws SomepolicyException {
        if (!packs.problems().isEmpty()) {
            throw new SomepolicyException(packs.problems().get(0), null);
        }
        Map<String, Check> checks = packs.checks();
        Path root = request.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new SomepolicyException(Message.of("engine.no-directory", root), null);
        }
        List<Violation> violations = new ArrayList<>();
        YamlLoader loader = new YamlLoader(request.limits());

        Optional<Document> userPolicy = Optional.empty();
        String policyFile = null;
        for (String name : POLICY_FILES) {
            Path candidate = root.resolve(name);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                policyFile = name;
                userPolicy = loadFile(loader, root, new FileScanner.SourceFile(name, candidate, 0), request, violations)
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
        violations.addAll(scan.skipped());

        List<Document> documents = new ArrayList<>();
        int filesRead = policyFile == null ? 0 : 1;
        for (FileScanner.SourceFile file : scan.files()) {
            if (file.file().equals(policyFile)) {
                continue;
            }
            filesRead++;
            loadFile(loader, root, file, request, violations).ifPresent(documents::add);
        }

        Map<String, Document> policyFiles = new LinkedHashMap<>();
        Optional<Document> organisation = Optional.empty();
        List<Document> accounts = new ArrayList<>();
        for (Document document : documents) {
            switch (document.kind()) {
                case POLICY -> policyFiles.put(document.file(), document);
                case ORGANISATION -> {
                    if (organisation.isPresent()) {
                        violations.add(new Violation(
                                RULE_KIND,
                                document.root().location(),
                                List.of(organisation.get().root().location()),
                                Message.of(
                                        "engine.second-organisation",
                                        organisation.get().file())));
                    } else {
                        organisation = Optional.of(document);
                    }
                }
                case ACCOUNT -> accounts.add(document);
            }
        }

        Set<String> builtInIds = new HashSet<>();
        packs.catalogue().rules().forEach(rule -> builtInIds.add(rule.id()));
        CustomRules custom = CustomRules.read(userPolicy, builtInIds, violations);
        Catalogue catalogue = packs.catalogue().with(custom.rules());
        Map<String, Check> customChecks = custom.checks();
        Policy policy = new PolicyLoader(catalogue, policyFiles, violations)
                .withPackProfiles(packs.profiles())
                .withParameterSchemas(schemas, policyFile == null ? "somepolicy.yaml" : policyFile)
                .load(userPolicy);
        LoadedConfiguration configuration = new LoadedConfiguration(root, organisation, accounts);

        RunSettings settings = policy.runSettings();
        List<RuleMetadata> fileRules = new ArrayList<>();
        for (RuleMetadata rule : catalogue.rules()) {
            if (!rule.appliesTo().isEmpty()) {
                fileRules.add(rule);
            }
        }
        for (Document document : documents) {
            for (RuleMetadata rule : fileRules) {
                if (!rule.appliesTo().contains(document.kind())
                        || policy.severity(rule, document.file()).isEmpty()) {
                    continue;
                }
                Check check = customChecks.getOrDefault(rule.id(), checks.get(rule.check()));
                if (check == null || (rule.visitorContent() && !visitorsCanPost(document))) {
                    continue;
                }
                Map<String, Object> parameters = new LinkedHashMap<>(rule.parameterDefaults());
                parameters.putAll(policy.setting(rule.id(), document.file()).parameters());
                CheckContext context =
                        new CheckContext(rule.id(), document, configuration, request.today(), parameters, settings);
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
        }

        List<Finding> findings = toFindings(catalogue, violations, policy);
        List<Violation> waiverViolations = new ArrayList<>();
        findings =
                new Waivers(policy.waivers(), request.today(), policy.soonDueDays()).apply(findings, waiverViolations);
        findings.addAll(toFindings(catalogue, waiverViolations, policy));

        List<Report.RuleInForce> inForce = new ArrayList<>();
        for (RuleMetadata rule : catalogue.rules()) {
            policy.severity(rule).ifPresent(severity -> inForce.add(new Report.RuleInForce(rule, severity)));
        }
        RunInfo runInfo =
                new RunInfo(request.toolVersion(), request.today(), policy.profile(), filesRead, accounts.size());
        return new Report(runInfo, inForce, findings);
    }

    /** rules about visitors' posts apply only where visitors can post on the account's page. */
    private static boolean visitorsCanPost(Document document) {
        return document.kind() != FileKind.ACCOUNT
                || Platforms.of(document.root()
                                .at("/platform")
                                .flatMap(Node::text)
                                .orElse("other"))
                        .visitorPosts();
    }

    private static List<Finding> toFindings(Catalogue catalogue, List<Violation> violations, Policy policy) {
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

    /** Reads, parses, types and schema-checks one file; problems go to the violations. */
    private Optional<Document> loadFile(
            YamlLoader loader,
            Path root,
            FileScanner.SourceFile file,
            ValidationRequest request,
            List<Violation> violations) {
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
