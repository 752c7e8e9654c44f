package io.github.somepolicy.rule.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Interval arithmetic on sets of days written as sorted, disjoint {@link DayRange}s: the work grows with
 * the number of ranges, never with the number of days they span.
 */
public final class DayRanges {

    private DayRanges() {}

    /**
     * The same days as a sorted list of disjoint ranges: ranges that overlap or touch (one ends the day
     * before the other starts) become one.
     */
    public static List<DayRange> union(Collection<DayRange> ranges) {
        List<DayRange> sorted = new ArrayList<>(ranges);
        sorted.sort(null);
        List<DayRange> merged = new ArrayList<>();
        for (DayRange range : sorted) {
            if (!merged.isEmpty()) {
                DayRange last = merged.get(merged.size() - 1);
                if (!range.from().isAfter(last.to().plusDays(1))) {
                    if (range.to().isAfter(last.to())) {
                        merged.set(merged.size() - 1, new DayRange(last.from(), range.to()));
                    }
                    continue;
                }
            }
            merged.add(range);
        }
        return merged;
    }

    /** The days that lie in both sets, each given as sorted, disjoint ranges. */
    public static List<DayRange> intersection(List<DayRange> first, List<DayRange> second) {
        List<DayRange> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            DayRange a = first.get(i);
            DayRange b = second.get(j);
            a.intersection(b).ifPresent(common::add);
            if (a.to().isBefore(b.to())) {
                i++;
            } else {
                j++;
            }
        }
        return union(common);
    }

    /**
     * The days that lie in every one of the sets; no sets at all have no days in common.
     *
     * @param sets the sets of days, each as any ranges (they are merged first)
     */
    public static List<DayRange> common(List<? extends Collection<DayRange>> sets) {
        if (sets.isEmpty()) {
            return List.of();
        }
        List<DayRange> result = union(sets.get(0));
        for (int k = 1; k < sets.size() && !result.isEmpty(); k++) {
            result = intersection(result, union(sets.get(k)));
        }
        return result;
    }

    /** The parts of the ranges that lie inside a window. */
    public static List<DayRange> clip(Collection<DayRange> ranges, DayRange window) {
        List<DayRange> clipped = new ArrayList<>();
        for (DayRange range : ranges) {
            Optional<DayRange> part = range.intersection(window);
            part.ifPresent(clipped::add);
        }
        return clipped;
    }
}
