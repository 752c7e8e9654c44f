package io.github.somepolicy.diff;

import static io.github.somepolicy.diff.TestRepository.account;
import static io.github.somepolicy.diff.TestRepository.moderator;
import static io.github.somepolicy.diff.TestRepository.moderators;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.somepolicy.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ChangeOutputsTest {

    static final String HOSTILE =
            "<img src=x onerror=alert(1)> **Kultur** [klicka](https://evil.example) @everyone :x:";
    static final String A = "accounts/kommunikation/facebook-testby.yaml";
    static final String C = "accounts/kultur och fritid/facebook-kulturhus.yaml";

    @TempDir
    Path top;

    private ChangeReport report(boolean withBase) throws Exception {
        return report(top, withBase);
    }

    private static ChangeReport report(Path top, boolean withBase) throws Exception {
        TestRepository repo = TestRepository.create(top);
        if (withBase) {
            repo.write(
                            "somepolicy.yaml",
                            TestRepository.POLICY + "reviewers:\n  communications: [\"@testby/kommunikation\"]\n")
                    .write("organisation.yaml", TestRepository.ORGANISATION)
                    .write(
                            A,
                            account(
                                    "Testby kommun",
                                    "facebook",
                                    "testbykommun",
                                    "kommunikation",
                                    moderators(
                                            moderator("Anna Andersson", "moderator"), moderator("Bo Ek", "backup"))));
        } else {
            repo.write("README.md", "start\n");
        }
        repo.commit("base").branch("feature");
        repo.write(
                        "somepolicy.yaml",
                        TestRepository.POLICY + "reviewers:\n  communications: [\"@testby/kommunikation\"]\n")
                .write("organisation.yaml", TestRepository.ORGANISATION)
                .write(
                        A,
                        account(
                                "Testby kommun",
                                "facebook",
                                "testbykommun",
                                "kommunikation",
                                moderators(moderator("Anna Andersson", "moderator"))))
                .write(
                        C,
                        account(
                                "'" + HOSTILE.replace("'", "''") + "'",
                                "facebook",
                                "kulturhus",
                                "kultur",
                                moderators(moderator("Lena Holm", "moderator"))));
        try (repo) {
            return new ChangeReporter().report(repo.request("", Optional.empty()));
        }
    }

    private static Schema schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build())
                        .schemaIdResolvers(
                                r -> r.mapPrefix("https://somepolicy.github.io/schemas/v1/", "classpath:schemas/")));
        return registry.getSchema(SchemaLocation.of(ChangeJson.SCHEMA_ID));
    }

    @Test
    void theJsonFollowsItsPublishedSchema() throws Exception {
        for (boolean withBase : new boolean[] {true, false}) {
            ChangeReport report = report(top.resolve(String.valueOf(withBase)), withBase);
            for (Locale locale : Messages.LOCALES) {
                JsonNode json = new ObjectMapper().readTree(ChangeFormat.JSON.render(report, Messages.of(locale)));
                assertThat(schema().validate(json))
                        .as("base %s, %s", withBase, locale)
                        .isEmpty();
                assertThat(json.path("base").path("hasConfiguration").asBoolean())
                        .isEqualTo(withBase);
            }
        }
    }

    @Test
    void theJsonNamesTheIntroducedFindingsAndTheReviews() throws Exception {
        JsonNode json =
                new ObjectMapper().readTree(ChangeFormat.JSON.render(report(true), Messages.of(Locale.ENGLISH)));
        assertThat(json.path("summary").path("introduced").asInt()).isEqualTo(2);
        assertThat(json.path("findings").path("introduced").findValuesAsString("ruleId"))
                .containsOnly("moderation-backup");
        assertThat(json.path("reviews").get(0).path("role").asString()).isEqualTo("communications");
        assertThat(json.path("reviews").get(0).path("reviewers").get(0).asString())
                .isEqualTo("@testby/kommunikation");
        assertThat(json.toString()).contains(HOSTILE.replace("\"", "\\\""));
    }

    @Test
    void theMarkdownEscapesWhatUsersWrote() throws Exception {
        String markdown = ChangeFormat.MARKDOWN.render(report(true), Messages.of(Locale.ENGLISH));
        assertThat(markdown)
                .doesNotContain("<img")
                .doesNotContain("**Kultur**")
                .doesNotContain("[klicka](")
                .doesNotContain(" @everyone")
                .contains("&lt;img")
                .contains("New account:")
                .contains("`" + C + "`")
                .contains("| Communications | @testby/kommunikation |");
        assertThat(markdown.lines().filter(l -> l.startsWith("### ")))
                .containsExactly("### What changes", "### New findings", "### Reviews needed");
    }

    @Test
    void theMarkdownIsInSwedishByDefaultLanguage() throws Exception {
        String markdown = ChangeFormat.MARKDOWN.render(report(true), Messages.of(Locale.forLanguageTag("sv")));
        assertThat(markdown)
                .contains("## somepolicy: vad ändringen innebär")
                .contains("står utan ersättare för moderatorn")
                .contains("| Kommunikation |");
    }

    @Test
    void theCodeOwnersFragmentEscapesPathsAndNamesTheOwners() throws Exception {
        String owners = ChangeFormat.CODEOWNERS.render(report(true), Messages.of(Locale.ENGLISH));
        List<String> lines = owners.lines().toList();
        assertThat(lines.get(0)).startsWith("# Reviewers this change needs");
        assertThat(lines)
                .contains("/" + A + " @testby/kommunikation")
                .contains("/accounts/kultur\\ och\\ fritid/facebook-kulturhus.yaml @testby/kommunikation");
    }

    @Test
    void theLogSummaryCountsAndNamesTheReviews() throws Exception {
        List<String> lines = ChangeSummary.lines(report(true), Messages.of(Locale.ENGLISH));
        assertThat(lines.get(0)).contains("2 new findings, 0 fixed");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("somepolicy diff: review needed by Communications (@testby/kommunikation).");
        assertThat(lines).allMatch(l -> !l.contains("\n"));
    }
}
