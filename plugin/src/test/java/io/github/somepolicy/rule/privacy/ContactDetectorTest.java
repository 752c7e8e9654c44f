package io.github.somepolicy.rule.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.rule.privacy.ContactDetector.Contact;
import io.github.somepolicy.rule.privacy.ContactDetector.Kind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector of private e-mail addresses and mobile numbers. */
class ContactDetectorTest {

    private final ContactDetector detector =
            new ContactDetector(PrivacyPatterns.builtIn().privateEmailDomains(), List.of(), false);

    private List<String> shown(String text) {
        return detector.find(text).stream().map(Contact::shown).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anna.andersson@gmail.com",
                "Kontakt: Anna.Andersson@Gmail.COM.",
                "bo_ek77@hotmail.se",
                "bosse@hotmail.com",
                "sara.lund@outlook.com",
                "karin@live.se",
                "karin@live.com",
                "lasse@yahoo.se",
                "lasse@yahoo.com",
                "maria@icloud.com",
                "per@me.com",
                "eva@protonmail.com",
                "eva@proton.me",
                "johan.akesson@telia.com",
                "olle@spray.se",
                "olle@msn.com",
                "<mailto:anna@gmail.com>",
                "Skicka till åsa.öberg@gmail.com i stället",
                "Skriv till info@testby.se, eller till anna@GMAIL.com",
                "a@b@gmail.com",
            })
    void findsPrivateEmailAddresses(String text) {
        assertThat(detector.find(text)).as(text).extracting(Contact::kind).containsExactly(Kind.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "070-123 45 67",
                "070-1234567",
                "0701234567",
                "070 123 45 67",
                "070-12 34 567",
                "072-345 67 89",
                "073 456 78 90",
                "076-5678901",
                "079-012 34 56",
                "+46 70 123 45 67",
                "+46701234567",
                "+46 (0)70-123 45 67",
                "0046 70 123 45 67",
                "Ring Anna på 070-123 45 67 vid kris.",
            })
    void findsMobileNumbers(String text) {
        assertThat(detector.find(text)).as(text).extracting(Contact::kind).containsExactly(Kind.MOBILE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kommunikation@testby.se",
                "anna.andersson@ekeby.se",
                "Kontakt: kommunikation@ekeby.se, 0150-48 10 00.",
                "0150-48 10 00",
                "0150481000",
                "08-712 34 56",
                "08-7123456",
                "031-365 00 00",
                "020-12 34 56",
                "0771-567 567",
                "113 13",
                "112",
                "+46 150 48 10 00",
                "+46 8 712 34 56",
                "070123-4567",
                "KS 2024/118",
                "2026-07-06",
                "https://www.facebook.com/gmail.com",
                "@ekeby/kommunikation",
                "gmail.com",
                "anna@gmail.company.se",
                "anna@mygmail.com",
                "07012345678",
                "1070123456",
            })
    void leavesWorkDetailsAndOtherNumbersAlone(String text) {
        assertThat(detector.find(text)).as(text).isEmpty();
    }

    @Test
    void allowedDomainsAndMobileNumbersCanBeAllowed() {
        ContactDetector allowing = new ContactDetector(
                PrivacyPatterns.builtIn().privateEmailDomains(), List.of("Telia.com", "@gmail.com", " "), true);
        assertThat(allowing.find("johan@telia.com, anna@gmail.com, 070-123 45 67"))
                .isEmpty();
        assertThat(allowing.find("olle@hotmail.se")).extracting(Contact::kind).containsExactly(Kind.EMAIL);
    }

    @Test
    void showsAShortenedForm() {
        assertThat(shown("anna.andersson@gmail.com")).containsExactly("ann…@gmail.com");
        assertThat(shown("bo@hotmail.se")).containsExactly("b…@hotmail.se");
        assertThat(shown("+46 70 123 45 67")).containsExactly("070…");
        assertThat(shown("073-456 78 90")).containsExactly("073…");
        assertThat(shown("070-123 45 67, 070-123 45 67")).containsExactly("070…");
    }

    @Test
    void hostileTextIsQuick() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            detector.find("a".repeat(ScalarTexts.MAX_CHARS - 20) + "@gmail.com");
            detector.find("a.".repeat(30000) + "@");
            detector.find("@a".repeat(30000));
            detector.find("070 ".repeat(16000));
            detector.find("+46 (0)".repeat(9000));
        });
    }
}
