package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.CatalogueIndex;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.schema.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in profiles are valid data, name only real rules and parameters, and cover the catalogue. */
class BuiltInProfilesTest {

    private static final List<String> MUNICIPAL = CatalogueIndex.BUILT_IN.municipalProfiles();
    private static final Catalogue CATALOGUE = Catalogue.builtIn();
    private static final SchemaValidator SCHEMAS = new SchemaValidator();

    static List<String> profiles() {
        return PolicyLoader.builtInProfiles();
    }

    static Node.Mapping load(String name) throws IOException {
        try (InputStream in =
                BuiltInProfilesTest.class.getResourceAsStream("/io/github/somepolicy/profiles/" + name + ".yaml")) {
            assertThat(in).as(name).isNotNull();
            LoadResult loaded = new YamlLoader(Limits.DEFAULT).load(name + ".yaml", in.readAllBytes());
            assertThat(loaded.problems()).as(name).isEmpty();
            return loaded.root().orElseThrow();
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void aProfileIsAValidPolicyNamingRealRulesAndParameters(String name) throws IOException {
        Node.Mapping profile = load(name);
        assertThat(SCHEMAS.validate(FileKind.POLICY, name + ".yaml", profile))
                .as(name)
                .isEmpty();
        Node rules = profile.get("rules").orElseThrow();
        for (Node.Entry entry : ((Node.Mapping) rules).entries()) {
            RuleMetadata rule = CATALOGUE.rule(entry.key()).orElse(null);
            assertThat(rule).as(name + " names rule " + entry.key()).isNotNull();
            if (entry.value().at("/parameters").orElse(null) instanceof Node.Mapping parameters) {
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("type", "object");
                schema.put("additionalProperties", false);
                schema.put("properties", rule.parameters());
                assertThat(SCHEMAS.validateFragment("test:" + rule.id(), schema, name + ".yaml", parameters))
                        .as(name + " parameters of " + rule.id())
                        .isEmpty();
            }
        }
        if (!name.equals("baseline") && !name.equals("strict")) {
            assertThat(profile.get("extends").flatMap(Node::text)).contains("baseline");
        }
    }

    @Test
    void theBaselineHasOffWhatTheCatalogueSaysAndItsFileTurnsNothingOff() throws Exception {
        EffectivePolicy baseline = Profiles.builtIn().profile("baseline");
        List<String> off = baseline.rules().stream()
                .filter(rule -> !baseline.inForce().contains(rule))
                .map(EffectiveRule::id)
                .toList();
        assertThat(off).hasSizeGreaterThan(10).containsExactlyElementsOf(CATALOGUE.offInBaseline());
        for (Node.Entry entry : ((Node.Mapping) load("baseline").get("rules").orElseThrow()).entries()) {
            assertThat(entry.value().text())
                    .as("baseline.yaml turns " + entry.key() + " off")
                    .isNotEqualTo(java.util.Optional.of("off"));
        }
    }

    @Test
    void everyRuleTheBaselineTurnsOffIsTurnedOnByAMunicipalProfile() throws IOException {
        Set<String> off = new TreeSet<>(CATALOGUE.offInBaseline());
        assertThat(MUNICIPAL).hasSizeGreaterThan(2);
        Set<String> turnedOn = new TreeSet<>();
        for (String name : MUNICIPAL) {
            for (Node.Entry entry : ((Node.Mapping) load(name).get("rules").orElseThrow()).entries()) {
                String severity = entry.value() instanceof Node.Mapping m
                        ? m.get("severity").flatMap(Node::text).orElse("")
                        : entry.value().text().orElse("");
                if (!severity.equals("off") && !severity.isEmpty()) {
                    turnedOn.add(entry.key());
                }
            }
        }
        assertThat(turnedOn).containsAll(off);
    }

    @Test
    void everyRequirementMapsToARuleOrADocumentedExclusion() throws IOException {
        String requirements = Files.readString(Path.of("../docs/requirements.md"));
        Matcher matcher =
                Pattern.compile("^\\| (R-\\d\\d) \\|", Pattern.MULTILINE).matcher(requirements);
        Set<String> all = new TreeSet<>();
        while (matcher.find()) {
            all.add(matcher.group(1));
        }
        assertThat(all).hasSizeGreaterThan(40);
        Set<String> covered = new TreeSet<>(CATALOGUE.exclusions().keySet());
        CATALOGUE.rules().forEach(rule -> covered.addAll(rule.requirements()));
        assertThat(covered).containsAll(all);
        CATALOGUE.exclusions().values().forEach(exclusion -> exclusion
                .coveredBy()
                .forEach(id -> assertThat(CATALOGUE.rule(id))
                        .as(exclusion.requirement() + " " + id)
                        .isPresent()));
    }
}
