package io.github.somepolicy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedTest {

    /** Asks for each text's length, checks every answer, and says how often the work ran. */
    private static int workDone(Remembered<String, Integer> lengths, String... texts) {
        AtomicInteger work = new AtomicInteger();
        for (String text : texts) {
            int length = lengths.get(text, t -> {
                work.incrementAndGet();
                return t.length();
            });
            assertThat(length).isEqualTo(text.length());
        }
        return work.get();
    }

    @Test
    void aKeyMetAgainIsNotWorkedOnAgainWhileThereIsRoom() {
        Remembered<String, Integer> lengths = new Remembered<>(2);
        assertThat(workDone(lengths, "ab", "abc", "ab", "abc", "ab")).isEqualTo(2);
        assertThat(lengths.size()).isEqualTo(2);
    }

    @Test
    void pastTheBoundAKeyIsWorkedOnEveryTime() {
        Remembered<String, Integer> lengths = new Remembered<>(1);
        // "a" is kept, "bb" finds no room
        assertThat(workDone(lengths, "a", "bb", "bb", "a")).isEqualTo(3);
        assertThat(lengths.size()).isEqualTo(1);
        assertThat(workDone(new Remembered<>(0), "a", "a")).isEqualTo(2);
    }
}
