package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.check.DayRange;
import io.github.somepolicy.rule.check.DayRanges;
import io.github.somepolicy.rule.cross.AccountEntry.Absence;
import io.github.somepolicy.rule.cross.AccountEntry.PersonEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the days in the planning window when one person's absence leaves several accounts with nobody
 * keeping watch: on each account every person who watches it (moderator or stand-in) is away, and the
 * person is among them on at least {@code minAccounts} accounts on the same day. One finding per person
 * (people whose absences leave the same accounts bare on the same days share it, and a person whose bare
 * accounts and days lie within another's finding adds none), naming the accounts and the days. Parameters: {@code minAccounts} (default 2), {@code statuses} (default active),
 * {@code allowCloseForPosts} (an account that closes for posts while nobody watches is left out).
 * The work is a sort of each person's gaps: n log n in the number of absences.
 */
final class SharedAbsenceCheck implements CrossCheck {

    /** The most day ranges named in one message. */
    static final int MAX_RANGES = 10;

    @Override
    public List<Violation> check(CrossContext context) {
        int minimum = Math.max(2, context.intParameter("minAccounts", 2));
        boolean allowClose = context.booleanParameter("allowCloseForPosts", false);
        LocalDate today = context.today();
        DayRange window = new DayRange(today, today.plusDays(context.settings().planningWindowDays() - 1L));
        // per person: the accounts they watch that have gaps, with the gaps and where the person is named
        Map<String, List<Bare>> byPerson = new LinkedHashMap<>();
        for (AccountEntry account : context.accounts()) {
            if (!context.inScope(account, "active")
                    || (allowClose && account.absencePolicy().equals("close-for-posts"))) {
                continue;
            }
            Map<String, PersonEntry> first = new LinkedHashMap<>();
            Map<String, List<DayRange>> away = new LinkedHashMap<>();
            for (PersonEntry person : account.people()) {
                String key = context.people().keyOf(person);
                if (!person.watches() || key.isEmpty()) {
                    continue;
                }
                first.putIfAbsent(key, person);
                List<DayRange> ranges = away.computeIfAbsent(key, k -> new ArrayList<>());
                for (Absence absence : person.absences()) {
                    ranges.add(new DayRange(absence.from(), absence.to()));
                }
            }
            if (away.isEmpty()) {
                continue;
            }
            List<List<DayRange>> sets = new ArrayList<>();
            away.values().forEach(ranges -> sets.add(DayRanges.clip(ranges, window)));
            List<DayRange> gaps = DayRanges.common(sets);
            if (gaps.isEmpty()) {
                continue;
            }
            first.forEach((key, person) ->
                    byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(new Bare(account, person, gaps)));
        }
        List<Candidate> candidates = new ArrayList<>();
        byPerson.forEach((key, bare) -> {
            if (bare.size() < minimum) {
                return;
            }
            Shared shared = shared(bare, minimum);
            if (!shared.ranges().isEmpty()) {
                String name = context.people()
                        .person(key)
                        .map(People.Person::displayName)
                        .orElse(key);
                candidates.add(new Candidate(name, shared, bare, days(shared.ranges())));
            }
        });
        // the widest first: a person whose bare accounts and days all lie within someone else's finding
        // adds nothing to it (the per-account coverage rule names every gap), and people with exactly the
        // same accounts and days share one finding
        candidates.sort(
                Comparator.comparingInt((Candidate c) -> -c.shared().files().size())
                        .thenComparingLong(c -> -c.days())
                        .thenComparing(c -> c.shared().files().iterator().next())
                        .thenComparing(Candidate::name));
        Map<Shared, List<String>> findings = new LinkedHashMap<>();
        Map<Shared, List<Bare>> places = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            Shared shared = candidate.shared();
            if (!findings.containsKey(shared) && findings.keySet().stream().anyMatch(kept -> covers(kept, shared))) {
                continue;
            }
            findings.computeIfAbsent(shared, s -> new ArrayList<>()).add(candidate.name());
            places.putIfAbsent(shared, candidate.bare());
        }
        List<Violation> violations = new ArrayList<>();
        findings.forEach((shared, names) -> {
            List<Bare> bare = places.get(shared);
            Bare at = null;
            List<Location> related = new ArrayList<>();
            for (Bare b : bare) {
                if (shared.files().contains(b.account().file())) {
                    if (at == null) {
                        at = b;
                    } else {
                        related.add(b.person().location());
                    }
                }
            }
            List<String> ranges = new ArrayList<>();
            for (DayRange range : shared.ranges()) {
                ranges.add(range.days() == 1 ? range.from().toString() : range.from() + "–" + range.to());
            }
            String days = ranges.size() <= MAX_RANGES
                    ? String.join(", ", ranges)
                    : String.join(", ", ranges.subList(0, MAX_RANGES)) + " (+" + (ranges.size() - MAX_RANGES) + ")";
            List<Object> args = new ArrayList<>();
            if (names.size() == 1) {
                args.add(names.get(0));
            } else {
                args.add(String.join(", ", names.subList(0, names.size() - 1)));
                args.add(names.get(names.size() - 1));
            }
            args.add(shared.files().size());
            args.add(CrossContext.files(List.copyOf(shared.files()), MAX_RANGES));
            args.add(days);
            violations.add(context.violation(
                    at.person().location(), related, names.size() == 1 ? "" : "many", args.toArray()));
        });
        return violations;
    }

    @Override
    public List<String> messageVariants() {
        return List.of("many");
    }

    /**
     * The days on which at least {@code minimum} of the accounts are bare at once, and the accounts bare
     * on some of those days, found by a sweep over the gaps' ends.
     */
    private static Shared shared(List<Bare> bare, int minimum) {
        List<long[]> events = new ArrayList<>();
        for (Bare b : bare) {
            for (DayRange gap : b.gaps()) {
                events.add(new long[] {gap.from().toEpochDay(), 1});
                events.add(new long[] {gap.to().toEpochDay() + 1, -1});
            }
        }
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<DayRange> ranges = new ArrayList<>();
        int open = 0;
        long start = 0;
        for (int i = 0; i < events.size(); ) {
            long day = events.get(i)[0];
            int before = open;
            while (i < events.size() && events.get(i)[0] == day) {
                open += (int) events.get(i)[1];
                i++;
            }
            if (before < minimum && open >= minimum) {
                start = day;
            } else if (before >= minimum && open < minimum) {
                ranges.add(new DayRange(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(day - 1)));
            }
        }
        ranges = DayRanges.union(ranges);
        Set<String> files = new TreeSet<>();
        for (Bare b : bare) {
            if (!DayRanges.intersection(b.gaps(), ranges).isEmpty()) {
                files.add(b.account().file());
            }
        }
        return new Shared(new LinkedHashSet<>(files), List.copyOf(ranges));
    }

    private static long days(List<DayRange> ranges) {
        long days = 0;
        for (DayRange range : ranges) {
            days += range.days();
        }
        return days;
    }

    /** Whether one finding's accounts and days include all of another's. */
    private static boolean covers(Shared kept, Shared other) {
        return kept.files().containsAll(other.files())
                && DayRanges.intersection(kept.ranges(), other.ranges()).equals(other.ranges());
    }

    /** A person whose absence leaves several accounts bare, before findings are merged. */
    private record Candidate(String name, Shared shared, List<Bare> bare, long days) {}

    /** An account with nobody watching on some days, and where the person is named on it. */
    private record Bare(AccountEntry account, PersonEntry person, List<DayRange> gaps) {}

    /** The accounts left bare together and the days. */
    private record Shared(Set<String> files, List<DayRange> ranges) {}
}
