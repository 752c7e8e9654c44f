package io.github.somepolicy.engine;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.JavaValues;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.RulePacks;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.schema.SchemaValidator;
import io.github.somepolicy.schema.Suggestions;
import io.github.somepolicy.waiver.Waiver;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link Policy} in force from the user's {@code somepolicy.yaml} and the chain of profiles
 * it extends, built-in ({@code baseline}, {@code goteborg}, ...) or files of the configuration.
 */
final class PolicyLoader {

    static final String RULE = "policy-invalid";
    static final String DEFAULT_PROFILE = "baseline";
    private static final String PROFILE_RESOURCES = "/io/github/somepolicy/profiles/";
    private static final int MAX_CHAIN = 10;
    private static final int MAX_PLANNING_WINDOW = 1825;

    private final Catalogue catalogue;
    private final Map<String, Document> policyFiles;
    private final List<Violation> violations;
    private final Set<String> customRuleIds = new HashSet<>();
    private SchemaValidator parameterSchemas;
    private Map<String, RulePacks.ProfileResource> packProfiles = Map.of();
    private String userFile = "somepolicy.yaml";

    /**
     * @param catalogue the rules that exist
     * @param policyFiles the configuration's policy-kind files that loaded, by relative path
     * @param violations receives what is wrong with the policy
     */
    PolicyLoader(Catalogue catalogue, Map<String, Document> policyFiles, List<Violation> violations) {
        this.catalogue = catalogue;
        this.policyFiles = policyFiles;
        this.violations = violations;
    }

    /** The names of the built-in profiles. */
    static List<String> builtInProfiles() {
        return Catalogue.PROFILES;
    }

    /** Makes the profiles of rule packs known by name, after the built-in ones. */
    PolicyLoader withPackProfiles(Map<String, RulePacks.ProfileResource> profiles) {
        this.packProfiles = Map.copyOf(profiles);
        return this;
    }

    /** The names of every profile a configuration can extend by name: built-in, then the packs'. */
    private List<String> knownProfiles() {
        return profileNames(packProfiles);
    }

    /** The names of every profile a configuration can extend: the built-in ones, then the packs', sorted. */
    static List<String> profileNames(Map<String, RulePacks.ProfileResource> packProfiles) {
        List<String> names = new ArrayList<>(builtInProfiles());
        packProfiles.keySet().stream().sorted().forEach(names::add);
        return List.copyOf(names);
    }

    /** The policy from the user's document, or the baseline when there is none. */
    Policy load(Optional<Document> userPolicy) {
        List<Node.Mapping> chain = new ArrayList<>();
        String profile = DEFAULT_PROFILE;
        boolean builtInBaseline = false;
        if (userPolicy.isPresent()) {
            Node.Mapping root = userPolicy.get().root();
            chain.add(root);
            Optional<Node> extendsNode = root.get("extends");
            String current = extendsNode.flatMap(Node::text).orElse(DEFAULT_PROFILE);
            profile = current;
            Location from = extendsNode.map(Node::location).orElse(root.location());
            Set<String> seen = new HashSet<>();
            while (true) {
                if (!seen.add(current) || seen.size() > MAX_CHAIN) {
                    violations.add(Violation.of(RULE, from, "policy.extends.cycle", current));
                    break;
                }
                Optional<Node.Mapping> next = profile(current, from);
                if (next.isEmpty()) {
                    break;
                }
                chain.add(next.get());
                builtInBaseline = current.equals(DEFAULT_PROFILE) && !packProfiles.containsKey(current);
                Optional<Node> parent = next.get().get("extends");
                if (parent.isEmpty() || current.equals(DEFAULT_PROFILE)) {
                    break;
                }
                current = parent.get().text().orElse(DEFAULT_PROFILE);
                from = parent.get().location();
            }
        } else {
            Optional<Node.Mapping> baseline = profile(DEFAULT_PROFILE, Location.ofFile("somepolicy.yaml"));
            baseline.ifPresent(chain::add);
            builtInBaseline = baseline.isPresent();
        }
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        if (builtInBaseline) {
            // The baseline profile's file says only what differs from the catalogue, which has every
            // rule that only a guideline demands off in the baseline.
            for (String id : catalogue.offInBaseline()) {
                rules.put(id, new RuleSetting(Optional.empty(), true, Map.of()));
            }
        }
        int planningWindow = 365;
        int soonDue = 30;
        List<Policy.FileOverride> overrides = new ArrayList<>();
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        // Apply from the most general profile to the user's own file.
        for (int i = chain.size() - 1; i >= 0; i--) {
            Node.Mapping layer = chain.get(i);
            boolean user = i == 0 && userPolicy.isPresent();
            layer.get("rules").ifPresent(node -> mergeRules(rules, settings(node, user)));
            Optional<Node> settings = layer.get("settings");
            planningWindow = settings.flatMap(s -> s.at("/planningWindowDays"))
                    .flatMap(PolicyLoader::intValue)
                    .orElse(planningWindow);
            soonDue = settings.flatMap(s -> s.at("/soonDueDays"))
                    .flatMap(PolicyLoader::intValue)
                    .orElse(soonDue);
            layer.get("overrides").ifPresent(node -> overrides.addAll(overrides(node, user)));
            layer.get("phrases").ifPresent(node -> addPhrases(phrases, node));
        }
        List<String> excludes = excludes(userPolicy);
        List<Waiver> waivers = new ArrayList<>();
        userPolicy.flatMap(doc -> doc.root().get("waivers")).ifPresent(node -> waivers.addAll(waivers(node)));
        // The schema reports values out of range; the run goes on with the nearest sensible ones.
        planningWindow = Math.min(Math.max(planningWindow, 1), MAX_PLANNING_WINDOW);
        soonDue = Math.min(Math.max(soonDue, 0), MAX_PLANNING_WINDOW);
        return new Policy(profile, rules, overrides, excludes, waivers, planningWindow, soonDue, phrases);
    }

