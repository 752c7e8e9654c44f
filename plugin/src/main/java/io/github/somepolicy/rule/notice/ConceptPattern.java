package io.github.somepolicy.rule.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One pattern of a concept, compiled for one language: parts that must all occur in one sentence or list
 * item, each part words in order with at most {@code gap} other words between two of them. A word is a
 * set of alternatives, each one or more words (a word group's entries); a word matches by stem, or by the
 * beginning of the word as written when it ends in {@code *}. Words the sentence must not hold rule it
 * out. The syntax is described in {@code notice-concepts.yaml}.
 */
final class ConceptPattern {

    /** Words allowed between two words of a part, unless the pattern says otherwise. */
    static final int DEFAULT_GAP = 3;

    /** One word of a pattern: a stem, or the beginning of the word as written. */
    record Term(String value, boolean prefix) {
        boolean matches(Words.Word word) {
            return prefix ? word.surface().startsWith(value) : word.stem().equals(value);
        }
    }

    private final String source;
    private final List<List<List<List<Term>>>> parts;
    private final List<Term> excluded;
    private final int gap;

    private ConceptPattern(String source, List<List<List<List<Term>>>> parts, List<Term> excluded, int gap) {
        this.source = source;
        this.parts = parts;
        this.excluded = excluded;
        this.gap = gap;
    }

    /** The pattern as written. */
    String source() {
        return source;
    }

    /** Whether the pattern can match at all (a pattern of punctuation only cannot). */
    boolean isEmpty() {
        return parts.isEmpty();
    }

    /**
     * Compiles a pattern for one language.
     *
     * @param source the pattern as written
     * @param words the language's analysis, which turns each written word into words and stems
     * @param groups the language's word groups, by name
     * @return the pattern; empty when it names nothing to look for
     * @throws IllegalArgumentException when it names a word group that does not exist
     */
    static ConceptPattern compile(String source, Words words, Map<String, List<String>> groups) {
        String text = source.strip();
        int gap = DEFAULT_GAP;
        java.util.regex.Matcher gapMark =
                java.util.regex.Pattern.compile("\\s/(\\d{1,2})$").matcher(text);
        if (gapMark.find()) {
            gap = Integer.parseInt(gapMark.group(1));
            text = text.substring(0, gapMark.start()).strip();
        }
        List<Term> excluded = new ArrayList<>();
        List<List<List<List<Term>>>> parts = new ArrayList<>();
        for (String part : text.split("\\s&\\s")) {
            List<List<List<Term>>> slots = new ArrayList<>();
            for (String slot : part.strip().split("\\s+")) {
                if (slot.startsWith("-") && slot.length() > 1) {
                    for (List<Term> alternative : alternatives(slot.substring(1), words, groups, gap)) {
                        excluded.addAll(alternative);
                    }
                    continue;
                }
                List<List<Term>> alternatives = new ArrayList<>();
                for (String alternative : slot.split("\\|")) {
                    alternatives.addAll(alternatives(alternative, words, groups, gap));
                }
                alternatives.removeIf(List::isEmpty);
                if (!alternatives.isEmpty()) {
                    slots.add(alternatives);
                }
            }
            if (!slots.isEmpty()) {
                parts.add(slots);
            }
        }
        return new ConceptPattern(source, parts, excluded, gap);
    }

    /** The alternatives one written alternative stands for: itself as words, or a group's entries. */
    private static List<List<Term>> alternatives(
            String written, Words words, Map<String, List<String>> groups, int gap) {
        List<List<Term>> result = new ArrayList<>();
        if (written.startsWith("@") && written.length() > 1) {
            List<String> entries = groups.get(written.substring(1));
            if (entries == null) {
                throw new IllegalArgumentException("no word group " + written);
            }
            for (String entry : entries) {
                List<Term> terms = new ArrayList<>();
                for (String word : entry.strip().split("\\s+")) {
                    terms.addAll(terms(word, words));
                }
                result.add(terms);
            }
            return result;
        }
        List<Term> terms = new ArrayList<>();
        for (String word : written.split("\\+")) {
            if (!word.isEmpty()) {
                terms.addAll(terms(word, words));
            }
        }
        result.add(terms);
        return result;
    }

    /** The terms of one written word: the words Lucene's analysis makes of it, the last a prefix if marked. */
    private static List<Term> terms(String written, Words words) {
        boolean prefix = written.endsWith("*");
        String bare = written.replace("*", "");
        List<Words.Word> analysed =
                words.of(bare).stream().filter(w -> !w.surface().isEmpty()).toList();
        // the compound parts of a pattern word are not words of the pattern
        List<Words.Word> whole = new ArrayList<>();
        int last = -1;
        for (Words.Word word : analysed) {
            if (word.position() != last) {
                whole.add(word);
                last = word.position();
            }
        }
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < whole.size(); i++) {
            Words.Word word = whole.get(i);
            boolean asPrefix = prefix && i == whole.size() - 1;
            terms.add(new Term(asPrefix ? word.surface() : word.stem(), asPrefix));
        }
        return terms;
    }

    /** Whether the pattern matches a unit's words (for this pattern's language), in position order. */
    boolean matches(Positions words) {
        if (parts.isEmpty()) {
            return false;
        }
        // most sentences fail on the parts, so the words a sentence must not hold are looked at last
        for (List<List<List<Term>>> part : parts) {
            if (!partMatches(part, words)) {
                return false;
            }
        }
        for (Term term : excluded) {
            if (words.contains(term)) {
                return false;
            }
        }
        return true;
    }

    private boolean partMatches(List<List<List<Term>>> slots, Positions words) {
        for (List<Term> alternative : slots.get(0)) {
            for (int start : words.where(alternative.get(0))) {
                int end = alternativeAt(alternative, words, start);
                if (end >= 0 && rest(slots, 1, words, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean rest(List<List<List<Term>>> slots, int slot, Positions words, int after) {
        if (slot == slots.size()) {
            return true;
        }
        for (List<Term> alternative : slots.get(slot)) {
            for (int at : words.where(alternative.get(0))) {
                if (at <= after || at > after + 1 + gap) {
                    continue;
                }
                int end = alternativeAt(alternative, words, at);
                if (end >= 0 && rest(slots, slot + 1, words, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int alternativeAt(List<Term> terms, Positions words, int start) {
        int position = start;
        for (int i = 1; i < terms.size(); i++) {
            int found = -1;
            for (int at : words.where(terms.get(i))) {
                if (at > position && at <= position + 1 + gap) {
                    found = at;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            position = found;
        }
        return position;
    }

    /**
     * A unit's words by position; parts of a compound share the compound's position. Made once per unit,
     * then only read (a shared notice's units are read by every thread): exact terms are looked up in an
     * index of the unit's stems, prefix terms by a binary search among its sorted word forms.
     */
    static final class Positions {
        private static final int[] NONE = new int[0];

        private final int size;
        private final Map<String, int[]> byStem;
        private final String[] surfaces;
        private final int[][] surfacePositions;

        Positions(List<Words.Word> words) {
            int count = 0;
            for (Words.Word word : words) {
                count = Math.max(count, word.position() + 1);
            }
            this.size = count;
            this.byStem = index(words, Words.Word::stem);
            Map<String, int[]> bySurface = index(words, Words.Word::surface);
            this.surfaces = bySurface.keySet().toArray(new String[0]);
            java.util.Arrays.sort(surfaces);
            this.surfacePositions = new int[surfaces.length][];
            for (int i = 0; i < surfaces.length; i++) {
                surfacePositions[i] = bySurface.get(surfaces[i]);
            }
        }

        /** The positions of each distinct value, ascending, each position once. */
        private static Map<String, int[]> index(
                List<Words.Word> words, java.util.function.Function<Words.Word, String> value) {
            Map<String, int[]> counting = new java.util.HashMap<>();
            List<Words.Word> ordered = new ArrayList<>(words);
            ordered.sort(java.util.Comparator.comparingInt(Words.Word::position));
            for (Words.Word word : ordered) {
                String key = value.apply(word);
                // [count, positions...]
                int[] list = counting.get(key);
                if (list == null) {
                    list = new int[5];
                    counting.put(key, list);
                } else if (list[list[0]] == word.position()) {
                    continue;
                } else if (list[0] + 1 == list.length) {
                    list = java.util.Arrays.copyOf(list, list.length * 2);
                    counting.put(key, list);
                }
                list[++list[0]] = word.position();
            }
            Map<String, int[]> index = new java.util.HashMap<>(counting.size() * 2);
            counting.forEach((key, list) -> index.put(key, java.util.Arrays.copyOfRange(list, 1, list[0] + 1)));
            return index;
        }

        int size() {
            return size;
        }

        /** The positions, in order, of the words a term matches. */
        int[] where(Term term) {
            if (!term.prefix()) {
                return byStem.getOrDefault(term.value(), NONE);
            }
            int first = java.util.Arrays.binarySearch(surfaces, term.value());
            if (first < 0) {
                first = -first - 1;
            }
            int last = first;
            while (last < surfaces.length && surfaces[last].startsWith(term.value())) {
                last++;
            }
            if (last == first) {
                return NONE;
            }
            if (last == first + 1) {
                return surfacePositions[first];
            }
            java.util.BitSet at = new java.util.BitSet(size);
            for (int i = first; i < last; i++) {
                for (int position : surfacePositions[i]) {
                    at.set(position);
                }
            }
            return at.stream().toArray();
        }

        boolean contains(Term term) {
            return where(term).length > 0;
        }
    }
}
