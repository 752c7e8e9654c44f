package io.github.somepolicy.rule;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.rule.check.BuiltInChecks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The built-in catalogue together with the {@link RulePack}s on the plugin's class path: their rules, their
 * checks, their message bundles and their profiles, after checking that each pack is complete. What is
 * wrong with a pack is kept as problems; a run refuses to start while there are any.
 */
public final class RulePacks {

    /** A pack's message bundle: its base name and the class loader that finds it. */
    public record Bundle(String baseName, ClassLoader loader) {}

    /** A pack's profile: the resource holding it and the class loader that finds it. */
    public record ProfileResource(String pack, String resource, ClassLoader loader) {

        /** The profile's text, or empty when it cannot be read. */
        public Optional<byte[]> read() {
            return RulePacks.read(loader, resource);
        }
    }

    private static final String SERVICE_FILE = "META-INF/services/" + RulePack.class.getName();
    private static final int MAX_PACKS = 100;
    private static final String[] RULE_TEXTS = {"title", "message", "rationale"};

    private static volatile RulePacks installed;

    private final List<String> names;
    private final Catalogue catalogue;
    private final Map<String, Check> checks;
    private final List<Bundle> bundles;
    private final Map<String, ProfileResource> profiles;
    private final List<Message> problems;

    private RulePacks(
            List<String> names,
            Catalogue catalogue,
            Map<String, Check> checks,
            List<Bundle> bundles,
            Map<String, ProfileResource> profiles,
            List<Message> problems) {
        this.names = List.copyOf(names);
        this.catalogue = catalogue;
        this.checks = Map.copyOf(checks);
        this.bundles = List.copyOf(bundles);
        this.profiles = Map.copyOf(profiles);
        this.problems = List.copyOf(problems);
    }

    /** The packs the plugin's class loader finds, read and checked once per class loader. */
    public static RulePacks installed() {
        RulePacks packs = installed;
        if (packs == null) {
            synchronized (RulePacks.class) {
                packs = installed;
                if (packs == null) {
                    packs = discover(RulePack.class.getClassLoader());
                    installed = packs;
                }
            }
        }
        return packs;
    }

    /**
     * The message bundles of the packs the plugin's class loader finds. Without a pack on the class path
     * there are none, and the catalogue is not built for them: a goal that only prints a line (a skipped
     * check) then reads no catalogue at all.
     */
    public static List<Bundle> installedBundles() {
        RulePacks packs = installed;
        if (packs != null) {
            return packs.bundles();
        }
        try {
            if (ServiceLoader.load(RulePack.class, RulePack.class.getClassLoader()).stream()
                    .findAny()
                    .isEmpty()) {
                return List.of();
            }
        } catch (ServiceConfigurationError e) {
            // a damaged service file: reading the packs reports it as a problem
        }
        return installed().bundles();
    }

    /** The built-in catalogue alone. */
    public static RulePacks none() {
        return of(List.of());
    }

    /** The built-in catalogue with the given packs, checked as installed ones are. */
    public static RulePacks of(List<RulePack> packs) {
        return new Builder().addAll(packs).build();
    }

