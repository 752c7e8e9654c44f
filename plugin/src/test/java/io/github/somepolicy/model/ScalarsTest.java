package io.github.somepolicy.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalarsTest {

    @Test
    void collapsingWhiteSpaceIsTheExpressionItReplaces() {
        for (String text : io.github.somepolicy.RandomTexts.of(
                20261206, 5_000, 11, " ", " ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "a", "ö", ".", "\u2028")) {
            assertThat(Scalars.collapseSpaces(text))
                    .as(io.github.somepolicy.RandomTexts.shown(text))
                    .isEqualTo(text.replaceAll("\\s+", " "));
        }
    }

    @Test
    void foldingIsCompositionLowerCaseAndOneSpace() {
        assertThat(Scalars.fold("  Anna\u0308  ANDERSSON\t\n"))
                .isEqualTo("anna\u0308 andersson".replace("a\u0308", "\u00e4"));
    }
}
