package io.github.somepolicy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedTest {

    @Test
    void aKeyMetAgainIsNotWorkedOnAgainWhileThereIsRoom() {
        Remembered<String, Integer> lengths = new Remembered<>(2);
        AtomicInteger work = new AtomicInteger();
        for (String text : new String[] {"ab", "abc", "ab", "abc", "ab"}) {
            assertThat(lengths.get(text, t -> {
                        work.incrementAndGet();
                        return t.length();
                    }))
                    .isEqualTo(text.length());
        }
        assertThat(work).hasValue(2);
        assertThat(lengths.size()).isEqualTo(2);
    }

    @Test
    void pastTheBoundAKeyIsWorkedOnEveryTime() {
        Remembered<String, Integer> lengths = new Remembered<>(1);
        AtomicInteger work = new AtomicInteger();
        for (String text : new String[] {"a", "bb", "bb", "a"}) {
            assertThat(lengths.get(text, t -> {
                        work.incrementAndGet();
                        return t.length();
                    }))
                    .isEqualTo(text.length());
        }
        // "a" is kept, "bb" found no room
        assertThat(work).hasValue(3);
        assertThat(lengths.size()).isEqualTo(1);
        assertThat(new Remembered<String, Integer>(0).get("a", String::length)).isEqualTo(1);
    }
}