    /** Phrases add up along the chain: a profile's phrases and the user's all count. */
    private static void addPhrases(Map<String, List<String>> into, Node node) {
        if (!(node instanceof Node.Mapping mapping)) {
            return;
        }
        for (Node.Entry entry : mapping.entries()) {
            if (entry.value() instanceof Node.Sequence list) {
                List<String> phrases = into.computeIfAbsent(entry.key(), k -> new ArrayList<>());
                list.items().forEach(item -> item.text().ifPresent(phrases::add));
            }
        }
    }

    /** Reads only the exclusions of a policy, which the scan needs before anything else. */
    static List<String> excludes(Optional<Document> userPolicy) {
        List<String> excludes = new ArrayList<>();
        userPolicy.flatMap(doc -> doc.root().get("exclude")).ifPresent(node -> {
            if (node instanceof Node.Sequence list) {
                list.items().forEach(item -> item.text().ifPresent(excludes::add));
            }
        });
        return excludes;
    }

    private Optional<Node.Mapping> profile(String name, Location from) {
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            Document document = policyFiles.get(name);
            if (document == null) {
                violations.add(Violation.of(RULE, from, "policy.extends.missing-file", name));
                return Optional.empty();
            }
            return Optional.of(document.root());
        }
        Optional<byte[]> text = Optional.empty();
        String file = "profiles/" + name + ".yaml";
        if (name.matches("[a-z0-9-]+")) {
            RulePacks.ProfileResource packProfile = packProfiles.get(name);
            if (packProfile != null) {
                text = packProfile.read();
                file = packProfile.pack() + ":" + packProfile.resource();
            } else {
                text = builtInProfile(name);
            }
        }
        if (text.isEmpty()) {
            Optional<String> suggestion = Suggestions.closest(name, knownProfiles());
            violations.add(Violation.of(
                    RULE, from, "policy.extends.unknown", name, suggestion.orElse(String.join(", ", knownProfiles()))));
            return Optional.empty();
        }
        return new YamlLoader(Limits.DEFAULT).load(file, text.get()).root();
    }

    private static Optional<byte[]> builtInProfile(String name) {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(PROFILE_RESOURCES + name + ".yaml")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void mergeRules(Map<String, RuleSetting> into, Map<String, RuleSetting> layer) {
        layer.forEach((id, setting) -> into.merge(id, setting, (inherited, own) -> own.over(inherited)));
    }

    private Map<String, RuleSetting> settings(Node node, boolean user) {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        if (!(node instanceof Node.Mapping mapping)) {
            return settings;
        }
        for (Node.Entry entry : mapping.entries()) {
            String id = entry.key();
            if (catalogue.rule(id).isEmpty() && !customRuleIds.contains(id)) {
                if (user) {
                    Optional<String> suggestion = Suggestions.closest(
                            id, catalogue.rules().stream().map(r -> r.id()).toList());
                    violations.add(new Violation(
                            RULE,
                            entry.keyLocation(),
                            List.of(),
                            suggestion.isPresent()
                                    ? io.github.somepolicy.model.Message.of(
                                            "policy.rule.unknown.suggest", id, suggestion.get())
                                    : io.github.somepolicy.model.Message.of("policy.rule.unknown", id)));
                }
                continue;
            }
            if (user && parameterSchemas != null && catalogue.rule(id).isPresent()) {
                checkParameters(catalogue.rule(id).get(), entry.value());
            }
            settings.put(id, setting(entry.value()));
        }
        return settings;
    }

    /** Checks the parameters the user's policy sets against each rule's declaration of them. */
    PolicyLoader withParameterSchemas(SchemaValidator validator, String file) {
        this.parameterSchemas = validator;
        this.userFile = file;
        return this;
    }

    /** Rule ids defined by the configuration itself, which overrides may name too. */
    PolicyLoader withCustomRules(Set<String> ids) {
        customRuleIds.addAll(ids);
        return this;
    }

    private void checkParameters(io.github.somepolicy.rule.RuleMetadata rule, Node value) {
        Optional<Node> parameters = value.at("/parameters");
        if (parameters.isEmpty() || !(parameters.get() instanceof Node.Mapping mapping)) {
            return;
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.put("properties", rule.parameters());
        violations.addAll(parameterSchemas.validateFragment("parameters:" + rule.id(), schema, userFile, mapping));
    }

    private static RuleSetting setting(Node value) {
        if (value instanceof Node.Scalar scalar) {
            String text = scalar.value();
            return new RuleSetting(Severity.fromId(text), text.equals("off"), Map.of());
        }
        if (value instanceof Node.Mapping mapping) {
            String severity = mapping.get("severity").flatMap(Node::text).orElse("");
            Map<String, Object> parameters = new LinkedHashMap<>();
            mapping.get("parameters").ifPresent(p -> {
                if (p instanceof Node.Mapping params) {
                    params.entries().forEach(e -> parameters.put(e.key(), JavaValues.of(e.value())));
                }
            });
            return new RuleSetting(Severity.fromId(severity), severity.equals("off"), parameters);
        }
        return RuleSetting.NONE;
    }

    private List<Policy.FileOverride> overrides(Node node, boolean user) {
        List<Policy.FileOverride> overrides = new ArrayList<>();
        if (!(node instanceof Node.Sequence list)) {
            return overrides;
        }
        for (Node item : list.items()) {
            List<String> files = new ArrayList<>();
            item.at("/files").ifPresent(f -> {
                if (f instanceof Node.Sequence globs) {
                    globs.items().forEach(g -> g.text().ifPresent(files::add));
                }
            });
            Map<String, RuleSetting> rules =
                    item.at("/rules").map(r -> settings(r, user)).orElse(Map.of());
            overrides.add(new Policy.FileOverride(files, rules));
        }
        return overrides;
    }

    private List<Waiver> waivers(Node node) {
        List<Waiver> waivers = new ArrayList<>();
        if (!(node instanceof Node.Sequence list)) {
            return waivers;
        }
        for (Node item : list.items()) {
            Optional<String> rule = item.at("/rule").flatMap(Node::text);
            Optional<String> target = item.at("/target").flatMap(Node::text);
            Optional<LocalDate> expires =
                    item.at("/expires").flatMap(Node::text).flatMap(Scalars::date);
            if (rule.isEmpty() || target.isEmpty() || expires.isEmpty()) {
                continue; // the schema reports what is missing
            }
            if (catalogue.rule(rule.get()).isEmpty() && !customRuleIds.contains(rule.get())) {
                violations.add(Violation.of(
                        RULE, item.at("/rule").orElseThrow().location(), "policy.rule.unknown", rule.get()));
            }
            waivers.add(new Waiver(
                    rule.get(),
                    target.get(),
                    item.at("/path").flatMap(Node::text).orElse(""),
                    item.at("/reason").flatMap(Node::text).orElse(""),
                    item.at("/decisionReference").flatMap(Node::text).orElse(""),
                    item.at("/approvedBy").flatMap(Node::text).orElse(""),
                    expires.get(),
                    item.location(),
                    item.at("/wide").flatMap(Node::text).filter("true"::equals).isPresent()));
        }
        return waivers;
    }

    private static Optional<Integer> intValue(Node node) {
        if (node instanceof Node.Scalar scalar && scalar.type() == io.github.somepolicy.model.ScalarType.INTEGER) {
            try {
                return Optional.of(Integer.parseInt(scalar.value()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
