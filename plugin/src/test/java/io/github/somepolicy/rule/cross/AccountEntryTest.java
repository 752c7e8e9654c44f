package io.github.somepolicy.rule.cross;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.RunSettings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** An index entry is a plain value: it stands without the tree, survives JSON, and gives the same findings. */
class AccountEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Document account(String file, String yaml) {
        return new Document(
                file,
                FileKind.ACCOUNT,
                new YamlLoader(Limits.DEFAULT)
                        .load(file, yaml.getBytes(StandardCharsets.UTF_8))
                        .root()
                        .orElseThrow());
    }

    private static final String A = """
            kind: account
            version: 1
            name: Biblioteket
            platform: facebook
            handle: testbybibliotek
            url: https://www.facebook.com/TestbyBibliotek/?utm_source=x
            unit: kultur
            status: active
            moderation:
              moderators:
                - name: Anna Andersson
                  email: anna.andersson@testby.se
                  role: moderator
                  absences:
                    - from: 2027-07-05
                      to: 2027-08-01
                      note: Semester
                - name: Bo Ek
                  email: bo.ek@testby.se
                  role: backup
                  absences:
                    - from: 2027-07-10
                      to: 2027-07-20
            credentials:
              holders: [Anna Andersson, Bo Ek]
            """;

    private static final String B = A.replace("Biblioteket", "Biblioteket igen")
            .replace("https://www.facebook.com/TestbyBibliotek/?utm_source=x", "http://facebook.com/testbybibliotek")
            .replace("2027-07-10", "2027-07-12");

    @Test
    void holdsTheFieldsTheRulesNeed() {
        AccountEntry entry =
                AccountEntries.of(account("accounts/kultur/a.yaml", A)).orElseThrow();
        assertThat(entry.address()).isEqualTo("facebook.com/testbybibliotek");
        assertThat(entry.people())
                .extracting(AccountEntry.PersonEntry::role)
                .containsExactly("moderator", "backup", "credentials", "credentials");
        assertThat(entry.people().get(0).absences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo(LocalDate.of(2027, 7, 5));
            assertThat(a.note()).isEqualTo("Semester");
        });
        assertThat(entry.position("/url").start().line()).isEqualTo(6);
    }

    @Test
    void survivesJsonAndGivesTheSameFindings() throws Exception {
        List<AccountEntry> entries = List.of(
                AccountEntries.of(account("accounts/kultur/a.yaml", A)).orElseThrow(),
                AccountEntries.of(account("accounts/kultur/b.yaml", B)).orElseThrow());
        JsonMapper mapper = JsonMapper.builder().build();
        List<AccountEntry> read = new ArrayList<>();
        for (AccountEntry entry : entries) {
            String json = mapper.writeValueAsString(entry);
            assertThat(json).doesNotContain("Node", "root\"");
            read.add(mapper.readValue(json, AccountEntry.class));
        }
        assertThat(read).isEqualTo(entries);

        List<CrossAccountPhase.RuleInForce> rules = new ArrayList<>();
        for (RuleMetadata rule : Catalogue.builtIn().rules()) {
            if (CrossAccountPhase.isCrossAccount(rule)) {
                rules.add(new CrossAccountPhase.RuleInForce(rule, rule.parameterDefaults()));
            }
        }
        List<Violation> fresh = CrossAccountPhase.run(rules, entries, Optional.empty(), TODAY, RunSettings.DEFAULT);
        List<Violation> cached = CrossAccountPhase.run(rules, read, Optional.empty(), TODAY, RunSettings.DEFAULT);
        assertThat(fresh).extracting(Violation::ruleId).contains("account-duplicate", "moderation-shared-absence");
        assertThat(cached).isEqualTo(fresh);
    }
}
