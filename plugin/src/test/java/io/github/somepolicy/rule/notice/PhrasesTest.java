package io.github.somepolicy.rule.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.rule.RunSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Phrase matching on notice texts: wildcards, case, Swedish letters, Markdown, line breaks and whole words. */
class PhrasesTest {

    private static boolean matches(String phrase, String text) {
        return Phrases.of(List.of(phrase)).foundIn(NoticeText.normalise(text));
    }

    @Test
    void aWildcardStandsForAnyEndingOfAWord() {
        assertThat(matches("allmän* handling*", "Det blir en allmän handling.")).isTrue();
        assertThat(matches("allmän* handling*", "Inlägg är allmänna handlingar."))
                .isTrue();
        assertThat(matches("upphovsrätt*", "Vi tar bort upphovsrättsintrång.")).isTrue();
        assertThat(matches("allmän* handling*", "Det är allmänt känt.")).isFalse();
    }

    @Test
    void withoutAWildcardTheWordMustEndThere() {
        assertThat(matches("allmän handling", "allmänna handlingar")).isFalse();
        assertThat(matches("pul", "Uppgifterna behandlas enligt PuL.")).isTrue();
        assertThat(matches("pul", "Biblioteket är populärt.")).isFalse();
        assertThat(matches("gdpr", "enligt dataskyddsförordningen (GDPR)")).isTrue();
    }

    @Test
    void aPhraseNeverMatchesInsideAnotherWord() {
        assertThat(matches("reklam*", "Vi tar bort reklam.")).isTrue();
        assertThat(matches("reklam*", "Vi tar bort spamreklam.")).isFalse();
        assertThat(matches("hot", "Vi bor på hotellet.")).isFalse();
        assertThat(matches("källa", "Källaren är stängd.")).isFalse();
    }

    @Test
    void caseAndSwedishLettersDoNotMatter() {
        assertThat(matches("hets mot folkgrupp", "HETS MOT FOLKGRUPP")).isTrue();
        assertThat(matches("Örebro kommun", "en verksamhet inom örebro kommun")).isTrue();
        assertThat(matches("våldsskildring*", "OLAGA VÅLDSSKILDRINGAR")).isTrue();
        assertThat(matches("åtgärd", "atgard")).isFalse();
        // decomposed å (a + combining ring) is the same letter as å
        assertThat(matches("Trosa kommuns vägledning", "Trosa kommuns va\u0308gledning"))
                .isTrue();
        assertThat(matches("källa", "ka\u030Alla")).isFalse();
    }

    @Test
    void lineBreaksAndMarkdownInsideAPhraseDoNotMatter() {
        assertThat(matches("allmän* handling*", "blir en allmän\nhandling")).isTrue();
        assertThat(matches("allmän* handling*", "blir **allmänna**\r\n  _handlingar_"))
                .isTrue();
        assertThat(matches("allmän* handling*", "> blir en allmän\n> handling")).isTrue();
        assertThat(matches("synlig* för andra", "blir *synliga\nför andra*")).isTrue();
        assertThat(matches("hets mot folkgrupp", "hets\u00A0mot\u00ADfolkgrupp"))
                .isFalse();
        assertThat(matches("hets mot folkgrupp", "hets\u00A0mot folk\u00ADgrupp"))
                .isTrue();
        assertThat(matches("other people's personal data", "other people\u2019s personal data"))
                .isTrue();
    }

    @Test
    void underscoresInsideWordsAndAddressesAreKept() {
        assertThat(NoticeText.normalise("Mejla anna_berg@testby.se")).isEqualTo("mejla anna_berg@testby.se");
        assertThat(NoticeText.normalise("__Fet__ och *kursiv* och `kod`")).isEqualTo("fet och kursiv och kod");
    }

