package io.github.somepolicy.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.rule.check.BuiltInChecks;
import io.github.somepolicy.rule.cross.CrossCheck;
import io.github.somepolicy.rule.cross.CrossChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule is complete: a source, both languages, a check that exists, and fixtures that break and keep it. */
class RuleCatalogueTest {

    private static final Set<String> SEEDS =
            CatalogueIndex.BUILT_IN.guidelines().keySet();
    private static final Pattern LAW =
            Pattern.compile(".*\\(\\d{4}:\\d+\\)|Tryckfrihetsförordningen|Dataskyddsförordningen.*|.*lag.*");
    private static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:load|scan|schema|engine|policy|report|mojo|rule|term|markdown|custom|pack|diff|register|ruletest|output)\\.[a-z][a-zA-Z0-9.-]*[a-zA-Z0-9])\"");

    private final List<RuleMetadata> rules = Catalogue.builtIn().rules();

    @Test
    void everyRuleCitesASource() {
        for (RuleMetadata rule : rules) {
            assertThat(rule.sources()).as(rule.id()).isNotEmpty();
            for (Source source : rule.sources()) {
                boolean seed =
                        SEEDS.contains(source.document()) && !source.section().isBlank();
                boolean law = LAW.matcher(source.document()).matches();
                boolean ownDoc = source.document().startsWith("docs/")
                        && Files.exists(Path.of("..").resolve(source.document()));
                assertThat(seed || law || ownDoc)
                        .as(rule.id() + " cites " + source)
                        .isTrue();
            }
        }
    }

    private static boolean citesALaw(RuleMetadata rule) {
        return rule.sources().stream()
                .anyMatch(source -> !SEEDS.contains(source.document())
                        && !source.document().startsWith("docs/")
                        && LAW.matcher(source.document()).matches());
    }

    @Test
    void everyRuleSaysWhetherTheBaselineHasItOnAndAGuidelineRuleIsOffThere() {
        for (RuleMetadata rule : rules) {
            assertThat(rule.baseline())
                    .as(rule.id() + " says law, consistency or off under baseline")
                    .isNotEqualTo(Baseline.ON);
            if (rule.baseline() == Baseline.LAW) {
                assertThat(citesALaw(rule))
                        .as(rule.id() + " is on in the baseline by law: it cites one")
                        .isTrue();
            }
            boolean guidelineOnly = rule.sources().stream().allMatch(source -> SEEDS.contains(source.document()));
            if (guidelineOnly) {
                assertThat(rule.baseline())
                        .as(rule.id() + " cites only guidelines: off in the baseline, unless it checks consistency")
                        .isIn(Baseline.OFF, Baseline.CONSISTENCY);
            }
        }
    }

    @Test
    void theIndexListsEveryCatalogueFileAndEveryGuidelineARuleCites() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/io/github/somepolicy/rule/catalogue"))) {
            List<String> areas = files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.equals("index.yaml"))
                    .map(name -> name.replaceFirst("\\.yaml$", ""))
                    .toList();
            assertThat(CatalogueIndex.BUILT_IN.areaIds()).containsExactlyInAnyOrderElementsOf(areas);
        }
        assertThat(Messages.BUNDLES).containsAll(CatalogueIndex.BUILT_IN.bundles());
        for (CatalogueIndex.Profile profile : CatalogueIndex.BUILT_IN.profiles()) {
            profile.guideline()
                    .ifPresent(document -> assertThat(SEEDS).as(profile.id()).contains(document));
        }
        for (String document : SEEDS) {
            assertThat(rules).as(document + " is cited").anyMatch(rule -> rule.sources().stream()
                    .anyMatch(s -> s.document().equals(document)));
        }
    }

    @Test
    void everyRuleHasTitleAndRationaleInBothLanguages() {
        for (Locale locale : Messages.LOCALES) {
            Messages messages = Messages.of(locale);
            for (RuleMetadata rule : rules) {
                assertThat(messages.has(rule.titleKey())).as(rule.titleKey()).isTrue();
                assertThat(messages.has(rule.rationaleKey()))
                        .as(rule.rationaleKey())
                        .isTrue();
                if (!rule.check().equals("builtin")) {
                    assertThat(messages.has(rule.messageKey()))
                            .as(rule.messageKey())
                            .isTrue();
                    for (String variant : variantKeys(rule)) {
                        assertThat(messages.has(variant)).as(variant).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyCheckNamedInTheCatalogueExistsAndEveryCheckIsUsed() {
        Set<String> named = new HashSet<>();
        for (RuleMetadata rule : rules) {
            if (!rule.check().equals("builtin")) {
                named.add(rule.check());
                assertThat(BuiltInChecks.all().containsKey(rule.check())
                                || CrossChecks.all().containsKey(rule.check()))
                        .as(rule.id() + " names a check")
                        .isTrue();
                assertThat(rule.appliesTo()).as(rule.id()).isNotEmpty();
                assertThat(rule.requirements()).as(rule.id()).isNotEmpty();
            }
        }
        assertThat(named).containsAll(BuiltInChecks.all().keySet());
        assertThat(named).containsAll(CrossChecks.all().keySet());
    }

    @Test
    void everyPolicyRuleHasABreakingAndAPassingFixture() throws IOException {
        for (RuleMetadata rule : rules) {
            if (rule.check().equals("builtin")) {
                continue;
            }
            Path dir = FIXTURES.resolve(rule.id());
            assertThat(dir).as(rule.id()).isDirectory();
            try (Stream<Path> cases = Files.list(dir)) {
                List<String> names = cases.map(p -> p.getFileName().toString()).toList();
                assertThat(names).as(rule.id()).anyMatch(n -> n.startsWith("pass-"));
                assertThat(names).as(rule.id()).anyMatch(n -> n.startsWith("fail-"));
            }
        }
    }

    @Test
    void everyMessageKeyInTheCodeExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> literals = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).matches(".*\\.(json|yaml|md)")) {
                        literals.add(matcher.group(1));
                    }
                }
            }
        }
        Messages english = Messages.of(Locale.ENGLISH);
        for (String key : literals) {
            assertThat(english.has(key)).as("key used in code: " + key).isTrue();
        }
        Set<String> ruleKeys = new HashSet<>();
        for (RuleMetadata rule : rules) {
            ruleKeys.add(rule.titleKey());
            ruleKeys.add(rule.rationaleKey());
            if (!rule.check().equals("builtin")) {
                ruleKeys.add(rule.messageKey());
                ruleKeys.addAll(variantKeys(rule));
            }
        }
        for (String key : io.github.somepolicy.i18n.MessagesTestAccess.keys()) {
            // diff.kind.<id> is built from each ChangeKind's id (ChangeKindTest checks every kind has one).
            boolean dynamic = key.startsWith("schema.") || key.startsWith("term.") || key.startsWith("diff.kind.");
            assertThat(dynamic || literals.contains(key) || ruleKeys.contains(key))
                    .as("bundle key never used: " + key)
                    .isTrue();
        }
    }

    /** The message variant keys a rule needs because its check reports them. */
    private static List<String> variantKeys(RuleMetadata rule) {
        Check check = BuiltInChecks.all().get(rule.check());
        CrossCheck cross = CrossChecks.all().get(rule.check());
        List<String> variants =
                check != null ? check.messageVariants() : cross != null ? cross.messageVariants() : List.of();
        return variants.stream().map(v -> rule.messageKey() + "." + v).toList();
    }
}
