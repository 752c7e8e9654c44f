package io.github.somepolicy.rule.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.rule.privacy.SecretDetector.Kind;
import io.github.somepolicy.rule.privacy.SecretDetector.Secret;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The secret detector on real-looking text. Test tokens are put together from parts, so that the source
 * file itself holds no string that a secret scanner takes for a real token.
 */
class SecretDetectorTest {

    private static final String ALNUM36 = "0123456789abcdefghijABCDEFGHIJklmnop";
    private static final String GITHUB = "gh" + "p_" + ALNUM36;
    private static final String GITHUB_FINE = "github" + "_pat_" + "11ABCDEFG0123456789_abcdefghijKLMNOP";
    private static final String SLACK = "xo" + "xb-" + "1234567890-0987654321-AbCdEfGhIjKlMnOp";
    private static final String AWS = "AK" + "IA" + "IOSFODNN7EXAMPLE";
    private static final String GOOGLE = "AI" + "za" + "SyA-1234567890abcdefghijklmnopqrstu";
    private static final String META = "EA" + "AB" + "wzLixnjYBO1234abcdEFGHijklMNOPqrst5678";
    private static final String JWT =
            "ey" + "JhbGciOiJIUzI1NiJ9" + "." + "eyJzdWIiOiIxMjM0NTY3ODkwIn0" + "." + "dozjgNryP4J3jVmNHl0w5N";
    private static final String STRIPE = "sk" + "_live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    private static final String PRIVATE_KEY =
            "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1234567890abcdef\n-----END RSA PRIVATE KEY-----";

    private final SecretDetector detector = new SecretDetector();

    private List<Kind> kinds(String text) {
        return detector.find(text).stream().map(Secret::kind).toList();
    }

