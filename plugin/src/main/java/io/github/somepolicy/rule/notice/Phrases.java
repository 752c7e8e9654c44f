package io.github.somepolicy.rule.notice;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of phrases compiled into one safe regular expression, to be matched against a text normalised by
 * {@link NoticeText#normalise(String)}. A phrase is never a regular expression of its own: every character
 * is quoted, except that {@code *} at the end of a word stands for any ending of letters (at most
 * {@value #MAX_ENDING} of them, taken possessively) and a run of white space stands for any white space. A
 * phrase that starts or ends with a letter or digit matches whole words only. The expression therefore
 * cannot backtrack more than a bounded amount at any position of the text, whatever the phrases or the
 * text.
 */
public final class Phrases {

    /** The most letters a word-ending wildcard stands for. */
    static final int MAX_ENDING = 40;

    private static final String WORD = "[\\p{L}\\p{N}]";
    private static final String ENDING = "\\p{L}{0," + MAX_ENDING + "}+";

    private final List<String> phrases;
    private final List<Alternative> alternatives;

    private Phrases(List<String> phrases, List<Alternative> alternatives) {
        this.phrases = List.copyOf(phrases);
        this.alternatives = List.copyOf(alternatives);
    }

    /**
     * One phrase's expression and the longest piece of text any match of it must contain. The piece is
     * looked for with {@link String#contains} first, which rules out most phrases at a fraction of the
     * cost of the expression: an alternation of many phrases is tried at every position of the text.
     */
    private record Alternative(String required, String first, Pattern pattern) {}

    /** Phrases in which a word-ending {@code *} is a wildcard. Blank phrases are left out. */
    public static Phrases of(Collection<String> phrases) {
        return compile(phrases, true);
    }

    /**
     * Phrases with no wildcards, such as a required sentence or a name. A {@code *} in them is left out,
     * as it is from the text, where it is Markdown emphasis.
     */
    public static Phrases literal(Collection<String> phrases) {
        return compile(phrases, false);
    }

    /** The phrases as given, blank ones left out. */
    public List<String> phrases() {
        return phrases;
    }

    /** Whether there is nothing to look for. */
    public boolean isEmpty() {
        return alternatives.isEmpty();
    }

    /** Whether one of the phrases occurs in a normalised text. */
    public boolean foundIn(String normalisedText) {
        for (Alternative alternative : alternatives) {
            if (normalisedText.contains(alternative.required()) && matches(alternative, normalisedText)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase occurs: a match starts where its first word does, so the expression is tried
     * only there (with transparent bounds, so that the word-boundary look-behind still sees the text
     * before), never at every position of the text.
     */
    private static boolean matches(Alternative alternative, String text) {
        Matcher matcher = alternative.pattern().matcher(text);
        if (alternative.first().isEmpty()) {
            return matcher.find();
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = text.indexOf(alternative.first()); at >= 0; at = text.indexOf(alternative.first(), at + 1)) {
            if (matcher.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The regular expression of one phrase, or empty for a blank phrase.
     *
     * @param phrase the phrase as written
     * @param wildcards whether a word-ending {@code *} is a wildcard
     */
    static Optional<String> regex(String phrase, boolean wildcards) {
        String normalised = normalisePhrase(phrase);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String word : normalised.split(" ")) {
            boolean ending = wildcards && word.endsWith("*");
            String literal = word.replace("*", "");
            words.add((literal.isEmpty() ? "" : Pattern.quote(literal)) + (ending ? ENDING : ""));
        }
        String body = String.join("\\s+", words);
        String bare = normalised.replace("*", "");
        if (bare.isBlank()) {
            return Optional.empty();
        }
        boolean startsWithWord = isWordChar(bare.codePointAt(0));
        boolean endsWithWord =
                (wildcards && normalised.endsWith("*")) || isWordChar(bare.codePointBefore(bare.length()));
        return Optional.of(
                (startsWithWord ? "(?<!" + WORD + ")" : "") + body + (endsWithWord ? "(?!" + WORD + ")" : ""));
    }

    /** A phrase as it is shown to users in a message: its words, without wildcards. */
    static String display(String phrase) {
        return phrase.replace("*", "").strip().replaceAll("\\s+", " ");
    }

    private static Phrases compile(Collection<String> phrases, boolean wildcards) {
        List<String> kept = new ArrayList<>();
        List<Alternative> compiled = new ArrayList<>();
        for (String phrase : phrases) {
            if (phrase == null) {
                continue;
            }
            Optional<String> regex = regex(phrase, wildcards);
            if (regex.isPresent()) {
                kept.add(phrase);
                String first = normalisePhrase(phrase).split(" ")[0].replace("*", "");
                compiled.add(new Alternative(required(phrase), first, Pattern.compile(regex.get())));
            }
        }
        return new Phrases(kept, compiled);
    }

    /** The longest word of a phrase without its wildcard: every match holds it literally. */
    private static String required(String phrase) {
        String longest = "";
        for (String word : normalisePhrase(phrase).split(" ")) {
            String literal = word.replace("*", "");
            if (literal.length() > longest.length()) {
                longest = literal;
            }
        }
        return longest;
    }

    /** The same normalisation as the text's, minus the Markdown: a phrase's {@code *} is kept. */
    private static String normalisePhrase(String phrase) {
        String result = Normalizer.normalize(phrase, Normalizer.Form.NFC)
                .replaceAll("[\\u00AD\\u200B\\u200C\\u200D\\u2060]", "")
                .replaceAll("[\\u2018\\u2019\\u02BC]", "'")
                .toLowerCase(Locale.ROOT);
        return Normalizer.normalize(result, Normalizer.Form.NFC)
                .replaceAll("[\\s\\p{Z}]+", " ")
                .strip();
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetter(codePoint)
                || Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER
                || Character.getType(codePoint) == Character.LETTER_NUMBER
                || Character.getType(codePoint) == Character.OTHER_NUMBER;
    }
}
