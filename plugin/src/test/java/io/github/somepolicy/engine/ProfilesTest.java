package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.somepolicy.ExampleConfig;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The effective policy of a built-in profile or a configuration: severities and parameters merged from
 * the catalogue, the profile chain and the user's {@code somepolicy.yaml}, the same as a run uses.
 */
class ProfilesTest {

    private final List<RuleMetadata> catalogue = Catalogue.builtIn().rules();
    private final Profiles profiles = Profiles.builtIn();

    @TempDir
    Path root;

    @Test
    void theBuiltInProfilesAreThoseThePluginShips() {
        assertThat(Profiles.names()).contains("baseline", "strict");
        assertThat(Profiles.names()).isSubsetOf(PolicyLoader.builtInProfiles());
        for (String name : Profiles.names()) {
            assertThat(Profiles.class.getResource("/io/github/somepolicy/profiles/" + name + ".yaml"))
                    .as(name)
                    .isNotNull();
        }
    }

    @Test
    void strictTurnsOnEveryRuleAtItsDefaults() throws Exception {
        EffectivePolicy strict = profiles.profile("strict");

        assertThat(strict.profile()).isEqualTo("strict");
        assertThat(strict.problems()).isEmpty();
        assertThat(strict.rules()).extracting(EffectiveRule::id).containsExactlyElementsOf(ids(catalogue));
        for (EffectiveRule rule : strict.rules()) {
            assertThat(rule.severity()).as(rule.id()).contains(rule.metadata().defaultSeverity());
            assertThat(rule.parameters())
                    .as(rule.id())
                    .isEqualTo(rule.metadata().parameterDefaults());
            assertThat(rule.nonDefaultParameters()).as(rule.id()).isEmpty();
        }
        assertThat(strict.inForce()).hasSameSizeAs(catalogue);
    }

    @Test
    void baselineTurnsOffWhatTheCatalogueHasOffThere() throws Exception {
        Set<String> off = new java.util.TreeSet<>(Catalogue.builtIn().offInBaseline());
        assertThat(off).isNotEmpty();
        EffectivePolicy baseline = profiles.profile("baseline");

        for (EffectiveRule rule : baseline.rules()) {
            assertThat(rule.off()).as(rule.id()).isEqualTo(off.contains(rule.id()));
            assertThat(rule.severityId())
                    .as(rule.id())
                    .isEqualTo(
                            off.contains(rule.id())
                                    ? "off"
                                    : rule.metadata().defaultSeverity().id());
        }
    }

    @Test
    void anUnknownProfileIsRefused() {
        assertThatThrownBy(() -> profiles.profile("stirct"))
                .isInstanceOfSatisfying(
                        SomepolicyException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("policy.extends.unknown"));
        assertThatThrownBy(() -> profiles.profile("../strict")).isInstanceOf(SomepolicyException.class);
    }

    @Test
    void aConfigurationWithoutPolicyFileHasTheBaseline() throws Exception {
        EffectivePolicy policy = profiles.configuration(root);

        assertThat(policy.profile()).isEqualTo("baseline");
        assertThat(policy.problems()).isEmpty();
        assertThat(severities(policy)).isEqualTo(severities(profiles.profile("baseline")));
    }

    @Test
    void theUserOverridesTheProfileChainOfBuiltInAndOwnProfiles() throws Exception {
        RuleMetadata withParameter = catalogue.stream()
                .filter(rule -> rule.parameterDefaults().size() > 0)
                .findFirst()
                .orElseThrow();
        Map.Entry<String, Object> parameter =
                withParameter.parameterDefaults().entrySet().iterator().next();
        Object changed = changed(parameter.getValue());
        List<RuleMetadata> others = catalogue.stream()
                .filter(rule -> !rule.id().equals(withParameter.id()))
                .limit(3)
                .toList();
        RuleMetadata turnedOff = others.get(0);
        RuleMetadata downgraded = others.get(1);
        RuleMetadata fromOwnProfile = others.get(2);

        Files.createDirectories(root.resolve("profiles"));
        Files.writeString(
                root.resolve("profiles/kommun.yaml"),
                "kind: policy\nversion: 1\nextends: strict\nrules:\n  " + fromOwnProfile.id() + ": note\n  "
                        + turnedOff.id() + ": warning\n");
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                "kind: policy\nversion: 1\nextends: profiles/kommun.yaml\nrules:\n"
                        + "  " + turnedOff.id() + ": off\n"
                        + "  " + downgraded.id() + ": note\n"
                        + "  " + withParameter.id() + ":\n    parameters:\n      " + parameter.getKey() + ": "
                        + EffectiveRule.yaml(changed) + "\n"
                        + "overrides:\n  - files: [\"accounts/**\"]\n    rules:\n      " + downgraded.id()
                        + ": error\n");

        EffectivePolicy policy = profiles.configuration(root);

