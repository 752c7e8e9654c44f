package io.github.somepolicy.rule.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interval arithmetic behind the coverage rule, on inclusive ranges of days. */
class DayRangesTest {

    private static DayRange range(String from, String to) {
        return new DayRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aRangeCountsBothEnds() {
        assertThat(range("2027-07-06", "2027-07-19").days()).isEqualTo(14);
        assertThat(range("2027-02-28", "2027-02-28").days()).isEqualTo(1);
        assertThat(range("2028-02-28", "2028-03-01").days()).isEqualTo(3);
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsNoRange() {
        assertThat(DayRange.of(LocalDate.parse("2027-05-10"), LocalDate.parse("2027-05-01")))
                .isEmpty();
        assertThatThrownBy(() -> range("2027-05-10", "2027-05-01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unionMergesOverlappingAndTouchingRanges() {
        assertThat(DayRanges.union(List.of(
                        range("2027-04-10", "2027-04-30"),
                        range("2027-04-01", "2027-04-20"),
                        range("2027-05-01", "2027-05-03"),
                        range("2027-04-05", "2027-04-06"))))
                .containsExactly(range("2027-04-01", "2027-05-03"));
    }

    @Test
    void unionKeepsRangesApartWhenADayLiesBetween() {
        assertThat(DayRanges.union(List.of(range("2027-03-11", "2027-03-20"), range("2027-03-01", "2027-03-09"))))
                .containsExactly(range("2027-03-01", "2027-03-09"), range("2027-03-11", "2027-03-20"));
    }

    @Test
    void intersectionFindsTheDaysBothSetsShare() {
        List<DayRange> anna = List.of(range("2027-01-01", "2027-01-10"), range("2027-02-01", "2027-02-28"));
        List<DayRange> bo = List.of(range("2027-01-05", "2027-02-03"), range("2027-02-10", "2027-02-10"));
        assertThat(DayRanges.intersection(anna, bo))
                .containsExactly(
                        range("2027-01-05", "2027-01-10"),
                        range("2027-02-01", "2027-02-03"),
                        range("2027-02-10", "2027-02-10"));
    }

    @Test
    void commonDaysOfEveryoneAreThoseAllAreAway() {
        List<DayRange> anna = List.of(range("2027-07-05", "2027-07-19"));
        List<DayRange> bo = List.of(range("2027-07-06", "2027-07-10"), range("2027-07-11", "2027-08-01"));
        List<DayRange> sara = List.of(range("2027-07-01", "2027-07-07"), range("2027-07-15", "2027-07-31"));
        assertThat(DayRanges.common(List.of(anna, bo, sara)))
                .containsExactly(range("2027-07-06", "2027-07-07"), range("2027-07-15", "2027-07-19"));
    }

    @Test
    void someoneWithoutAbsencesCoversEveryDay() {
        List<DayRange> anna = List.of(range("2027-07-05", "2027-07-19"));
        assertThat(DayRanges.common(List.of(anna, List.of()))).isEmpty();
        assertThat(DayRanges.common(List.of())).isEmpty();
    }

    @Test
    void clippingKeepsOnlyTheDaysInsideTheWindow() {
        DayRange window = range("2026-11-23", "2026-12-22");
        assertThat(DayRanges.clip(
                        List.of(
                                range("2026-11-16", "2026-11-30"),
                                range("2026-12-20", "2027-01-05"),
                                range("2026-06-01", "2026-06-30"),
                                range("2027-02-01", "2027-02-10")),
                        window))
                .containsExactly(range("2026-11-23", "2026-11-30"), range("2026-12-20", "2026-12-22"));
    }

    @Test
    void theWorkDependsOnTheNumberOfRangesNotOnTheirLength() {
        LocalDate today = LocalDate.parse("2026-11-23");
        DayRange window = new DayRange(today, today.plusDays(Integer.MAX_VALUE - 1L));
        List<DayRange> anna = new ArrayList<>();
        List<DayRange> bo = new ArrayList<>();
        LocalDate start = today;
        for (int i = 0; i < 10_000; i++) {
            anna.add(new DayRange(start, start.plusDays(99_999)));
            bo.add(new DayRange(start.plusDays(50_000), start.plusDays(149_999)));
            start = start.plusDays(200_000);
        }
        List<DayRange> gaps = DayRanges.common(List.of(DayRanges.clip(anna, window), DayRanges.clip(bo, window)));
        assertThat(gaps).hasSize(10_000);
        assertThat(gaps.get(0)).isEqualTo(new DayRange(today.plusDays(50_000), today.plusDays(99_999)));
        assertThat(gaps.get(0).days()).isEqualTo(50_000);
    }
}
