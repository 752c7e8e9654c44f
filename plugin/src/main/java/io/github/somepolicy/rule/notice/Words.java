package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Remembered;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The words of a text in one language, as Lucene's analysis gives them: the standard tokeniser
 * (Unicode word boundaries), lower case, the parts of Swedish compound words that the concepts name
 * (Lucene's dictionary decompounder, each part at the compound's position) and each word's Snowball
 * stem. Immutable and safe to share between threads; each call makes its own token stream and stemmer.
 */
final class Words {

    /** The languages the notice analysis knows. */
    enum Language {
        SV("sv"),
        EN("en");

        private final String id;

        Language(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    /**
     * One word of a text.
     *
     * @param position its position among the words, parts of a compound sharing the compound's
     * @param surface the word in lower case, as written
     * @param stem its stem
     */
    record Word(int position, String surface, String stem) {}

    private static final int MIN_PART = 4;

    private final Language language;
    private final CharArraySet parts;
    private final CharArraySet stopWords;
    private final Analyzer analyzer;

    Words(Language language, Collection<String> compoundParts) {
        this.language = language;
        this.parts = compoundParts.isEmpty() ? null : new CharArraySet(compoundParts, true);
        this.stopWords =
                language == Language.SV ? SwedishAnalyzer.getDefaultStopSet() : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        CharArraySet dictionary = this.parts;
        // Lucene keeps one chain per thread and reuses it, so a text costs no new tokeniser
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                if (dictionary != null) {
                    stream = new DictionaryCompoundWordTokenFilter(stream, dictionary, 5, MIN_PART, 25, false);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    Language language() {
        return language;
    }

    /** Whether a lower-case word is one of the language's most common function words. */
    boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    /** The words of a text, in order. */
    List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        SnowballStemmer stemmer = language == Language.SV ? new SwedishStemmer() : new EnglishStemmer();
        try (TokenStream tokens = analyzer.tokenStream("notice", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position += Math.max(0, increment.getPositionIncrement());
                String surface = term.toString().replace('\u2019', '\'');
                words.add(new Word(Math.max(position, 0), surface, stemOf(stemmer, surface)));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The stem of one lower-case word. */
    String stem(String word) {
        return stem(language == Language.SV ? new SwedishStemmer() : new EnglishStemmer(), word);
    }

    /**
     * The stem of a word of a text: a notice's words are few and recur in every account's text, so each
     * word's stem is worked out once and kept (up to {@link #MAX_STEMS} words; stemming depends on
     * nothing but the word).
     */
    private String stemOf(SnowballStemmer stemmer, String word) {
        return stems.get(word, w -> stem(stemmer, w));
    }

    private static final int MAX_STEMS = 50_000;

    private final Remembered<String, String> stems = new Remembered<>(MAX_STEMS);

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word.toLowerCase(Locale.ROOT));
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
