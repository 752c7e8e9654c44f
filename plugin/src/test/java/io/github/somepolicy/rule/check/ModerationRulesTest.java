package io.github.somepolicy.rule.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.rule.RuleFixturesTestAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the moderation rules report beyond their console lines: related places, languages, edge cases. */
class ModerationRulesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String ACCOUNT = "accounts/kultur/facebook-bibliotek.yaml";

    @TempDir
    Path work;

    private Report run(String fixture) throws Exception {
        Path root = Files.createTempDirectory(work, "config");
        RuleFixturesTestAccess.copy(FIXTURES.resolve("_base"), root);
        if (fixture != null) {
            RuleFixturesTestAccess.copy(FIXTURES.resolve(fixture), root);
            Files.deleteIfExists(root.resolve("expected.txt"));
        }
        return run(root);
    }

    private static Report run(Path root) throws Exception {
        return new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "test"));
    }

    private static List<Finding> findings(Report report, String ruleId) {
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void aGapPointsAtTheAbsencesThatCauseIt() throws Exception {
        List<Finding> gaps = findings(run("moderation-coverage/fail-gap-in-middle"), "moderation-coverage");
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).location().pointer()).isEqualTo("/moderation/moderators");
        assertThat(gaps.get(0).related())
                .extracting(Location::pointer)
                .containsExactly("/moderation/moderators/0/absences/0", "/moderation/moderators/1/absences/0");
    }

    @Test
    void onlyTheAbsencesOverlappingAGapAreRelatedToIt() throws Exception {
        List<Finding> gaps = findings(run("moderation-coverage/fail-person-listed-twice"), "moderation-coverage");
        assertThat(gaps).hasSize(2);
        assertThat(gaps.get(0).related())
                .extracting(Location::pointer)
                .containsExactly("/moderation/moderators/0/absences/0", "/moderation/moderators/2/absences/0");
        assertThat(gaps.get(1).related())
                .extracting(Location::pointer)
                .containsExactly("/moderation/moderators/1/absences/0", "/moderation/moderators/2/absences/0");
    }

    @Test
    void aGapReadsWellInSwedish() throws Exception {
        Messages swedish = Messages.of(Locale.forLanguageTag("sv"));
        Finding gap = findings(run("moderation-coverage/fail-gap-in-middle"), "moderation-coverage")
                .get(0);
        assertThat(swedish.render(gap.message()))
                .startsWith("Ingen moderator finns på plats från 2027-07-06 till 2027-07-19 (14 dagar): "
                        + "både Anna Andersson och Bo Ek är borta.");
        Finding many = findings(run("moderation-coverage/fail-one-day-three-people"), "moderation-coverage")
                .get(0);
        assertThat(swedish.render(many.message()))
                .startsWith("Ingen moderator finns på plats den 2027-02-15: Anna Andersson, Bo Ek och Sara Lund är alla"
                        + " borta.");
    }

    @Test
    void monitoringFrequenciesAreTranslated() throws Exception {
        Finding finding = findings(
                        run("moderation-monitoring/fail-weekly-when-daily-required"), "moderation-monitoring")
                .get(0);
        assertThat(Messages.of(Locale.forLanguageTag("sv")).render(finding.message()))
                .startsWith("Kontot bevakas varje vecka, men det ska bevakas minst dagligen.");
    }

    @Test
    void theBaseAccountKeepsEveryModerationRule() throws Exception {
        Report report = run((String) null);
        for (String rule : List.of(
                "moderation-moderator",
                "moderation-backup",
                "moderation-coverage",
                "moderation-monitoring",
                "moderation-response-time",
                "credentials-holders",
                "moderation-removal",
                "preserve-before-removal",
                "confidential-routine",
                "case-referral-routine",
                "signature-municipality",
                "crisis-routine")) {
            assertThat(report.rule(rule)).as(rule).isPresent();
            assertThat(findings(report, rule)).as(rule).isEmpty();
        }
    }

    @Test
    void withoutAnOrganisationTheSignatureOnlyHasToBeThere() throws Exception {
        Path root = Files.createTempDirectory(work, "config");
        RuleFixturesTestAccess.copy(FIXTURES.resolve("_base"), root);
        RuleFixturesTestAccess.copy(FIXTURES.resolve("signature-municipality/fail-without-municipality"), root);
        Files.deleteIfExists(root.resolve("expected.txt"));
        Files.delete(root.resolve("organisation.yaml"));
        assertThat(findings(run(root), "signature-municipality")).isEmpty();

        Path account = root.resolve(ACCOUNT);
        String text = Files.readString(account, StandardCharsets.UTF_8);
        Files.writeString(account, text.replaceAll("(?m)^  signature: .*\\n", ""), StandardCharsets.UTF_8);
        assertThat(findings(run(root), "signature-municipality"))
                .extracting(f -> f.message().key())
                .containsExactly("rule.signature-municipality.message");
    }

    @Test
    void aDuplicateCredentialHolderPointsAtTheFirstMention() throws Exception {
        List<Finding> findings = findings(run("credentials-holders/fail-same-person-twice"), "credentials-holders");
        Finding duplicate = findings.stream()
                .filter(f -> f.message().key().endsWith(".duplicate"))
                .findFirst()
                .orElseThrow();
        assertThat(duplicate.location().pointer()).isEqualTo("/credentials/holders/1");
        assertThat(duplicate.related()).extracting(Location::pointer).containsExactly("/credentials/holders/0");
    }
}
