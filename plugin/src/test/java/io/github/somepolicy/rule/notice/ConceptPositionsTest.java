package io.github.somepolicy.rule.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A unit's word index gives, for every term, exactly the positions a scan of its words gives. */
class ConceptPositionsTest {

    private static final List<String> FORMS =
            List.of("mod", "moder", "moderera", "moderator", "ta", "tar", "bort", "b", "");

    @Test
    void indexedPositionsAreTheScannedOnes() {
        Random random = new Random(20261206);
        for (int run = 0; run < 2_000; run++) {
            List<Words.Word> words = new ArrayList<>();
            int position = 0;
            for (int i = random.nextInt(12); i > 0; i--) {
                // a compound's parts share its position
                position += random.nextInt(3) == 0 ? 0 : 1;
                String surface = FORMS.get(random.nextInt(FORMS.size()));
                String stem = FORMS.get(random.nextInt(FORMS.size()));
                words.add(new Words.Word(position, surface, stem));
            }
            ConceptPattern.Positions positions = new ConceptPattern.Positions(words);
            for (String value : FORMS) {
                for (boolean prefix : new boolean[] {false, true}) {
                    ConceptPattern.Term term = new ConceptPattern.Term(value, prefix);
                    assertThat(positions.where(term))
                            .as("%s %s in %s", value, prefix, words)
                            .containsExactly(scan(words, term));
                }
            }
        }
    }

    private static int[] scan(List<Words.Word> words, ConceptPattern.Term term) {
        int size = words.stream().mapToInt(Words.Word::position).max().orElse(-1) + 1;
        return IntStream.range(0, size)
                .filter(p -> words.stream().anyMatch(w -> w.position() == p && term.matches(w)))
                .toArray();
    }
}
