package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Remembered;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One notice text analysed: its units (headings, sentences, list items), the words of each in Swedish and
 * in English, and which language each unit is in. Which unit covers a topic is worked out on demand and
 * kept, so a shared notice file is analysed and searched once per run whatever the number of accounts.
 * Safe to use from several threads.
 */
final class NoticeAnalysis {

    /** The share of a unit's words that must be a language's function words for the unit to be in it. */
    private static final double FUNCTION_WORD_SHARE = 0.12;

    /** The share of a notice's words that must be in known languages for the notice to be analysed. */
    private static final double KNOWN_SHARE = 0.3;

    private final NoticeConcepts concepts;
    private final NoticeDocument document;
    private final List<Map<Words.Language, ConceptPattern.Positions>> positions = new ArrayList<>();
    private final List<Boolean> known = new ArrayList<>();
    /** For the answer to a question (a unit after one ending in "?"), the words of both together; else null. */
    private final List<Map<Words.Language, ConceptPattern.Positions>> answered = new ArrayList<>();

    private final boolean knownLanguage;
    private final Map<String, Optional<Evidence>> covered = new ConcurrentHashMap<>();

    /**
     * Where a topic is covered.
     *
     * @param line the unit's line in the text, from 1
     * @param text the unit's text
     * @param pattern the pattern that matched, as written
     * @param language the language of the pattern
     */
    record Evidence(int line, String text, String pattern, String language) {}

    NoticeAnalysis(NoticeConcepts concepts, String markdown) {
        this(concepts, markdown, new Units(0));
    }

    /**
     * Analyses a notice, taking the analysis of a unit whose text was analysed before from the given
     * units.
     */
    NoticeAnalysis(NoticeConcepts concepts, String markdown, Units units) {
        this.concepts = concepts;
        this.document = NoticeDocument.of(markdown);
        int words = 0;
        int knownWords = 0;
        for (NoticeDocument.Unit unit : document.units()) {
            UnitWords analysed = units.of(concepts, unit.text());
            positions.add(analysed.positions());
            Map<Words.Language, ConceptPattern.Positions> withQuestion = null;
            if (unit.previous() >= 0
                    && document.units().get(unit.previous()).text().endsWith("?")) {
                String both = document.units().get(unit.previous()).text() + " " + unit.text();
                withQuestion = units.of(concepts, both).positions();
            }
            answered.add(withQuestion);
            known.add(analysed.inKnown());
            words += analysed.count();
            knownWords += analysed.inKnown() ? analysed.count() : 0;
        }
        this.knownLanguage = words == 0 || knownWords >= KNOWN_SHARE * words;
    }

    /**
     * One unit's text analysed: its words by position in each language, how many words it has (in the
     * language that finds most) and whether it is in a language the analysis knows.
     */
    record UnitWords(Map<Words.Language, ConceptPattern.Positions> positions, int count, boolean inKnown) {

        static UnitWords of(NoticeConcepts concepts, String text) {
            Map<Words.Language, ConceptPattern.Positions> perLanguage = new EnumMap<>(Words.Language.class);
            boolean inKnown = false;
            int count = 0;
            for (Words.Language language : Words.Language.values()) {
                Words analysis = concepts.words(language);
                List<Words.Word> unitWords = analysis.of(text);
                perLanguage.put(language, new ConceptPattern.Positions(unitWords));
                int total = 0;
                int function = 0;
                int last = -1;
                for (Words.Word word : unitWords) {
                    if (word.position() == last) {
                        continue;
                    }
                    last = word.position();
                    total++;
                    function += analysis.isStopWord(word.surface()) ? 1 : 0;
                }
                count = Math.max(count, total);
                inKnown |= total > 0 && (function >= FUNCTION_WORD_SHARE * total || total <= 3 && function > 0);
            }
            return new UnitWords(Collections.unmodifiableMap(perLanguage), count, inKnown);
        }
    }

    /**
     * The analyses of units by their text, kept for one run up to a bound: accounts' own texts written
     * from one template share most sentences ("Kontot drivs av ..."), and each is analysed once. The
     * analysis of a text is the same wherever it stands, so what is kept changes nothing but the time.
     */
    static final class Units {

        /** How many units a run keeps: enough for a municipality's templates, little next to its accounts. */
        static final int RUN_BOUND = 2048;

        private final Remembered<String, UnitWords> byText;

        Units(int bound) {
            this.byText = new Remembered<>(bound);
        }

        UnitWords of(NoticeConcepts concepts, String text) {
            return byText.get(text, unit -> UnitWords.of(concepts, unit));
        }

        int size() {
            return byText.size();
        }
    }

    NoticeDocument document() {
        return document;
    }

    /**
     * Whether the notice is written in a language the analysis knows (Swedish, English or both), judged by
     * the share of its words that stand in sentences with those languages' function words.
     */
    boolean knownLanguage() {
        return knownLanguage;
    }

    /**
     * The first unit that covers a topic with its built-in patterns or extra ones, if any.
     *
     * @param key the topic key
     * @param extra the policy's extra patterns for the key, as written (they count in both languages)
     */
    Optional<Evidence> covering(String key, List<String> extra) {
        String memo = extra.isEmpty() ? key : key + "\u0000" + String.join("\u0000", extra);
        return covered.computeIfAbsent(memo, k -> find(key, extra));
    }

    private Optional<Evidence> find(String key, List<String> extra) {
        Optional<NoticeConcepts.Topic> topic = concepts.topic(key);
        Map<Words.Language, List<ConceptPattern>> contextPatterns = topic.flatMap(NoticeConcepts.Topic::context)
                .map(concepts::context)
                .orElse(Map.of());
        Map<Words.Language, List<ConceptPattern>> byLanguage = new EnumMap<>(Words.Language.class);
        for (Words.Language language : Words.Language.values()) {
            List<ConceptPattern> patterns =
                    new ArrayList<>(topic.map(t -> t.patterns().get(language)).orElse(List.of()));
            patterns.addAll(concepts.compile(extra, language));
            byLanguage.put(language, patterns);
        }
        for (NoticeDocument.Unit unit : document.units()) {
            for (Words.Language language : Words.Language.values()) {
                List<ConceptPattern> patterns = byLanguage.get(language);
                ConceptPattern.Positions words = positions.get(unit.index()).get(language);
                Map<Words.Language, ConceptPattern.Positions> withQuestion = answered.get(unit.index());
                for (ConceptPattern pattern : patterns) {
                    if ((pattern.matches(words) || withQuestion != null && pattern.matches(withQuestion.get(language)))
                            && inContext(unit, contextPatterns.getOrDefault(language, List.of()), language)) {
                        return Optional.of(new Evidence(unit.line(), unit.text(), pattern.source(), language.id()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a unit, or what frames it, matches one of a context's patterns (always, without a context). */
    private boolean inContext(NoticeDocument.Unit unit, List<ConceptPattern> context, Words.Language language) {
        if (context.isEmpty()) {
            return true;
        }
        for (int index : new int[] {unit.index(), unit.previous(), unit.leadIn(), unit.heading()}) {
            if (index < 0) {
                continue;
            }
            ConceptPattern.Positions words = positions.get(index).get(language);
            for (ConceptPattern pattern : context) {
                if (pattern.matches(words)) {
                    return true;
                }
            }
        }
        return false;
    }
}
