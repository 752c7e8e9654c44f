package io.github.somepolicy.rule.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.rule.privacy.IdentityNumberDetector.IdentityNumber;
import io.github.somepolicy.rule.privacy.IdentityNumberDetector.Kind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector of personal identity numbers and coordination numbers. */
class IdentityNumberDetectorTest {

    private static List<String> shown(String text) {
        return IdentityNumberDetector.find(text).stream()
                .map(IdentityNumber::shown)
                .toList();
    }

    @Test
    void luhn() {
        assertThat(IdentityNumberDetector.luhn("1212121212")).isTrue();
        assertThat(IdentityNumberDetector.luhn("8112189876")).isTrue();
        assertThat(IdentityNumberDetector.luhn("8112189875")).isFalse();
        assertThat(IdentityNumberDetector.luhn("7010632391")).isTrue();
        assertThat(IdentityNumberDetector.luhn("0002291235")).isTrue();
        assertThat(IdentityNumberDetector.luhn("79927398713")).isTrue();
        assertThat(IdentityNumberDetector.luhn("79927398710")).isFalse();
        assertThat(IdentityNumberDetector.luhn("0")).isTrue();
        assertThat(IdentityNumberDetector.luhn("")).isFalse();
        assertThat(IdentityNumberDetector.luhn("12a4")).isFalse();
    }

    @Test
    void findsPersonalIdentityNumbersInEveryWrittenForm() {
        assertThat(shown("Tolvan Tolvansson, 19121212-1212")).containsExactly("19121212-****");
        assertThat(shown("pnr 121212-1212")).containsExactly("121212-****");
        assertThat(shown("811218-9876")).containsExactly("811218-****");
        assertThat(shown("8112189876")).containsExactly("811218-****");
        assertThat(shown("198112189876")).containsExactly("19811218-****");
        assertThat(shown("19811218-9876.")).containsExactly("19811218-****");
        assertThat(shown("(811218+9876)")).containsExactly("811218+****");
        assertThat(shown("811218–9876")).containsExactly("811218–****");
        assertThat(shown("Född 000229-1235, skottdag 2000")).containsExactly("000229-****");
        assertThat(IdentityNumberDetector.find("811218-9876").get(0).kind()).isEqualTo(Kind.PERSONNUMMER);
    }

    @Test
    void findsCoordinationNumbers() {
        List<IdentityNumber> found = IdentityNumberDetector.find("Samordningsnummer 701063-2391");
        assertThat(found).extracting(IdentityNumber::kind).containsExactly(Kind.SAMORDNINGSNUMMER);
        assertThat(found.get(0).shown()).isEqualTo("701063-****");
    }

    @Test
    void reportsEachNumberOnceAndAFewAtMost() {
        assertThat(shown("811218-9876 och 811218-9876 och 121212-1212")).containsExactly("811218-****", "121212-****");
        assertThat(IdentityNumberDetector.find("121212-1212 ".repeat(3) + "811218-9876 19121212-1212 "
                        + "198112189876 701063-2391 000229-1235"))
                .hasSize(IdentityNumberDetector.MAX_PER_TEXT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "811218-9875", // wrong check digit
                "811318-9873", // month 13
                "810230-1234", // 30 February
                "010229-1234", // 29 February 1901 and 2001
                "811292-1234", // day 92 is no coordination number either
                "212000-9999", // an organisation number: month 20
                "556036-0793", // an organisation number of a company
                "KS 2024/118",
                "KS 2019/78",
                "2024-03-12",
                "2026-11-23",
                "P6M",
                "0150-48 10 00",
                "0150481000",
                "0701234569", // a mobile number written without separators
                "+46701234569",
                "0046701234569",
                "113 13",
                "DHP Kommunstyrelsen 2.4.1",
                "1811218-98765", // too many digits on both sides
                "3.8112189876",
                "version 19121212121299",
                "Invånare i Testby, 25–75 år",
            })
    void leavesOtherNumbersAlone(String text) {
        assertThat(IdentityNumberDetector.find(text)).as(text).isEmpty();
    }

    @Test
    void neverShowsTheLastFourDigits() {
        for (String text : List.of("19811218-9876", "8112189876", "701063-2391", "811218+9876")) {
            for (IdentityNumber number : IdentityNumberDetector.find(text)) {
                assertThat(number.shown()).endsWith("****").doesNotContain(text.substring(text.length() - 4));
            }
        }
    }

    @Test
    void hostileTextIsQuick() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            IdentityNumberDetector.find("1".repeat(ScalarTexts.MAX_CHARS));
            IdentityNumberDetector.find("811218-9876 ".repeat(5000));
            IdentityNumberDetector.find("19121212-".repeat(7000));
        });
    }
}
