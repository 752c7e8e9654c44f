package io.github.somepolicy.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalarsTest {

    @Test
    void collapsingWhiteSpaceIsTheExpressionItReplaces() {
        java.util.Random random = new java.util.Random(20261206);
        char[] alphabet = {' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', 'a', 'ö', '.', '\u2028'};
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(Scalars.collapseSpaces(text.toString()))
                    .as(
                            "%s",
                            text.toString()
                                    .chars()
                                    .mapToObj(Integer::toHexString)
                                    .toList())
                    .isEqualTo(text.toString().replaceAll("\\s+", " "));
        }
    }

    @Test
    void foldingIsCompositionLowerCaseAndOneSpace() {
        assertThat(Scalars.fold("  Anna\u0308  ANDERSSON\t\n"))
                .isEqualTo("anna\u0308 andersson".replace("a\u0308", "\u00e4"));
    }
}
