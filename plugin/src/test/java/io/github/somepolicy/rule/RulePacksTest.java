package io.github.somepolicy.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Message;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePacksTest {

    private static final String SAMBRUK_MESSAGES = "packs.sambruk.Messages";

    /** A pack assembled from parts, to break one part at a time. */
    record TestPack(
            String name, String catalogue, String messages, Map<String, Check> checks, Map<String, String> profiles)
            implements RulePack {}

    private static TestPack sambrukWith(String catalogue, String messages) {
        SambrukPack complete = new SambrukPack();
        return new TestPack("sambruk", catalogue, messages, complete.checks(), complete.profiles());
    }

    private static List<String> keys(RulePacks packs) {
        return packs.problems().stream().map(Message::key).toList();
    }

    @Test
    void aCompletePackAddsItsRulesChecksMessagesAndProfile() {
        RulePacks packs = RulePacks.of(List.of(new SambrukPack()));

        assertThat(packs.problems()).isEmpty();
        assertThat(packs.names()).containsExactly("sambruk");
        RuleMetadata own = packs.catalogue().rule("sambruk-moderator-domain").orElseThrow();
        assertThat(own.check()).isEqualTo("sambruk:moderator-domain");
        assertThat(packs.checks()).containsKey("sambruk:moderator-domain");
        assertThat(own.helpUri()).isEqualTo("https://example.org/sambruk/rules/moderator-domain");
        assertThat(own.parameterDefaults()).containsEntry("domains", List.of());
        RuleMetadata shared =
                packs.catalogue().rule("sambruk-evaluation-interval").orElseThrow();
        assertThat(shared.check()).isEqualTo("required-fields");
        assertThat(packs.catalogue().rules())
                .hasSize(Catalogue.builtIn().rules().size() + 2);
        assertThat(packs.profiles()).containsOnlyKeys("sambruk");
        assertThat(packs.profiles().get("sambruk").read()).isPresent();

        Messages swedish = Messages.of(Locale.forLanguageTag("sv"), packs.bundles());
        assertThat(swedish.format(own.titleKey())).isEqualTo("Moderatorer använder en adress i kommunens domän");
        Messages english = Messages.of(Locale.ENGLISH, packs.bundles());
        assertThat(english.format(own.messageKey(), "a@gmail.com", "ekeby.se"))
                .isEqualTo("The moderator's address a@gmail.com is not in the municipality's domains (ekeby.se).");
    }

    @Test
    void withoutPacksTheCatalogueIsTheBuiltInOne() {
        RulePacks none = RulePacks.none();
        assertThat(none.problems()).isEmpty();
        assertThat(none.catalogue().rules()).isEqualTo(Catalogue.builtIn().rules());
        assertThat(none.bundles()).isEmpty();
    }

    @Test
    void ruleIdsMustStartWithThePackName() {
        RulePacks packs = RulePacks.of(List.of(sambrukWith("packs/broken/unprefixed.yaml", SAMBRUK_MESSAGES)));
        assertThat(packs.problems())
                .containsExactly(Message.of("pack.rule.prefix", "sambruk", "moderator-domain", "sambruk-"));
        assertThat(packs.catalogue().rule("moderator-domain")).isEmpty();
    }

    @Test
    void malformedEntriesAreNamedWithTheirPlace() {
        RulePacks packs = RulePacks.of(
                List.of(new TestPack("broken", "packs/broken/malformed.yaml", SAMBRUK_MESSAGES, Map.of(), Map.of())));
        assertThat(packs.problems())
                .contains(Message.of(
                        "pack.catalogue.field-invalid",
                        "broken",
                        "packs/broken/malformed.yaml:5:15",
                        "severity",
                        "fatal"))
                .contains(Message.of(
                        "pack.catalogue.field-missing", "broken", "packs/broken/malformed.yaml:11:5", "sources"))
                .contains(Message.of(
                        "pack.catalogue.field-missing", "broken", "packs/broken/malformed.yaml:11:5", "helpUri"));
    }

    @Test
    void aRuleNeedsACheckOfThePackOrOfThePlugin() {
        RulePacks packs = RulePacks.of(List.of(
                new TestPack("broken", "packs/broken/unknown-check.yaml", "packs.broken.Empty", Map.of(), Map.of())));
        assertThat(keys(packs)).contains("pack.rule.check");
        assertThat(packs.problems())
                .contains(Message.of("pack.rule.check", "broken", "broken-check", "does-not-exist"));
    }

    @Test
    void aMissingOrUnreadableCatalogueIsNamed() {
        assertThat(RulePacks.of(List.of(sambrukWith("packs/none.yaml", SAMBRUK_MESSAGES)))
                        .problems())
                .containsExactly(Message.of("pack.catalogue.missing", "sambruk", "packs/none.yaml"));
        assertThat(keys(RulePacks.of(List.of(sambrukWith("packs/broken/not-yaml.yaml", SAMBRUK_MESSAGES)))))
                .containsExactly("pack.catalogue.unreadable");
    }

    @Test
    void everyRuleNeedsItsTextsInBothLanguages() {
        RulePacks packs =
                RulePacks.of(List.of(sambrukWith(SambrukPack.RESOURCES + "catalogue.yaml", "packs.broken.Incomplete")));
        assertThat(packs.problems())
                .containsExactlyInAnyOrder(
                        Message.of(
                                "pack.messages.key",
                                "sambruk",
                                "rule.sambruk-moderator-domain.rationale",
                                "packs/broken/Incomplete_sv.properties"),
                        Message.of(
                                "pack.messages.key",
                                "sambruk",
                                "rule.sambruk-evaluation-interval.rationale",
                                "packs/broken/Incomplete_sv.properties"));
        assertThat(packs.catalogue().rule("sambruk-moderator-domain")).isEmpty();
    }

    @Test
    void aPackCannotRedefineTheEnginesMessages() {
        RulePacks packs =
                RulePacks.of(List.of(sambrukWith(SambrukPack.RESOURCES + "catalogue.yaml", "packs.broken.Foreign")));
        assertThat(packs.problems())
                .contains(Message.of("pack.messages.foreign-key", "sambruk", "engine.no-directory"));
        assertThat(packs.bundles()).isEmpty();
    }

    @Test
    void namesAreKebabCaseAndUnique() {
        assertThat(keys(RulePacks.of(List.of(new TestPack(
                        "Sambruk", SambrukPack.RESOURCES + "catalogue.yaml", SAMBRUK_MESSAGES, Map.of(), Map.of())))))
                .containsExactly("pack.name");
        assertThat(keys(RulePacks.of(List.of(new SambrukPack(), new SambrukPack()))))
                .containsExactly("pack.duplicate");
    }

    @Test
    void aProfileMayNotTakeABuiltInNameAndMustExist() {
        SambrukPack complete = new SambrukPack();
        TestPack taken = new TestPack(
                "sambruk",
                complete.catalogue(),
                SAMBRUK_MESSAGES,
                complete.checks(),
                Map.of("strict", SambrukPack.RESOURCES + "sambruk.yaml", "sambruk-extra", "packs/none.yaml"));
        assertThat(RulePacks.of(List.of(taken)).problems())
                .containsExactlyInAnyOrder(
                        Message.of("pack.profile.name", "sambruk", "strict"),
                        Message.of("pack.profile.missing", "sambruk", "sambruk-extra", "packs/none.yaml"));
    }

    @Test
    void thePacksAClassLoaderListsAreFoundAndOneThatCannotBeCreatedIsAProblem(@TempDir Path classes)
            throws IOException {
        Path services = classes.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(
                services.resolve(RulePack.class.getName()),
                "# the packs of this jar\n" + SambrukPack.class.getName() + "\norg.example.MissingPack\n",
                StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            RulePacks found = RulePacks.discover(loader);
            assertThat(found.names()).containsExactly("sambruk");
            assertThat(keys(found)).containsExactly("pack.load-failed");
            assertThat(found.problems().get(0).args().get(1)).contains("org.example.MissingPack");
        }
    }

    @Test
    void theInstalledPacksOfTheTestClassPathAreNone() {
        assertThat(RulePacks.installedBundles()).isEmpty();
        assertThat(RulePacks.installed().names()).isEmpty();
        assertThat(RulePacks.installed().problems()).isEmpty();
        assertThat(RulePacks.installedBundles()).isEmpty();
    }
}
