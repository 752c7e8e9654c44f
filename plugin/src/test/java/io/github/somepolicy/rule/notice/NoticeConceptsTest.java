package io.github.somepolicy.rule.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The concepts against the cases that a phrase list got wrong: inflections, split particle verbs,
 * inserted words, compounds, synonyms, English, and the scoping of content that must not be posted.
 */
class NoticeConceptsTest {

    private static final NoticeConcepts CONCEPTS = NoticeConcepts.builtIn();

    private static boolean covers(String key, String text) {
        return new NoticeAnalysis(CONCEPTS, text).covering(key, List.of()).isPresent();
    }

    @Test
    void everyTopicCheckNamesItemsTheConceptsKnow() {
        for (io.github.somepolicy.rule.Check check : NoticeChecks.all().values()) {
            if (check instanceof NoticeTopicCheck topic) {
                // the items a message variant names must be among the concept's items
                assertThat(topic.items()).isNotNull();
            }
        }
        assertThat(NoticeChecks.all().values().stream().filter(NoticeTopicCheck.class::isInstance))
                .hasSize(8);
        assertThat(((NoticeTopicCheck) NoticeChecks.all().get("notice-prohibited-content")).items())
                .contains("atgard", "borttagning-meddelas");
    }

    @Test
    void aSentenceAnalysedBeforeIsTakenAsItWasAndFindsWhatAFreshAnalysisFinds() {
        NoticeAnalysis.Units units = new NoticeAnalysis.Units(NoticeAnalysis.Units.RUN_BOUND);
        String shared = "Kontot drivs av Ekebygymnasiet, Barn- och utbildningsförvaltningen i Ekeby kommun.";
        String first = shared + "\nKontakt: ekebygymnasiet-01470@ekeby.se, 0150-48 13 50.";
        String second = shared + "\n\nVi tar bort inlägg som är kränkande eller olagliga. Skriv inte personuppgifter"
                + " om andra.\n\nAre you happy with the page? We answer questions on weekdays.";
        new NoticeAnalysis(CONCEPTS, first, units);
        int afterFirst = units.size();
        NoticeAnalysis memo = new NoticeAnalysis(CONCEPTS, second, units);
        NoticeAnalysis fresh = new NoticeAnalysis(CONCEPTS, second);
        // the shared sentence was analysed once; the second text added only its own units
        assertThat(afterFirst).isEqualTo(2);
        assertThat(units.size()).isGreaterThan(afterFirst);
        assertThat(memo.knownLanguage()).isEqualTo(fresh.knownLanguage());
        for (String key : CONCEPTS.topics().keySet()) {
            assertThat(memo.covering(key, List.of())).as(key).isEqualTo(fresh.covering(key, List.of()));
        }
        // and the comparison is not between two empty analyses
        assertThat(CONCEPTS.topics().keySet().stream()
                        .filter(key -> fresh.covering(key, List.of()).isPresent()))
                .hasSizeGreaterThan(2);
    }

    @Test
    void theUnitsKeptStopAtTheirBound() {
        NoticeAnalysis.Units units = new NoticeAnalysis.Units(1);
        new NoticeAnalysis(CONCEPTS, "Kontot drivs av kommunen.\n\nVi svarar på vardagar.", units);
        assertThat(units.size()).isEqualTo(1);
        assertThat(new NoticeAnalysis.Units(0).size()).isZero();
    }

