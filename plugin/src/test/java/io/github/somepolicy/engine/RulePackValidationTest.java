package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.rule.RulePack;
import io.github.somepolicy.rule.RulePacks;
import io.github.somepolicy.rule.SambrukPack;
import io.github.somepolicy.schema.SchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with a rule pack: its profile, its rules with their own and built-in checks, its parameters. */
class RulePackValidationTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";

    @TempDir
    Path root;

    @BeforeEach
    void copyBase() throws Exception {
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
    }

    private Report run(String policy, List<RulePack> packs) throws Exception {
        Files.writeString(root.resolve("somepolicy.yaml"), "kind: policy\nversion: 1\n" + policy);
        return new Validator(new SchemaValidator(), RulePacks.of(packs))
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
    }

    private Report run(String policy) throws Exception {
        return run(policy, List.of(new SambrukPack()));
    }

    private void editAccount(String from, String to) throws Exception {
        String text = Files.readString(root.resolve(ACCOUNT));
        assertThat(text).contains(from);
        Files.writeString(root.resolve(ACCOUNT), text.replace(from, to));
    }

    private static List<String> findings(Report report) {
        return report.findings().stream()
                .map(f -> f.location().file() + ":" + f.location().start() + " "
                        + f.severity().id() + " " + f.ruleId())
                .toList();
    }

    @Test
    void aCompliantConfigurationPassesThePacksProfile() throws Exception {
        editAccount("@testby.se", "@ekeby.se");
        Report report = run("extends: sambruk\n");
        assertThat(findings(report)).isEmpty();
        assertThat(report.runInfo().profile()).isEqualTo("sambruk");
        assertThat(report.rule("sambruk-moderator-domain")
                        .orElseThrow()
                        .metadata()
                        .helpUri())
                .isEqualTo("https://example.org/sambruk/rules/moderator-domain");
        assertThat(report.rule("sambruk-evaluation-interval")).isPresent();
        assertThat(report.rule("moderation-backup"))
                .as("the profile extends malmo")
                .isPresent();
    }

    @Test
    void thePacksOwnCheckReportsAtTheValueWithTheProfilesParameters() throws Exception {
        editAccount("@testby.se", "@ekeby.se");
        editAccount("bo.ek@ekeby.se", "bo.ek@konsultbyran.se");
        Report report = run("extends: sambruk\n");
        assertThat(findings(report)).containsExactly(ACCOUNT + ":63:14 error sambruk-moderator-domain");
        Finding finding = report.findings().get(0);
        assertThat(finding.message())
                .isEqualTo(Message.of("rule.sambruk-moderator-domain.message", "bo.ek@konsultbyran.se", "ekeby.se"));
    }

    @Test
    void theUserSetsThePacksParametersAndSeverities() throws Exception {
        Report own = run("extends: strict\nrules:\n  sambruk-moderator-domain:\n    parameters:\n"
                + "      domains: [testby.se]\n");
        assertThat(findings(own)).isEmpty();
        Report other = run("extends: strict\nrules:\n  sambruk-moderator-domain:\n    severity: warning\n"
                + "    parameters:\n      domains: [ekeby.se]\n");
        assertThat(findings(other)).hasSize(3).allMatch(line -> line.endsWith(" warning sambruk-moderator-domain"));
        Report off = run("extends: sambruk\nrules:\n  sambruk-moderator-domain: off\n");
        assertThat(findings(off)).isEmpty();
    }

    @Test
    void theUsersParametersAreCheckedAgainstThePacksSchema() throws Exception {
        Report report = run("extends: sambruk\nrules:\n  sambruk-moderator-domain:\n    parameters:\n"
                + "      domains: [\"Not A Domain\"]\n");
        assertThat(findings(report)).contains("somepolicy.yaml:7:17 error schema");
    }

    @Test
    void aRuleOfThePackUsingABuiltInCheck() throws Exception {
        editAccount("@testby.se", "@ekeby.se");
        editAccount("  interval: P1Y\n", "");
        assertThat(findings(run("extends: sambruk\n")))
                .containsExactly(ACCOUNT + ":46:1 warning sambruk-evaluation-interval");
    }

    @Test
    void withoutThePackItsProfileIsUnknown() throws Exception {
        assertThat(findings(run("extends: sambruk\n", List.of())))
                .containsExactly("somepolicy.yaml:3:10 error policy-invalid");
    }

    @Test
    void anIncompletePackStopsTheRunWithItsProblem() {
        SambrukPack complete = new SambrukPack();
        RulePack incomplete = new RulePack() {
            @Override
            public String name() {
                return "sambruk";
            }

            @Override
            public String catalogue() {
                return complete.catalogue();
            }

            @Override
            public String messages() {
                return "packs.broken.Incomplete";
            }

            @Override
            public Map<String, io.github.somepolicy.rule.Check> checks() {
                return complete.checks();
            }
        };
        assertThatThrownBy(() -> run("extends: strict\n", List.of(incomplete)))
                .isInstanceOf(SomepolicyException.class)
                .extracting(e -> ((SomepolicyException) e).userMessage().key())
                .isEqualTo("pack.messages.key");
    }
}
