package io.github.somepolicy.rule.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of calendar days with both ends included, such as an absence from its first to its last day.
 *
 * @param from the first day
 * @param to the last day, never before {@code from}
 */
public record DayRange(LocalDate from, LocalDate to) implements Comparable<DayRange> {

    public DayRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a range ends on or after its first day: " + from + " to " + to);
        }
    }

    /** A range, or empty when {@code to} lies before {@code from}. */
    public static Optional<DayRange> of(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? Optional.empty() : Optional.of(new DayRange(from, to));
    }

    /** How many days the range holds. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whether the two ranges share at least one day. */
    public boolean overlaps(DayRange other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** The days the two ranges share, if any. */
    public Optional<DayRange> intersection(DayRange other) {
        LocalDate first = from.isAfter(other.from) ? from : other.from;
        LocalDate last = to.isBefore(other.to) ? to : other.to;
        return of(first, last);
    }

    /** Ranges in order of their first day, then of their last. */
    @Override
    public int compareTo(DayRange other) {
        int byStart = from.compareTo(other.from);
        return byStart != 0 ? byStart : to.compareTo(other.to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