    @Test
    void everyExampleOnTheRulePagesPassesOrFailsAsItSays() {
        for (NoticeConcepts.Topic topic : CONCEPTS.topics().values()) {
            for (Words.Language language : Words.Language.values()) {
                for (String sentence : topic.pass().get(language)) {
                    assertThat(covers(topic.key(), sentence))
                            .as("%s covers: %s", topic.key(), sentence)
                            .isTrue();
                }
                for (String sentence : topic.fail().get(language)) {
                    assertThat(covers(topic.key(), sentence))
                            .as("%s does not cover: %s", topic.key(), sentence)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void everyTopicWithPatternsHasExamplesThatPassAndFailInBothLanguages() {
        for (NoticeConcepts.Topic topic : CONCEPTS.topics().values()) {
            if (topic.written().get(Words.Language.SV).isEmpty()) {
                continue;
            }
            for (Words.Language language : Words.Language.values()) {
                assertThat(topic.pass().get(language))
                        .as(topic.key() + " " + language)
                        .isNotEmpty();
                assertThat(topic.fail().get(language))
                        .as(topic.key() + " " + language)
                        .isNotEmpty();
            }
        }
    }

    @Test
    void anInsertedAdverbDoesNotBreakAPhrase() {
        // Malmö's own sentence from "Information till besökarna"
        assertThat(covers(
                        "notice-visible-to-others",
                        "Det ska tydligt framgå att meddelandena blir tillgängliga även för andra besökare."))
                .isTrue();
        assertThat(covers("notice-prohibited-content.enskilda-arenden", "Ta inte upp ditt eget ärende här."))
                .isTrue();
        assertThat(covers("notice-visitor-responsibility", "You are personally responsible for what you post."))
                .isTrue();
    }

    @Test
    void splitParticleVerbsAreRemovals() {
        for (String sentence : List.of(
                "Inlägg som bryter mot reglerna måste vi ta bort.",
                "Sådana inlägg tar vi alltså bort.",
                "Den som hotar andra stänger vi ute.",
                "Kommentarer som strider mot lagen plockas genast bort.")) {
            assertThat(covers("notice-prohibited-content.atgard", sentence))
                    .as(sentence)
                    .isTrue();
        }
        assertThat(covers("notice-prohibited-content.atgard", "Vi tar gärna emot dina bilder."))
                .isFalse();
    }

    @Test
    void beingToldOfARemovalCountsInAnyWordsButOnlyAboutARemoval() {
        assertThat(covers(
                        "notice-prohibited-content.borttagning-meddelas",
                        "Raderar vi något du har skrivit får du ett meddelande."))
                .isTrue();
        assertThat(covers(
                        "notice-prohibited-content.borttagning-meddelas",
                        "Vi tar bort inlägg som bryter mot reglerna. Du underrättas alltid om det."))
                .as("the sentence before gives the context")
                .isTrue();
        assertThat(covers(
                        "notice-prohibited-content.borttagning-meddelas",
                        "If we take down your post, we will tell you why."))
                .isTrue();
        assertThat(covers(
                        "notice-prohibited-content.borttagning-meddelas",
                        "Vi svarar på frågor. Du får ett meddelande när vi har svarat."))
                .isFalse();
    }

    @Test
    void offentligHandlingIsThePublicRecordsStatement() {
        assertThat(covers("notice-public-records", "Allt du skriver här blir en offentlig handling."))
                .isTrue();
        assertThat(covers("notice-public-records", "Inlägg räknas som allmänna handlingar."))
                .isTrue();
        assertThat(covers("notice-public-records", "Vi följer offentlighetsprincipen."))
                .isTrue();
        assertThat(covers("notice-public-records", "Handlingar om bygglov finns på webbplatsen."))
                .isFalse();
    }

    @Test
    void compoundsCountAsTheirParts() {
        assertThat(covers("notice-prohibited-content.enskilda-arenden", "Vi diskuterar inga elevärenden här."))
                .isTrue();
        assertThat(covers("notice-personal-data", "Vi följer personuppgiftslagen."))
                .isTrue();
        assertThat(covers("notice-personal-data", "Vi följer dataskyddsförordningen."))
                .isTrue();
        assertThat(covers(
                        "notice-prohibited-content.upphovsratt",
                        "Du får inte publicera bilder utan upphovspersonens tillstånd."))
                .isTrue();
    }

    @Test
    void englishNoticesAreReadInEnglish() {
        assertThat(covers(
                        "notice-prohibited-content.personuppgifter",
                        "Do not post personal details about other people."))
                .isTrue();
        assertThat(covers("notice-prohibited-content.uppvigling", "Posts inciting violence are removed."))
                .isTrue();
        assertThat(covers("notice-purpose", "We post updates on road works and snow clearing."))
                .isTrue();
        assertThat(covers("notice-visitor-responsibility", "Whoever writes a post is responsible for it."))
                .isTrue();
        assertThat(covers("notice-visitor-responsibility", "The municipality is responsible for this account."))
                .isFalse();
    }

    @Test
    void contentThatMustNotBePostedCountsOnlyWhereTheTextSaysItIsNotAllowed() {
        assertThat(covers(
                        "notice-prohibited-content.krankande",
                        "Ser du en kränkande kommentar får du gärna anmäla den till oss."))
                .isFalse();
        assertThat(covers(
                        "notice-prohibited-content.krankande",
                        "Det här får du inte skriva:\n\n- kränkande kommentarer\n- reklam\n"))
                .as("a list item counts under the sentence that introduces the list")
                .isTrue();
        assertThat(covers("notice-prohibited-content.krankande", "## Inte tillåtet\n\nKränkande kommentarer."))
                .as("a heading frames the sentences under it")
                .isTrue();
    }

    @Test
    void markdownIsReducedToItsText() {
        assertThat(covers("notice-public-records", "Det du skriver blir en **allmän** _handling_."))
                .isTrue();
        assertThat(covers("notice-public-records", "Läs om [allmänna handlingar](https://www.exempel.se/ah)."))
                .isTrue();
        assertThat(covers("notice-public-records", "```\nallmän handling\n```\n"))
                .isFalse();
    }

    @Test
    void thePolicysPatternsCountInBothLanguages() {
        NoticeAnalysis analysis = new NoticeAnalysis(CONCEPTS, "Vi tar bort inlägg som marknadsför företag.");
        assertThat(analysis.covering("notice-prohibited-content.reklam", List.of()))
                .isPresent();
        NoticeAnalysis other = new NoticeAnalysis(CONCEPTS, "Vi tar bort inlägg om lotterier.");
        assertThat(other.covering("notice-prohibited-content.reklam", List.of()))
                .isEmpty();
        assertThat(other.covering("notice-prohibited-content.reklam", List.of("lotteri*")))
                .isPresent();
    }

    @Test
    void evidenceNamesTheSentenceAndItsLine() {
        NoticeAnalysis analysis = new NoticeAnalysis(
                CONCEPTS, "# Om kontot\n\nHär tipsar vi om böcker.\nDet du skriver\nsyns för alla.\n");
        NoticeAnalysis.Evidence evidence =
                analysis.covering("notice-visible-to-others", List.of()).orElseThrow();
        assertThat(evidence.line()).isEqualTo(4);
        assertThat(evidence.text()).isEqualTo("Det du skriver syns för alla.");
        assertThat(analysis.covering("notice-purpose", List.of()).orElseThrow().line())
                .isEqualTo(3);
    }

    @Test
    void noticesInOtherLanguagesAreNotAnalysedButSwedishAndEnglishAre() throws Exception {
        Map<String, String> other = NoticeCorpusTest.texts("other-language");
        assertThat(other).hasSizeGreaterThanOrEqualTo(4);
        for (Map.Entry<String, String> text : other.entrySet()) {
            assertThat(new NoticeAnalysis(CONCEPTS, text.getValue()).knownLanguage())
                    .as(text.getKey())
                    .isFalse();
        }
        for (Map.Entry<String, String> text : NoticeCorpusTest.texts("tuning").entrySet()) {
            assertThat(new NoticeAnalysis(CONCEPTS, text.getValue()).knownLanguage())
                    .as(text.getKey())
                    .isTrue();
        }
    }
}