    @Test
    void phrasesAreNeverRegularExpressions() {
        assertThat(matches("(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"))
                .isFalse();
        assertThat(matches("t.ex.", "till exempel, t.ex. en bok")).isTrue();
        assertThat(matches("t.ex.", "tvex. en bok")).isFalse();
        assertThat(matches("[reklam]", "reklam")).isFalse();
        assertThat(matches("\\Q", "\\Q")).isTrue();
        assertThat(Phrases.of(List.of("", "   ", "*")).isEmpty()).isTrue();
    }

    @Test
    void aWildcardInsideAWordIsLeftOut() {
        assertThat(matches("upphovs*rätt", "upphovsrätt")).isTrue();
        assertThat(matches("upphovs*rätt", "upphovsmannarätt")).isFalse();
    }

    @Test
    void hostileTextsAreMatchedInBoundedTime() {
        String word = "allmän".repeat(40_000);
        String letters = "a".repeat(200_000);
        String spaces = ("allmän " + " ".repeat(50)).repeat(2_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String text : List.of(word, letters, spaces)) {
                assertThat(new NoticeAnalysis(NoticeConcepts.builtIn(), text)
                                .covering("notice-public-records", List.of()))
                        .isEmpty();
                assertThat(NoticeChecks.EMAIL.matcher(text).find()).isFalse();
                assertThat(NoticeChecks.PHONE.matcher("0".repeat(200_000)).find())
                        .isFalse();
            }
        });
    }

    @Test
    void contactDetailsAreRecognised() {
        assertThat(NoticeChecks.EMAIL.matcher("mejla bibliotek@testby.se.").find())
                .isTrue();
        assertThat(NoticeChecks.EMAIL.matcher("bibliotek at testby.se").find()).isFalse();
        assertThat(NoticeChecks.PHONE.matcher("ring 0150-48 12 30").find()).isTrue();
        assertThat(NoticeChecks.PHONE.matcher("ring +46 150 48 12 30").find()).isTrue();
        assertThat(NoticeChecks.PHONE.matcher("sedan 2026-11-23").find()).isFalse();
        assertThat(NoticeChecks.PHONE.matcher("ring 112").find()).isFalse();
    }

    @Test
    void thePolicysPhrasesAddToTheBuiltInOnesUnderTheSameKey() {
        NoticePhrases builtIn = NoticePhrases.builtIn();
        RunSettings settings =
                new RunSettings(365, 30, Map.of("notice-prohibited-content.reklam", List.of("marknadsför* företag")));
        List<String> phrases = builtIn.phrases("notice-prohibited-content.reklam", settings);
        assertThat(phrases).contains("reklam*", "advertis*", "marknadsför* företag");
        assertThat(builtIn.phrases("notice-prohibited-content.sekretess", settings))
                .doesNotContain("marknadsför* företag");
    }

    @Test
    void aFindingQuotesTheFirstPatternOfEachLanguageAsAReaderWouldWriteIt() {
        assertThat(NoticePhrases.builtIn().lookedFor("notice-public-records", RunSettings.DEFAULT))
                .isEqualTo("\"allmän handling\", \"public record\", …");
        RunSettings own = new RunSettings(365, 30, Map.of("notice-sender", List.of("Kommunen i Testby")));
        assertThat(NoticePhrases.builtIn().lookedFor("notice-sender", own)).isEqualTo("\"Kommunen i Testby\"");
    }

    @Test
    void everyItemHasItsTermInBothLanguages() {
        NoticePhrases builtIn = NoticePhrases.builtIn();
        for (java.util.Locale locale : io.github.somepolicy.i18n.Messages.LOCALES) {
            io.github.somepolicy.i18n.Messages messages = io.github.somepolicy.i18n.Messages.of(locale);
            for (String rule : List.of("notice-contact", "notice-prohibited-content", "notice-not-responsible")) {
                assertThat(builtIn.items(rule)).as(rule).isNotEmpty();
                for (String item : builtIn.items(rule)) {
                    assertThat(messages.has("term." + NoticePhrases.key(rule, item)))
                            .as(locale + " term for " + rule + "." + item)
                            .isTrue();
                }
            }
        }
    }
}
