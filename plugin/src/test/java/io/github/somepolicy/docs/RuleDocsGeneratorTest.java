package io.github.somepolicy.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.engine.EffectivePolicy;
import io.github.somepolicy.engine.Profiles;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.Source;
import io.github.somepolicy.schema.SchemaValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the documentation generator makes of the catalogue, the bundles and the profiles. */
class RuleDocsGeneratorTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("(?s)```yaml\n(.*?)```");

    private static final List<RuleMetadata> RULES = Catalogue.builtIn().rules();
    private static SortedMap<String, String> files;

    @TempDir
    Path directory;

    @BeforeAll
    static void generate() {
        files = RuleDocs.builtIn().files();
    }

    @Test
    void thereIsAPageForEveryRuleAtItsHelpAddressAndAnIndex() {
        List<String> expected = new ArrayList<>();
        expected.add(RuleDocs.INDEX);
        for (RuleMetadata rule : RULES) {
            assertThat(rule.helpUri()).isEqualTo(RuleMetadata.DOCS_BASE + RuleDocs.fileName(rule));
            assertThat(RuleDocs.fileName(rule)).isEqualTo(rule.id() + ".md");
            expected.add(rule.id() + ".md");
        }
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theOutputIsTheSameEveryTime() {
        assertThat(RuleDocs.builtIn().files()).isEqualTo(files);
        assertThat(String.join("", files.values())).doesNotContain("\r");
        files.values().forEach(text -> assertThat(text).endsWith("\n").doesNotEndWith("\n\n"));
    }

    @Test
    void theIndexListsEveryRuleByAreaInCatalogueOrderWithEveryProfile() {
        String index = files.get(RuleDocs.INDEX);
        Map<String, String> areas = CatalogueAreas.read();
        int position = 0;
        for (String area : Catalogue.AREAS) {
            int heading = index.indexOf("\n## " + area + "\n");
            assertThat(heading).as(area).isGreaterThan(position);
            position = heading;
            for (RuleMetadata rule : RULES) {
                if (area.equals(areas.get(rule.id()))) {
                    int row = index.indexOf("| [" + rule.id() + "](" + rule.id() + ".md) |");
                    assertThat(row).as(rule.id()).isGreaterThan(position);
                    position = row;
                }
            }
        }
        String header = "| id | title | requirements | default | " + String.join(" | ", Profiles.names()) + " |";
        assertThat(index).contains(header);
    }

    @Test
    void theIndexShowsEachProfilesSeverityWithOffForRulesThatDoNotRun() throws Exception {
        String index = files.get(RuleDocs.INDEX);
        List<EffectivePolicy> profiles = new ArrayList<>();
        for (String name : Profiles.names()) {
            profiles.add(Profiles.builtIn().profile(name));
        }
        Messages english = Messages.of(Locale.ENGLISH);
        for (RuleMetadata rule : RULES) {
            StringBuilder cells = new StringBuilder();
            for (EffectivePolicy profile : profiles) {
                cells.append(" | ").append(profile.rule(rule.id()).orElseThrow().severityId());
            }
            String title = english.has(rule.titleKey()) ? Markdown.text(english.format(rule.titleKey())) : "";
            assertThat(index)
                    .as(rule.id())
                    .containsPattern(Pattern.quote("| [" + rule.id() + "](" + rule.id() + ".md) | " + title) + ".*"
                            + Pattern.quote(" | " + rule.defaultSeverity().id() + cells + " |"));
        }
        assertThat(profiles.get(0).rules()).anyMatch(rule -> rule.off());
        assertThat(index).contains(" | off |");
    }

    @Test
    void theRequirementsTableNamesEveryRequirementWithItsRulesAndTheExclusions() {
        String index = files.get(RuleDocs.INDEX);
        String table = index.substring(index.indexOf("\n## Requirements\n"));
        for (RuleMetadata rule : RULES) {
            for (String requirement : rule.requirements()) {
                assertThat(table)
                        .as(rule.id() + " " + requirement)
                        .containsPattern("(?m)^\\| " + Pattern.quote(requirement) + " \\|[^\n]*\\["
                                + Pattern.quote(rule.id()) + "\\]");
            }
        }
        Catalogue.builtIn().exclusions().values().forEach(exclusion -> assertThat(table)
                .contains("| " + exclusion.requirement() + " |")
                .contains(Markdown.text(exclusion.reasonEn())));
    }

    @Test
    void requirementsAreOrderedByNumber() {
        assertThat(RuleDocs.compareRequirements("R-2", "R-10")).isNegative();
        assertThat(RuleDocs.compareRequirements("R-10", "R-09")).isPositive();
        assertThat(RuleDocs.compareRequirements("R-01", "R-01")).isZero();
    }

    @Test
    void everyPageHasTheRulesFactsTextsAndSources() {
        Messages english = Messages.of(Locale.ENGLISH);
        Messages swedish = Messages.of(Locale.forLanguageTag("sv"));
        for (RuleMetadata rule : RULES) {
            String page = files.get(rule.id() + ".md");
            assertThat(page).as(rule.id()).startsWith("<!-- Generated").contains("\n# " + rule.id() + ": ");
            assertThat(page)
                    .contains("| default severity | " + rule.defaultSeverity().id() + " |");
            for (String section : List.of(
                    "## Rationale",
                    "## What it reports",
                    "## Parameters",
                    "## In the built-in profiles",
                    "## Sources",
                    "## Changing it in somepolicy.yaml")) {
                assertThat(page).as(rule.id()).contains("\n" + section + "\n");
            }
            if (english.has(rule.titleKey()) && swedish.has(rule.titleKey())) {
                assertThat(page)
                        .contains(Markdown.text(english.format(rule.titleKey())))
                        .contains("*Svenska:* " + Markdown.text(swedish.format(rule.titleKey())));
            }
            if (english.has(rule.messageKey())) {
                assertThat(page).contains("| main | ");
            }
            for (String name : rule.parameters().keySet()) {
                assertThat(page).contains("| `" + name + "` |");
            }
            for (Source source : rule.sources()) {
                assertThat(page).contains(SourceDocuments.describe(source));
            }
            for (String profile : Profiles.names()) {
                assertThat(page).containsPattern("(?m)^\\| " + profile + " \\| (error|warning|note|off) \\|");
            }
        }
    }

    @Test
    void guidelinesAreNamedByMunicipality() {
        String page = RULES.stream()
                .filter(rule ->
                        rule.sources().stream().anyMatch(s -> SourceDocuments.GUIDELINES.containsKey(s.document())))
                .findFirst()
                .map(rule -> files.get(rule.id() + ".md"))
                .orElseThrow();
        assertThat(page).containsPattern("(Göteborgs Stad|Bollnäs kommun|Örebro kommun|Malmö stad|Trosa kommun), \\*");
        assertThat(SourceDocuments.describe(new Source("docs/format.md", "Rules of the format")))
                .isEqualTo("[docs/format.md](../format.md): Rules of the format");
        assertThat(SourceDocuments.describe(new Source("Arkivlagen (1990:782)", "10 §")))
                .isEqualTo("Arkivlagen (1990:782): 10 §");
    }

    @Test
    void theExamplesAreValidPolicies() {
        SchemaValidator schemas = new SchemaValidator();
        for (RuleMetadata rule : RULES) {
            Matcher blocks = YAML_BLOCK.matcher(files.get(rule.id() + ".md"));
            int count = 0;
            while (blocks.find()) {
                count++;
                String text = "kind: policy\nversion: 1\nextends: strict\n" + blocks.group(1);
                LoadResult loaded =
                        new YamlLoader(Limits.DEFAULT).load("somepolicy.yaml", text.getBytes(StandardCharsets.UTF_8));
                assertThat(loaded.problems()).as(rule.id() + "\n" + text).isEmpty();
                List<Violation> violations = schemas.validate(
                        FileKind.POLICY, "somepolicy.yaml", loaded.root().orElseThrow());
                assertThat(violations).as(rule.id() + "\n" + text).isEmpty();
            }
            assertThat(count).as(rule.id()).isEqualTo(rule.parameters().isEmpty() ? 3 : 4);
        }
    }

    @Test
    void markdownTextIsEscaped() {
        assertThat(Markdown.text("a | b <unit> *c* [d] `e` & f\ng"))
                .isEqualTo("a \\| b &lt;unit&gt; \\*c\\* \\[d\\] \\`e\\` &amp; f g");
        assertThat(Markdown.message("The unit '{0}' is not {1}.")).isEqualTo("The unit '`{0}`' is not `{1}`.");
        assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
    }

    @Test
    void parameterSchemasAreDescribed() {
        Map<String, Object> list = Map.of("type", "array", "items", Map.of("enum", List.of("planned", "active")));
        assertThat(ParameterSchemas.type(list)).isEqualTo("array of string");
        assertThat(ParameterSchemas.allowed(list)).isEqualTo("each item one of `planned`, `active`");
        assertThat(ParameterSchemas.example(list)).isEqualTo(List.of("planned"));
        Map<String, Object> days = new java.util.LinkedHashMap<>();
        days.put("type", "integer");
        days.put("minimum", 1);
        days.put("default", 2);
        assertThat(ParameterSchemas.type(days)).isEqualTo("integer");
        assertThat(ParameterSchemas.allowed(days)).isEqualTo("at least 1");
        assertThat(ParameterSchemas.example(days)).isEqualTo(2);
        assertThat(ParameterSchemas.example(Map.of("type", "boolean", "default", false)))
                .isEqualTo(true);
        assertThat(ParameterSchemas.allowed(Map.of("type", "boolean"))).isEqualTo("any");
    }

    @Test
    void writingMakesTheDirectoryMatchAndRemovesLeftOvers() throws Exception {
        RuleDocs docs = RuleDocs.builtIn();
        Path rules = directory.resolve("docs/rules");
        assertThat(docs.differences(rules)).contains("missing: " + RuleDocs.INDEX);

        docs.write(rules);
        assertThat(docs.differences(rules)).isEmpty();

        String first = RULES.get(0).id() + ".md";
        Files.writeString(rules.resolve(first), "changed\n");
        Files.writeString(rules.resolve("removed-rule.md"), "old\n");
        Files.delete(rules.resolve(RuleDocs.INDEX));
        assertThat(docs.differences(rules))
                .containsExactlyInAnyOrder("missing: " + RuleDocs.INDEX, "differs: " + first, "extra: removed-rule.md");

        docs.write(rules);
        assertThat(docs.differences(rules)).isEmpty();
        assertThat(rules.resolve("removed-rule.md")).doesNotExist();
    }
}