    /** Finds the packs a class loader lists as services; a pack that cannot be created is a problem. */
    public static RulePacks discover(ClassLoader loader) {
        Builder builder = new Builder();
        Iterator<RulePack> found = ServiceLoader.load(RulePack.class, loader).iterator();
        for (int attempts = 0; attempts < MAX_PACKS; attempts++) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                builder.add(found.next());
            } catch (ServiceConfigurationError e) {
                builder.problem(Message.of("pack.load-failed", SERVICE_FILE, describe(e)));
            }
        }
        return builder.build();
    }

    private static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String detail = error.getMessage() == null ? "" : error.getMessage();
        return cause == error ? detail : detail + " (" + cause.getClass().getSimpleName() + ")";
    }

    private static Optional<byte[]> read(ClassLoader loader, String resource) {
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The names of the packs in force, in the order they were found. */
    public List<String> names() {
        return names;
    }

    /** The built-in catalogue with the packs' rules after it. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** The built-in checks and the packs' own, the latter under {@code <pack>:<check>}. */
    public Map<String, Check> checks() {
        return checks;
    }

    /** The packs' message bundles. */
    public List<Bundle> bundles() {
        return bundles;
    }

    /** The packs' profiles by name. */
    public Map<String, ProfileResource> profiles() {
        return profiles;
    }

    /** What is wrong with the packs, in the order found; empty when they can be used. */
    public List<Message> problems() {
        return problems;
    }

    /** Collects and checks packs one by one. */
    private static final class Builder {
        private final Catalogue builtIn = Catalogue.builtIn();
        private final Map<String, Check> builtInChecks = BuiltInChecks.all();
        private final List<String> names = new ArrayList<>();
        private final List<RuleMetadata> rules = new ArrayList<>();
        private final Set<String> ruleIds = new HashSet<>();
        private final Map<String, Check> checks = new TreeMap<>(builtInChecks);
        private final List<Bundle> bundles = new ArrayList<>();
        private final Map<String, ProfileResource> profiles = new LinkedHashMap<>();
        private final List<Message> problems = new ArrayList<>();

        Builder() {
            builtIn.rules().forEach(rule -> ruleIds.add(rule.id()));
        }

        Builder addAll(List<RulePack> packs) {
            packs.forEach(this::add);
            return this;
        }

        void problem(Message message) {
            problems.add(message);
        }

        void add(RulePack pack) {
            String type = pack.getClass().getName();
            String name;
            try {
                name = pack.name();
            } catch (RuntimeException e) {
                problem(Message.of("pack.load-failed", type, describe(e)));
                return;
            }
            if (name == null || !RuleMetadata.isValidId(name)) {
                problem(Message.of("pack.name", type, String.valueOf(name)));
                return;
            }
            if (names.contains(name)) {
                problem(Message.of("pack.duplicate", name, type));
                return;
            }
            names.add(name);
            ClassLoader loader = pack.getClass().getClassLoader();
            try {
                Map<String, Check> own = Map.copyOf(pack.checks());
                List<RuleMetadata> packRules = rules(pack, name, loader, own);
                messages(pack, name, loader, packRules);
                profiles(pack, name, loader);
            } catch (RuntimeException e) {
                problem(Message.of("pack.load-failed", type, describe(e)));
            }
        }

        private List<RuleMetadata> rules(RulePack pack, String name, ClassLoader loader, Map<String, Check> own) {
            String resource = resourceName(pack.catalogue());
            Optional<byte[]> bytes = read(loader, resource);
            if (bytes.isEmpty()) {
                problem(Message.of("pack.catalogue.missing", name, resource));
                return List.of();
            }
            LoadResult loaded = new YamlLoader(Limits.DEFAULT).load(resource, bytes.get());
            if (loaded.root().isEmpty() || !loaded.problems().isEmpty()) {
                problem(Message.of(
                        "pack.catalogue.unreadable",
                        name,
                        loaded.problems().isEmpty()
                                ? resource
                                : loaded.problems().get(0).location().toString()));
                return List.of();
            }
            List<Catalogue.EntryProblem> entryProblems = new ArrayList<>();
            List<RuleMetadata> read = Catalogue.rules(loaded.root().get(), id -> null, entryProblems);
            for (Catalogue.EntryProblem entry : entryProblems) {
                problem(
                        entry.value().isEmpty()
                                ? Message.of("pack.catalogue.field-missing", name, entry.location(), entry.field())
                                : Message.of(
                                        "pack.catalogue.field-invalid",
                                        name,
                                        entry.location(),
                                        entry.field(),
                                        entry.value()));
            }
            List<RuleMetadata> accepted = new ArrayList<>();
            for (RuleMetadata rule : read) {
                if (!rule.id().startsWith(name + "-")) {
                    problem(Message.of("pack.rule.prefix", name, rule.id(), name + "-"));
                    continue;
                }
                if (!ruleIds.add(rule.id())) {
                    problem(Message.of("pack.rule.duplicate", name, rule.id()));
                    continue;
                }
                Check check = own.get(rule.check());
                String checkName = rule.check();
                if (check != null) {
                    checkName = name + ":" + rule.check();
                    checks.put(checkName, check);
                } else if (!builtInChecks.containsKey(rule.check())) {
                    problem(Message.of("pack.rule.check", name, rule.id(), rule.check()));
                    continue;
                }
                accepted.add(rule.withCheck(checkName));
            }
            rules.addAll(accepted);
            return accepted;
        }

        private void messages(RulePack pack, String name, ClassLoader loader, List<RuleMetadata> packRules) {
            String base = pack.messages();
            if (base == null || base.isBlank()) {
                problem(Message.of("pack.messages.missing", name, String.valueOf(base)));
                return;
            }
            String path = base.strip().replace('.', '/');
            Properties english = properties(name, loader, path + ".properties");
            Properties swedish = properties(name, loader, path + "_sv.properties");
            if (english == null || swedish == null) {
                return;
            }
            for (Properties language : List.of(english, swedish)) {
                for (String key : language.stringPropertyNames()) {
                    if (!key.startsWith("rule." + name + "-")
                            && !key.startsWith("term." + name + "-")
                            && !key.startsWith(name + ".")) {
                        problem(Message.of("pack.messages.foreign-key", name, key));
                    }
                }
            }
            for (RuleMetadata rule : packRules) {
                List<String> keys = new ArrayList<>();
                for (String text : RULE_TEXTS) {
                    keys.add("rule." + rule.id() + "." + text);
                }
                Check check = checks.get(rule.check());
                for (String variant : check.messageVariants()) {
                    keys.add(rule.messageKey() + "." + variant);
                }
                for (String key : keys) {
                    if (!english.containsKey(key)) {
                        problem(Message.of("pack.messages.key", name, key, path + ".properties"));
                    }
                    if (!swedish.containsKey(key)) {
                        problem(Message.of("pack.messages.key", name, key, path + "_sv.properties"));
                    }
                }
            }
            bundles.add(new Bundle(base.strip(), loader));
        }

        private Properties properties(String name, ClassLoader loader, String resource) {
            Optional<byte[]> bytes = read(loader, resource);
            if (bytes.isEmpty()) {
                problem(Message.of("pack.messages.missing", name, resource));
                return null;
            }
            Properties properties = new Properties();
            try (Reader reader =
                    new InputStreamReader(new java.io.ByteArrayInputStream(bytes.get()), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                problem(Message.of("pack.messages.missing", name, resource));
                return null;
            }
            return properties;
        }

        private void profiles(RulePack pack, String name, ClassLoader loader) {
            for (Map.Entry<String, String> profile : new TreeMap<>(pack.profiles()).entrySet()) {
                String profileName = profile.getKey();
                String resource = resourceName(profile.getValue());
                if (!RuleMetadata.isValidId(profileName)
                        || Catalogue.PROFILES.contains(profileName)
                        || profiles.containsKey(profileName)) {
                    problem(Message.of("pack.profile.name", name, profileName));
                } else if (read(loader, resource).isEmpty()) {
                    problem(Message.of("pack.profile.missing", name, profileName, resource));
                } else {
                    profiles.put(profileName, new ProfileResource(name, resource, loader));
                }
            }
        }

        private static String resourceName(String resource) {
            String name = resource == null ? "" : resource.strip();
            return name.startsWith("/") ? name.substring(1) : name;
        }

        RulePacks build() {
            if (!problems.isEmpty()) {
                return new RulePacks(names, builtIn, builtInChecks, List.of(), Map.of(), problems);
            }
            return new RulePacks(names, builtIn.with(rules), checks, bundles, profiles, List.of());
        }
    }
}
