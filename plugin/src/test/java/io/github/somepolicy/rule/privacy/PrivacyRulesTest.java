package io.github.somepolicy.rule.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.console.ConsoleWriter;
import io.github.somepolicy.rule.RuleFixturesTestAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privacy detectors on whole configurations: the example configuration and the rules' compliant
 * base configuration give nothing, and a configuration full of secrets and personal data gives findings
 * that never repeat them, in either language.
 */
class PrivacyRulesTest {

    private static final Path EXAMPLE = Path.of("../example-config");
    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final Set<String> RULES =
            Set.of("secret-value", "personal-identity-number", "private-contact", "consent-routine");

    @TempDir
    Path work;

    @Test
    void theExampleConfigurationAndTheBaseConfigurationHaveNoFindings() throws IOException {
        SecretDetector secrets = new SecretDetector();
        ContactDetector contacts =
                new ContactDetector(PrivacyPatterns.builtIn().privateEmailDomains(), List.of(), false);
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(EXAMPLE, BASE)) {
            try (Stream<Path> walk = Files.walk(root)) {
                // The rule tests' files are deliberately broken (a private address, for one) and never read.
                walk.filter(p -> p.toString().endsWith(".yaml"))
                        .filter(p -> !root.relativize(p).startsWith("tests"))
                        .filter(p -> java.util.stream.StreamSupport.stream(
                                        root.relativize(p).spliterator(), false)
                                .noneMatch(part ->
                                        io.github.somepolicy.load.FileScanner.isSkippedDirectory(part.toString())))
                        .sorted()
                        .forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(10);
        int texts = 0;
        for (Path file : files) {
            Node.Mapping root = load(file);
            for (ScalarTexts.Text text : ScalarTexts.of(root, true)) {
                texts++;
                String where = file + " " + text.location().pointer() + ": " + text.value();
                assertThat(secrets.find(text.value())).as(where).isEmpty();
                assertThat(IdentityNumberDetector.find(text.value())).as(where).isEmpty();
                assertThat(contacts.find(text.value())).as(where).isEmpty();
            }
        }
        assertThat(texts).isGreaterThan(500);
    }

    @Test
    void textsAreReadInSourceOrderWithKeysWhenAsked() {
        Node.Mapping root = parse("""
                kind: account
                units:
                  kultur:
                    name: Kultur
                    list: [a, b, 3, true, null]
                empty:
                """);
        assertThat(ScalarTexts.of(root, false))
                .extracting(ScalarTexts.Text::value)
                .containsExactly("account", "Kultur", "a", "b", "3", "true");
        assertThat(ScalarTexts.of(root, true))
                .extracting(ScalarTexts.Text::value)
                .containsExactly(
                        "kind", "account", "units", "kultur", "name", "Kultur", "list", "a", "b", "3", "true", "empty");
        assertThat(ScalarTexts.of(root, false).get(1).location().pointer()).isEqualTo("/units/kultur/name");
    }

    @Test
    void longValuesAreCutAndDeepTreesAreWalked() {
        String deep = "a: ".repeat(1) + "[".repeat(30) + "x" + "]".repeat(30) + "\nb: " + "y".repeat(200_000) + "\n";
        Node.Mapping root = parse(deep);
        List<ScalarTexts.Text> texts = ScalarTexts.of(root, false);
        assertThat(texts).extracting(ScalarTexts.Text::value).first().isEqualTo("x");
        assertThat(texts.get(1).value()).hasSize(ScalarTexts.MAX_CHARS);
    }

    @Test
    void findingsNeverRepeatTheSecretInEitherLanguage() throws Exception {
        String jwt = "ey" + "JhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLWZha2UtdmFsdWU";
        String random = "Kf8uQz2LpR7vXw3NtY6mB1sD";
        Path root = Files.createTempDirectory(work, "config");
        RuleFixturesTestAccess.copy(BASE, root);
        Path account = root.resolve("accounts/kultur/facebook-bibliotek.yaml");
        Files.createDirectories(account.getParent());
        Files.writeString(account, """
                kind: account
                version: 1
                name: Testby bibliotek
                platform: facebook
                url: https://www.facebook.com/testbybibliotek
                unit: kultur
                accountType: organisation
                status: active
                activated: 2022-05-01
                moderation:
                  moderators:
                    - name: Lisa Berg
                      email: lisa.berg77@gmail.com
                      role: moderator
                      absences:
                        - from: 2027-01-10
                          to: 2027-01-20
                          note: "Sidtoken under ledigheten: %s"
                credentials:
                  holders: [Lisa Berg]
                  storage: "Lösenordet är Sommar2024!"
                notice:
                  text: "Ring Lisa på 070-123 45 67. Lisas personnummer är 19811218-9876."
                crisis:
                  fallbackNotice: "Nyckel %s"
                """.formatted(jwt, random), StandardCharsets.UTF_8);
        Report report = new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
        List<Finding> findings = report.findings().stream()
                .filter(f -> RULES.contains(f.ruleId()))
                .toList();
        assertThat(findings)
                .extracting(Finding::ruleId)
                .containsExactlyInAnyOrder(
                        "private-contact",
                        "secret-value",
                        "secret-value",
                        "private-contact",
                        "personal-identity-number",
                        "secret-value",
                        "consent-routine",
                        "consent-routine");
        List<String> hidden = List.of(
                "Sommar2024", "mmar", jwt, jwt.substring(3, 20), random, random.substring(3, 12), "9876", "lisa.berg");
        for (Locale locale : Messages.LOCALES) {
            Messages messages = Messages.of(locale);
            for (Finding finding : findings) {
                String line = ConsoleWriter.line(finding, messages);
                assertThat(line).as(line).doesNotContain("rule.").doesNotContain("term.");
                for (String secret : hidden) {
                    assertThat(line).as(line).doesNotContain(secret);
                }
            }
        }
        Messages swedish = Messages.of(Locale.forLanguageTag("sv"));
        assertThat(findings.stream().map(f -> ConsoleWriter.line(f, swedish)))
                .anyMatch(l -> l.contains("ett lösenord eller en kod som står utskriven i texten (Lösenordet är …)"))
                .anyMatch(l -> l.contains("ett personnummer: 19811218-****"))
                .anyMatch(l -> l.contains("privat e-postadress (lis…@gmail.com)"));
    }

    @Test
    void aShortTextRememberedForTheRunIsReportedInEveryFileThatHoldsIt() throws Exception {
        Report report = validateWithAccounts(
                Optional.empty(), List.of("accounts/kultur/facebook-a.yaml", "accounts/kultur/facebook-b.yaml"), """
                credentials:
                  holders: [Lisa Berg]
                  storage: "Lösenordet är Sommar2024!"
                """);
        List<Finding> secrets = report.findings().stream()
                .filter(f -> f.ruleId().equals("secret-value"))
                .toList();
        assertThat(secrets)
                .extracting(f -> f.location().file() + " " + f.location().pointer())
                .containsExactly(
                        "accounts/kultur/facebook-a.yaml /credentials/storage",
                        "accounts/kultur/facebook-b.yaml /credentials/storage");
        assertThat(secrets.get(0).message()).isEqualTo(secrets.get(1).message());
    }

    @Test
    void aRememberedContactIsReportedOnlyWhereTheFilesParametersDoNotAllowIt() throws Exception {
        Report report = validateWithAccounts(
                Optional.of("""
                        kind: policy
                        version: 1
                        extends: strict
                        overrides:
                          - files: ["accounts/skola/**"]
                            rules:
                              private-contact:
                                severity: warning
                                parameters:
                                  allowedDomains: [gmail.com]
                        """),
                List.of(
                        "accounts/kultur/facebook-a.yaml",
                        "accounts/skola/facebook-b.yaml",
                        "accounts/kultur/facebook-c.yaml"),
                """
                purpose: "Frågor till lisa.berg@gmail.com"
                """);
        assertThat(report.findings().stream().filter(f -> f.ruleId().equals("private-contact")))
                .extracting(f -> f.location().file())
                .containsExactly("accounts/kultur/facebook-a.yaml", "accounts/kultur/facebook-c.yaml");
    }

    /**
     * Validates the base configuration, with a policy of its own if given, and the same account in each of
     * the files, the account's common fields followed by the given ones.
     */
    private Report validateWithAccounts(Optional<String> policy, List<String> files, String fields)
            throws IOException, SomepolicyException {
        Path root = Files.createTempDirectory(work, "config");
        RuleFixturesTestAccess.copy(BASE, root);
        if (policy.isPresent()) {
            Files.writeString(root.resolve("somepolicy.yaml"), policy.get(), StandardCharsets.UTF_8);
        }
        for (String file : files) {
            Path account = root.resolve(file);
            Files.createDirectories(account.getParent());
            Files.writeString(account, """
                    kind: account
                    version: 1
                    name: Testby bibliotek
                    platform: facebook
                    unit: kultur
                    """ + fields, StandardCharsets.UTF_8);
        }
        return new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
    }

    private static Node.Mapping load(Path file) throws IOException {
        LoadResult loaded = new YamlLoader(Limits.DEFAULT).load(file.toString(), Files.readAllBytes(file));
        assertThat(loaded.problems()).as(file.toString()).isEmpty();
        return loaded.root().orElseThrow();
    }

    private static Node.Mapping parse(String text) {
        LoadResult loaded = new YamlLoader(Limits.DEFAULT).parse("test.yaml", text);
        assertThat(loaded.problems()).isEmpty();
        return loaded.root().orElseThrow();
    }
}
