package io.github.somepolicy.engine;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.ReferenceResolver;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.RulePacks;
import io.github.somepolicy.rule.custom.CustomRules;
import io.github.somepolicy.schema.SchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The effective policy of a built-in profile, or of a configuration's {@code somepolicy.yaml}, without
 * validating anything: for every rule its severity or off, and its parameters (the catalogue's defaults,
 * then each profile of the chain, then the user's). The profiles are merged by the same code as in a
 * run of the {@link Validator}.
 */
public final class Profiles {

    private static final String PROFILE_RESOURCES = "/io/github/somepolicy/profiles/";
    private static final int MAX_CHAIN = 10;

    private final Catalogue catalogue;
    private final Map<String, RulePacks.ProfileResource> packProfiles;

    private Profiles(Catalogue catalogue, Map<String, RulePacks.ProfileResource> packProfiles) {
        this.catalogue = catalogue;
        this.packProfiles = packProfiles;
    }

    /** The built-in profiles and the built-in catalogue. */
    public static Profiles builtIn() {
        return new Profiles(Catalogue.builtIn(), Map.of());
    }

    /**
     * The built-in profiles and catalogue with those of the rule packs on the plugin's class path.
     *
     * @throws SomepolicyException when a pack is incomplete
     */
    public static Profiles installed() throws SomepolicyException {
        return of(RulePacks.installed());
    }

    /**
     * The built-in profiles and catalogue with those of the given rule packs.
     *
     * @throws SomepolicyException when a pack is incomplete
     */
    public static Profiles of(RulePacks packs) throws SomepolicyException {
        Validator.requireUsable(packs);
        return new Profiles(packs.catalogue(), packs.profiles());
    }

    /** The names of every profile: the built-in ones, then the rule packs'. */
    public List<String> available() {
        return PolicyLoader.profileNames(packProfiles);
    }

    /** The names of the built-in profiles this plugin ships, in the catalogue's order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String name : PolicyLoader.builtInProfiles()) {
            if (Profiles.class.getResource(PROFILE_RESOURCES + name + ".yaml") != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /**
     * The effective policy of a built-in profile, as if a {@code somepolicy.yaml} said only
     * {@code extends: <name>}.
     *
     * @param name the profile's name, one of {@link #names()}
     * @throws SomepolicyException when there is no built-in profile of that name
     */
    public EffectivePolicy profile(String name) throws SomepolicyException {
        if (!available().contains(name)) {
            throw new SomepolicyException(
                    Message.of("policy.extends.unknown", name, String.join(", ", available())), null);
        }
        String text = "kind: policy\nversion: 1\nextends: " + name + "\n";
        LoadResult loaded =
                new YamlLoader(Limits.DEFAULT).load("somepolicy.yaml", text.getBytes(StandardCharsets.UTF_8));
        Document document =
                new Document("somepolicy.yaml", FileKind.POLICY, loaded.root().orElseThrow());
        List<Violation> violations = new ArrayList<>();
        Policy policy = new PolicyLoader(catalogue, Map.of(), violations)
                .withPackProfiles(packProfiles)
                .load(Optional.of(document));
        if (!violations.isEmpty()) {
            throw new SomepolicyException(
                    Message.of(
                            "policy.profile.inconsistent",
                            name,
                            violations.get(0).location()),
                    null);
        }
        return effective(catalogue, policy, List.of());
    }

    /**
     * The effective policy of a configuration: its {@code somepolicy.yaml} (or {@code somepolicy.yml})
     * and the profiles it extends, built-in or files of the configuration; the baseline when it has none.
     *
     * @param directory the configuration root
     * @throws SomepolicyException when the directory does not exist
     */
    public EffectivePolicy configuration(Path directory) throws SomepolicyException {
        Path root = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new SomepolicyException(Message.of("engine.no-directory", root), null);
        }
        List<Violation> problems = new ArrayList<>();
        YamlLoader loader = new YamlLoader(Limits.DEFAULT);
        Optional<Document> userPolicy = Optional.empty();
        for (String name : Validator.POLICY_FILES) {
            Path candidate = root.resolve(name);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                userPolicy = load(loader, root, name, problems);
                break;
            }
        }
        Map<String, Document> policyFiles = new LinkedHashMap<>();
        userPolicy.ifPresent(document -> profileFiles(loader, root, document, policyFiles, problems));
        // The configuration's custom rules are rules in force like the catalogue's, as in a run.
        Set<String> builtInIds = new HashSet<>();
        catalogue.rules().forEach(rule -> builtInIds.add(rule.id()));
        Catalogue withCustom = catalogue.with(
                CustomRules.read(userPolicy, builtInIds, problems).rules());
        Policy policy = new PolicyLoader(withCustom, policyFiles, problems)
                .withPackProfiles(packProfiles)
                .load(userPolicy);
        return effective(withCustom, policy, problems);
    }

    /** Loads the configuration files the chain of {@code extends} names, as far as they are found. */
    private static void profileFiles(
            YamlLoader loader, Path root, Document user, Map<String, Document> into, List<Violation> problems) {
        Set<String> seen = new HashSet<>();
        Optional<String> next = user.root().get("extends").flatMap(Node::text);
        while (next.isPresent()
                && (next.get().endsWith(".yaml") || next.get().endsWith(".yml"))
                && seen.add(next.get())
                && seen.size() <= MAX_CHAIN) {
            ReferenceResolver.Resolution resolution = new ReferenceResolver(root).resolve(next.get());
            if (resolution.status() != ReferenceResolver.Status.OK) {
                return; // the policy loader reports the profile file as missing
            }
            String file = FileScanner.relative(root, resolution.path().orElseThrow());
            Optional<Document> document = load(loader, root, file, problems);
            if (document.isEmpty()) {
                return;
            }
            into.put(file, document.get());
            next = document.get().root().get("extends").flatMap(Node::text);
        }
    }

    /** Reads one policy file, with its loading and schema problems; empty unless it is a policy. */
    private static Optional<Document> load(YamlLoader loader, Path root, String file, List<Violation> problems) {
        byte[] bytes;
        try {
            bytes = FileScanner.readBounded(root.resolve(file), Limits.DEFAULT.maxFileBytes());
        } catch (IOException e) {
            problems.add(Violation.of("file-skipped", Location.ofFile(file), "scan.unreadable"));
            return Optional.empty();
        }
        LoadResult loaded = loader.load(file, bytes);
        problems.addAll(loaded.problems());
        Optional<Node.Mapping> mapping =
                loaded.root().filter(m -> m.get("kind").flatMap(Node::text).equals(Optional.of(FileKind.POLICY.id())));
        mapping.ifPresent(m -> problems.addAll(new SchemaValidator().validate(FileKind.POLICY, file, m)));
        return mapping.map(m -> new Document(file, FileKind.POLICY, m, loaded.comments()));
    }

    private static EffectivePolicy effective(Catalogue catalogue, Policy policy, List<Violation> problems) {
        List<EffectiveRule> rules = new ArrayList<>();
        for (RuleMetadata rule : catalogue.rules()) {
            RuleSetting setting = policy.rules().getOrDefault(rule.id(), RuleSetting.NONE);
            Map<String, Object> parameters = new LinkedHashMap<>(rule.parameterDefaults());
            for (String name : new TreeSet<>(setting.parameters().keySet())) {
                parameters.put(name, setting.parameters().get(name));
            }
            rules.add(new EffectiveRule(rule, policy.severity(rule), parameters));
        }
        int overrides = 0;
        for (Policy.FileOverride override : policy.overrides()) {
            overrides += override.rules().size();
        }
        return new EffectivePolicy(policy.profile(), rules, overrides, problems);
    }
}