        assertThat(policy.problems()).isEmpty();
        assertThat(policy.profile()).isEqualTo("profiles/kommun.yaml");
        assertThat(policy.overrides()).isEqualTo(1);
        assertThat(policy.rule(turnedOff.id()).orElseThrow().off()).isTrue();
        assertThat(policy.rule(downgraded.id()).orElseThrow().severity()).contains(Severity.NOTE);
        assertThat(policy.rule(fromOwnProfile.id()).orElseThrow().severityId()).isEqualTo("note");
        EffectiveRule parameterised = policy.rule(withParameter.id()).orElseThrow();
        assertThat(parameterised.severity()).contains(withParameter.defaultSeverity());
        assertThat(parameterised.parameters()).containsEntry(parameter.getKey(), changed);
        assertThat(parameterised.parameters().keySet())
                .containsExactlyElementsOf(withParameter.parameterDefaults().keySet());
        assertThat(parameterised.nonDefaultParameters()).isEqualTo(Map.of(parameter.getKey(), changed));
        assertThat(policy.inForce()).noneMatch(EffectiveRule::off);
    }

    @Test
    void mistakesInThePolicyAreReportedAsTheCheckWould() throws Exception {
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                "kind: policy\nversion: 1\nextends: stirct\nrules:\n  no-such-rule: off\n");

        EffectivePolicy policy = profiles.configuration(root);

        assertThat(policy.problems())
                .extracting(v -> v.message().key())
                .contains("policy.extends.unknown", "policy.rule.unknown");
        assertThat(policy.problems())
                .filteredOn(v -> v.message().key().startsWith("policy."))
                .allMatch(v -> v.ruleId().equals("policy-invalid"));
    }

    @Test
    void aPolicyFileThatDoesNotLoadIsAProblemAndTheBaselineApplies() throws Exception {
        Files.writeString(root.resolve("somepolicy.yaml"), "kind: policy\nversion: 1\nrules: {a: 1, a: 2}\n");

        EffectivePolicy policy = profiles.configuration(root);

        assertThat(policy.problems()).extracting(v -> v.ruleId()).contains("yaml-duplicate-key");
        assertThat(policy.profile()).isEqualTo("baseline");
    }

    @Test
    void aMissingDirectoryStopsWithAMessage() {
        assertThatThrownBy(() -> profiles.configuration(root.resolve("missing")))
                .isInstanceOfSatisfying(
                        SomepolicyException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("engine.no-directory"));
    }

    @Test
    void theRulesInForceAreThoseARunReports() throws Exception {
        Path example = ExampleConfig.root();
        Report report = new Validator()
                .validate(new ValidationRequest(example, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));

        Map<String, String> ran = new LinkedHashMap<>();
        report.rules()
                .forEach(rule -> ran.put(rule.metadata().id(), rule.severity().id()));
        Map<String, String> listed = new LinkedHashMap<>();
        profiles.configuration(example).inForce().forEach(rule -> listed.put(rule.id(), rule.severityId()));

        assertThat(listed).isEqualTo(ran);
    }

    @Test
    void valuesAreWrittenAsYamlFlow() {
        assertThat(EffectiveRule.yaml(List.of("/approval/date", "planned"))).isEqualTo("[/approval/date, planned]");
        assertThat(EffectiveRule.yaml(List.of())).isEqualTo("[]");
        assertThat(EffectiveRule.yaml(true)).isEqualTo("true");
        assertThat(EffectiveRule.yaml(5)).isEqualTo("5");
        assertThat(EffectiveRule.yaml("P6M")).isEqualTo("P6M");
        assertThat(EffectiveRule.yaml("inte kommunens")).isEqualTo("inte kommunens");
        assertThat(EffectiveRule.yaml("true")).isEqualTo("\"true\"");
        assertThat(EffectiveRule.yaml("12")).isEqualTo("\"12\"");
        assertThat(EffectiveRule.yaml("a, b")).isEqualTo("\"a, b\"");
        assertThat(EffectiveRule.yaml("key: value")).isEqualTo("\"key: value\"");
        assertThat(EffectiveRule.yaml("")).isEqualTo("\"\"");
        assertThat(EffectiveRule.yaml("say \"hi\"")).isEqualTo("say \"hi\"");
        assertThat(EffectiveRule.yaml("\"quoted\"")).isEqualTo("\"\\\"quoted\\\"\"");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", List.of("x"));
        assertThat(EffectiveRule.yaml(map)).isEqualTo("{a: 1, b: [x]}");
    }

    /** A value of the same type that differs from the given one. */
    private static Object changed(Object value) {
        if (value instanceof Boolean flag) {
            return !flag;
        }
        if (value instanceof Integer number) {
            return number + 1;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? List.of("example.se") : List.of();
        }
        return "changed";
    }

    private static List<String> ids(List<RuleMetadata> rules) {
        return rules.stream().map(RuleMetadata::id).toList();
    }

    private static Map<String, Optional<Severity>> severities(EffectivePolicy policy) {
        Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
        policy.rules().forEach(rule -> severities.put(rule.id(), rule.severity()));
        return severities;
    }
}
