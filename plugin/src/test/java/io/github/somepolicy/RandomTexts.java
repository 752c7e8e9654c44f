package io.github.somepolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random texts made of given pieces, for tests that compare a quick way of doing something with the way
 * it replaces: the same seed gives the same texts.
 */
public final class RandomTexts {

    private RandomTexts() {}

    /**
     * Texts of up to {@code maxPieces} pieces each, drawn with repetition.
     *
     * @param seed the seed of the draw
     * @param count how many texts
     * @param maxPieces the most pieces in one text (a text may be empty)
     * @param pieces what the texts are made of
     */
    public static List<String> of(long seed, int count, int maxPieces, String... pieces) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int run = 0; run < count; run++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(maxPieces + 1); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** A text's characters in hexadecimal, to name a failing case whatever it holds. */
    public static String shown(String text) {
        return text.chars().mapToObj(Integer::toHexString).toList().toString();
    }
}