    @Test
    void findsTokensOfKnownFormats() {
        assertThat(kinds("Nyckel: " + GITHUB)).containsExactly(Kind.GITHUB_TOKEN);
        assertThat(kinds("Se " + GITHUB_FINE + " i CI")).containsExactly(Kind.GITHUB_TOKEN);
        assertThat(kinds("webhook " + SLACK)).containsExactly(Kind.SLACK_TOKEN);
        assertThat(kinds(AWS)).containsExactly(Kind.AWS_KEY);
        assertThat(kinds("karta med nyckeln " + GOOGLE)).containsExactly(Kind.GOOGLE_API_KEY);
        assertThat(kinds("Sidtoken " + META + ", giltig 60 dagar")).containsExactly(Kind.META_TOKEN);
        assertThat(kinds(JWT)).containsExactly(Kind.JWT);
        assertThat(kinds("betalning " + STRIPE)).containsExactly(Kind.STRIPE_KEY);
        assertThat(kinds(PRIVATE_KEY)).containsExactly(Kind.PRIVATE_KEY);
        assertThat(kinds("-----BEGIN " + "OPENSSH PRIVATE KEY-----")).containsExactly(Kind.PRIVATE_KEY);
        assertThat(kinds("-----BEGIN " + "PRIVATE KEY-----")).containsExactly(Kind.PRIVATE_KEY);
        assertThat(kinds("Authorization: Bearer abcDEF1234567890ghiJKL")).containsExactly(Kind.BEARER_TOKEN);
        assertThat(kinds("https://graph.facebook.com/me?access_token=" + META)).containsExactly(Kind.META_TOKEN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lösenordet är Sommar2024!",
                "lösenordet är Sommar2024",
                "Lösenordet till kontot är Vinter#Sol",
                "Lösenord för Facebook: Ekeby2019",
                "lösen=Hemligt123",
                "Lösen: kattenMjau77",
                "password: Tr0ub4dor&3",
                "Password is Correct-Horse-7",
                "pwd: kattenMjau77",
                "PIN-kod: 4711",
                "PIN-koden är 8812",
                "pin code: 123456",
                "Lösenordet: 83729104",
                "token: 8f3e2a9c7b1d4f60",
                "API key: sk-proj-abc123def456",
                "api-nyckel = Ab12Cd34Ef",
                "secret: hunter22",
                "Client secret: q8W!zz0pLm",
            })
    void findsPasswordsWrittenOutInProse(String text) {
        List<Secret> secrets = detector.find(text);
        assertThat(secrets).as(text).extracting(Secret::kind).containsExactly(Kind.PASSWORD);
        assertThat(secrets.get(0).shown()).endsWith(" …");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kommunens lösenordshanterare, samlingen Kommunikationsavdelningen – sociala medier",
                "Lösenordet förvaras i kommunens lösenordshanterare och byts när någon slutar.",
                "Lösenord: se lösenordshanteraren",
                "Lösenordet är sparat i Bitwarden.",
                "Lösenordet är hemligt.",
                "Lösenordet är Hemligt!",
                "Password manager: 1Password, vault Social media",
                "Password: 1Password",
                "Token: finns i lösenordshanteraren",
                "PIN-koden förvaras hos kommunikationschefen",
                "PIN: 12",
                "Tvåstegsverifiering med app; inga lösenord i konfigurationen.",
                "API-nyckeln lagras i Azure Key Vault, se KS 2024/118.",
                "Bearer-token används inte.",
                "Ett bearer token skickas av plattformen",
                "Lösenordet byttes: 2024-03-12",
                "Lösenordet byts: P6M",
                "Lösenord: KS 2024/118",
                "token=${FB_PAGE_TOKEN}",
                "token: <hämtas från valvet>",
                "lösenord: ********",
                "lösenord: xxxxxxxx",
                "password: kommunikation@ekeby.se",
                "Token: https://www.ekeby.se/socialamedier",
                "lösenord: 12345",
                "Vid kris: ring 113 13 eller 112.",
                "Kriskommunikationsplanen för Ekeby kommun, avsnitt 4 (KS 2023/210)",
                "accounts/raddningstjanst/x-ekebyraddning.yaml",
                "https://www.ekeby.se/socialamedier/konton?utm_source=Facebook2024abcDEFghiJKL",
                "www.ekeby.se/socialamedier/Kampanj2024abcDEFghiJKLmno",
                "Samhällsbyggnadsförvaltningen",
                "sociala-medier-skola-2025",
                "Barn- och utbildningsförvaltningen, Ekebygymnasiet 2022-06-08",
                "#00548f",
                "P6M",
                "2026-11-23",
                "0150-48 10 00",
                "Kontakt: kommunikation@ekeby.se, 0150-48 10 00.",
                "Skriftligt samtycke med kommunens samtyckesblankett innan bild eller film publiceras.",
                "/Anna, Kommunikationsavdelningen, Ekeby kommun",
                "Vårdnadshavares skriftliga samtycke för barn under 15 år.",
                "EAA-direktivet om tillgänglighet gäller från 2025",
                "eyJ är början på base64 för {\"",
                "AKIA är ett prefix",
                "Vi använder Pinterest: ekebykommun",
                "Tokenomics: ingenting",
                "Spinnaker: 2024-10-01",
            })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(detector.find(text)).as(text).isEmpty();
    }

    @Test
    void aPasswordNotIntroducedByAKeywordAndSeparatorIsNotFound() {
        // Known limit: without "lösenord:", "lösenordet är" or the like, a short password reads as prose.
        assertThat(kinds("Inloggning med anna.andersson och Sommar2024! fungerar"))
                .isEmpty();
    }

    @Test
    void findsLongRandomLookingStringsWithLessConfidence() {
        List<Secret> secrets = detector.find("Nyckel till API:t Kf8uQz2LpR7vXw3NtY6mB1sD används av bokningen");
        assertThat(secrets).extracting(Secret::kind).containsExactly(Kind.HIGH_ENTROPY);
        assertThat(secrets.get(0).shown()).isEqualTo("Kf8…");
        assertThat(Kind.HIGH_ENTROPY.certain()).isFalse();
        assertThat(SecretDetector.isRandomLooking("\"aB3dE5gH7jK9mN2pQ4sT6vX8\"".substring(1, 25)))
                .isTrue();
    }

    @Test
    void randomLookingNeedsLengthMixedClassesAndEntropy() {
        assertThat(SecretDetector.isRandomLooking("Kf8uQz2LpR7vXw3NtY6mB1s"))
                .as("23 characters")
                .isFalse();
        assertThat(SecretDetector.isRandomLooking("kf8uqz2lpr7vxw3nty6mb1sdq"))
                .as("no capitals")
                .isFalse();
        assertThat(SecretDetector.isRandomLooking("KfuQzLpRvXwNtYmBsDaaBbCc"))
                .as("no digits")
                .isFalse();
        assertThat(SecretDetector.isRandomLooking("Aa1Aa1Aa1Aa1Aa1Aa1Aa1Aa1Aa1"))
                .as("low entropy")
                .isFalse();
        assertThat(SecretDetector.isRandomLooking("Kampanj2024/Ekeby/Sommar/Facebook"))
                .isFalse();
        assertThat(SecretDetector.isRandomLooking("^[A-Za-z0-9+/]{24,}=?$"))
                .as("a pattern")
                .isFalse();
        assertThat(SecretDetector.isRandomLooking("(?i)Kf8uQz2LpR7vXw3NtY6mB1sD|x"))
                .isFalse();
        assertThat(SecretDetector.entropy("")).isZero();
        assertThat(SecretDetector.entropy("aaaa")).isZero();
        assertThat(SecretDetector.entropy("abcd")).isEqualTo(2.0);
    }

    @Test
    void aTokenAfterAKeywordIsReportedOnce() {
        assertThat(kinds("API key: " + GOOGLE)).containsExactly(Kind.GOOGLE_API_KEY);
        assertThat(kinds("token: " + GITHUB)).containsExactly(Kind.GITHUB_TOKEN);
    }

    @Test
    void neverShowsTheSecret() {
        List<String> secrets = List.of(GITHUB, GITHUB_FINE, SLACK, AWS, GOOGLE, META, JWT, STRIPE, PRIVATE_KEY);
        for (String secret : secrets) {
            for (Secret found : detector.find("Värde: " + secret)) {
                String hidden = secret.equals(PRIVATE_KEY) ? "MIIEow" : secret.substring(3, 8);
                assertThat(found.shown()).doesNotContain(hidden);
                assertThat(found.shown().length()).isLessThan(32);
            }
        }
        Secret password = detector.find("Lösenordet är Sommar2024!").get(0);
        assertThat(password.shown()).isEqualTo("Lösenordet är …").doesNotContain("Som");
        assertThat(detector.find("lösen=Hemligt123").get(0).shown()).isEqualTo("lösen= …");
        assertThat(detector.find("Authorization: Bearer abcDEF1234567890ghiJKL")
                        .get(0)
                        .shown())
                .isEqualTo("Bearer …");
    }

    @Test
    void reportsAtMostAFewSecretsOfOneText() {
        String many = String.join(" ", List.of(GITHUB, SLACK, AWS, GOOGLE, META, JWT, STRIPE, PRIVATE_KEY));
        assertThat(detector.find(many)).hasSize(SecretDetector.MAX_PER_TEXT);
        assertThat(detector.find(GITHUB + " " + GITHUB)).hasSize(1);
    }

    @Test
    void hostileTextIsQuick() {
        List<String> hostile = List.of(
                "lösenord ".repeat(8000),
                "lösenord till ".repeat(5000) + "är",
                "a".repeat(ScalarTexts.MAX_CHARS),
                "-----BEGIN ".repeat(6000),
                "eyJ" + "a".repeat(30000) + "." + "b".repeat(30000),
                "Bearer ".repeat(9000),
                "aB3".repeat(20000),
                "ghp_".repeat(16000),
                "lösenord: " + "Ab1".repeat(20000));
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String text : hostile) {
                detector.find(text);
            }
        });
    }
}
