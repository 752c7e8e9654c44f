package io.github.somepolicy.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private static final SchemaValidator VALIDATOR = new SchemaValidator();
    private static final String ACCOUNT = """
            kind: account
            version: 1
            name: Testby kommun
            platform: facebook
            url: https://www.facebook.com/testby
            unit: kommunikation
            status: active
            """;

    private static List<String> validate(FileKind kind, String yaml) {
        return validate(VALIDATOR, kind, yaml);
    }

    private static List<String> validate(SchemaValidator validator, FileKind kind, String yaml) {
        Node.Mapping root = new YamlLoader(Limits.DEFAULT)
                .load("a.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .root()
                .orElseThrow();
        Messages english = Messages.of(Locale.ENGLISH);
        return validator.validate(kind, "a.yaml", root).stream()
                .map(v -> v.location().start() + " " + english.render(v.message()))
                .toList();
    }

    @Test
    void aFormatGivesAValueMetAgainTheVerdictItGotTheFirstTime() {
        SchemaValidator validator = new SchemaValidator();
        String badAddress = ACCOUNT.replace("https://www.facebook.com/testby", "https://www.facebook.com/test by");
        String badEmail = ACCOUNT + "moderation:\n  moderators:\n    - name: Anna Berg\n      role: moderator\n"
                + "      email: anna.berg@@testby.se\n";
        List<String> address = validate(validator, FileKind.ACCOUNT, badAddress);
        List<String> email = validate(validator, FileKind.ACCOUNT, badEmail);
        assertThat(address).singleElement().asString().startsWith("5:6 ");
        assertThat(email).containsExactly("12:14 'anna.berg@@testby.se' is not a valid e-mail address.");
        // e-mail, date and web address, each checked once per value
        assertThat(validator.formatVerdicts()[0]).isEqualTo(3);
        int kept = validator.formatVerdicts()[1];
        assertThat(kept).isPositive();
        assertThat(validate(validator, FileKind.ACCOUNT, badAddress)).isEqualTo(address);
        assertThat(validate(validator, FileKind.ACCOUNT, badEmail)).isEqualTo(email);
        assertThat(validate(validator, FileKind.ACCOUNT, ACCOUNT)).isEmpty();
        assertThat(validate(validator, FileKind.ACCOUNT, ACCOUNT)).isEmpty();
        // the minimal account's address was met in the account with the bad e-mail address
        assertThat(validator.formatVerdicts()[1]).isEqualTo(kept);
    }

    @Test
    void aMinimalAccountIsValid() {
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT)).isEmpty();
    }

    @Test
    void unknownKeyIsReportedAtTheKeyWithASuggestion() {
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT + "moderation:\n  monitorng: daily\n"))
                .containsExactly("9:3 Unknown key 'monitorng'. Did you mean 'monitoring'?");
    }

    @Test
    void reviewersInTheOrganisationFileSayWhereTheyMoved() {
        String organisation = """
                kind: organisation
                version: 1
                municipality:
                  name: Testby kommun
                  website: https://www.testby.se
                  socialMediaPage: https://www.testby.se/socialamedier
                register:
                  url: https://www.testby.se/socialamedier/konton
                communicationsUnit: kommunikation
                units:
                  kommunikation:
                    name: Kommunikationsavdelningen
                    manager: {name: Karin Berg, title: Kommunikationschef}
                    contact: {email: kommunikation@testby.se}
                """;
        assertThat(validate(FileKind.ORGANISATION, organisation)).isEmpty();
        assertThat(validate(
                        FileKind.ORGANISATION,
                        organisation + "reviewers:\n  dataProtection: [\"@testby/dataskydd\"]\n"))
                .containsExactly(
                        "15:1 'reviewers' is no longer read here: it has moved to somepolicy.yaml. Move the section"
                                + " there, unchanged except that dataProtection is written data-protection.");
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT + "reviewers: []\n"))
                .singleElement()
                .asString()
                .contains("Unknown key 'reviewers'");
    }

    @Test
    void missingKeyIsReportedAtTheMappingThatLacksIt() {
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT.replace("unit: kommunikation\n", "")))
                .containsExactly("1:1 The key 'unit' is missing.");
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT + "moderation:\n  moderators:\n    - name: Anna\n"))
                .containsExactly("10:7 The key 'role' is missing under '0'.");
    }

    @Test
    void wrongValuesAreReportedAtTheValue() {
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT.replace("platform: facebook", "platform: facebok")))
                .containsExactly("4:11 'facebok' is not an allowed value. Did you mean 'facebook'?");
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT + "activated: 2026-02-30\n"))
                .containsExactly("8:12 '2026-02-30' is not a valid date. Write a real date as YYYY-MM-DD.");
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT + "internal: no\n"))
                .containsExactly("8:11 Expected true or false here, found text.");
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT.replace("kind: account", "kind: account") + "version2: 1\n"))
                .hasSize(1);
    }

    @Test
    void aWrongKindOfValueInAOneOfGivesOneMessage() {
        String policy =
                "kind: policy\nversion: 1\nrules:\n  moderation-backup: sometimes\n  archive-snapshot-overdue:\n    severity: loud\n";
        List<String> messages = validate(FileKind.POLICY, policy);
        assertThat(messages)
                .containsExactly(
                        "4:22 'sometimes' is not an allowed value. Allowed: error, warning, note, off.",
                        "6:15 'loud' is not an allowed value. Allowed: error, warning, note, off.");
    }

    @Test
    void reportsEveryProblemOnce() {
        List<String> messages = validate(
                FileKind.ORGANISATION,
                "kind: organisation\nversion: 1\nmunicipality:\n  name: X\nunits:\n  Bad_Id:\n    name: A\n  ok:\n    nam: B\n");
        assertThat(messages).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void typingIsStrict() {
        Violation unused = null;
        assertThat(unused).isNull();
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT.replace("name: Testby kommun", "name: 12")))
                .containsExactly("3:7 Expected text here, found a number.");
        assertThat(validate(FileKind.ACCOUNT, ACCOUNT.replace("name: Testby kommun", "name: '12'")))
                .isEmpty();
    }
}
