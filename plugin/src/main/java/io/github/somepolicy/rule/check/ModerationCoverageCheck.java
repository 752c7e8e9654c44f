package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Requires someone to keep watch on every day of the planning window: a day on which every listed
 * moderator, whatever the role, is away is a gap. Absences are inclusive date ranges; the gaps are found
 * with interval arithmetic over the window {@code [today, today + planningWindowDays)} and reported as
 * ranges, at most {@value #MAX_GAPS} of them per account. An absence that ends before it starts is reported
 * on its own. Parameter {@code allowCloseForPosts}: when true, an account whose absence policy is
 * {@code close-for-posts} closes for posts during a gap instead, so a gap is no finding.
 */
final class ModerationCoverageCheck implements Check {

    /** The most gaps reported for one account; the rest are summed up in one more finding. */
    static final int MAX_GAPS = 20;

    static final String MANY = "many";
    static final String ONLY = "only";
    static final String DAY = "day";
    static final String DAY_MANY = "day-many";
    static final String DAY_ONLY = "day-only";
    static final String REVERSED = "reversed";
    static final String MORE = "more";

    private static final Account.Field MODERATORS = Account.Field.MODERATORS;

    @Override
    public List<String> messageVariants() {
        return List.of(MANY, ONLY, DAY, DAY_MANY, DAY_ONLY, REVERSED, MORE);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        Optional<Node> node = context.at(MODERATORS);
        if (node.isEmpty() || !(node.get() instanceof Node.Sequence moderators)) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        List<Person> people = people(context, moderators, violations);
        if (people.isEmpty() || closesForPosts(context)) {
            return violations;
        }
        LocalDate today = context.today();
        DayRange window = new DayRange(today, today.plusDays(context.settings().planningWindowDays() - 1L));
        List<List<DayRange>> away = new ArrayList<>();
        for (Person person : people) {
            away.add(DayRanges.clip(person.ranges(), window));
        }
        List<DayRange> gaps = DayRanges.common(away);
        for (int i = 0; i < gaps.size() && i < MAX_GAPS; i++) {
            violations.add(gap(context, moderators.location(), gaps.get(i), people));
        }
        if (gaps.size() > MAX_GAPS) {
            violations.add(context.violation(
                    moderators.location(),
                    context.messageKey(MORE),
                    gaps.size() - MAX_GAPS,
                    gaps.get(MAX_GAPS).from(),
                    gaps.get(gaps.size() - 1).to()));
        }
        return violations;
    }

    /** Whether the account closes for posts when nobody keeps watch, and the policy accepts that. */
    private static boolean closesForPosts(CheckContext context) {
        return context.booleanParameter("allowCloseForPosts", false)
                && context.account()
                        .text(Account.Field.ABSENCE_POLICY)
                        .filter("close-for-posts"::equals)
                        .isPresent();
    }

    /** The people listed, each once, with their absences; reversed absences become findings. */
    private static List<Person> people(CheckContext context, Node.Sequence moderators, List<Violation> violations) {
        Map<String, Person> people = new LinkedHashMap<>();
        List<Node> items = moderators.items();
        for (int index = 0; index < items.size(); index++) {
            Node item = items.get(index);
            if (!(item instanceof Node.Mapping)) {
                continue;
            }
            String key = Values.personKey(item).orElse("#" + index);
            Person person = people.computeIfAbsent(
                    key,
                    k -> new Person(
                            new io.github.somepolicy.model.Person(item)
                                    .name()
                                    .map(String::strip)
                                    .filter(n -> !n.isEmpty())
                                    .orElse(Values.dotted(item.location().pointer())),
                            new ArrayList<>()));
            for (io.github.somepolicy.model.Person.Absence away :
                    new io.github.somepolicy.model.Person(item).absences()) {
                Node absence = away.entry();
                Optional<LocalDate> from = away.from();
                Optional<LocalDate> to = away.to();
                if (from.isEmpty() || to.isEmpty()) {
                    continue; // the schema reports what is missing or not a date
                }
                Optional<DayRange> range = DayRange.of(from.get(), to.get());
                if (range.isEmpty()) {
                    violations.add(context.violation(
                            absence.location(), context.messageKey(REVERSED), person.name(), from.get(), to.get()));
                } else {
                    person.absences().add(new Absence(range.get(), absence.location()));
                }
            }
        }
        return List.copyOf(people.values());
    }

    /** One gap: the days, how many, who is away and the absences that cause it. */
    private static Violation gap(CheckContext context, Location at, DayRange gap, List<Person> people) {
        List<Location> related = new ArrayList<>();
        for (Person person : people) {
            for (Absence absence : person.absences()) {
                if (absence.range().overlaps(gap)) {
                    related.add(absence.location());
                }
            }
        }
        List<String> names = people.stream().map(Person::name).toList();
        String variant = names.size() == 1 ? ONLY : names.size() == 2 ? "" : MANY;
        boolean oneDay = gap.days() == 1;
        if (oneDay) {
            variant = variant.isEmpty() ? DAY : DAY + "-" + variant;
        }
        String key = variant.isEmpty() ? context.messageKey() : context.messageKey(variant);
        List<Object> args = new ArrayList<>();
        args.add(gap.from());
        if (!oneDay) {
            args.add(gap.to());
            args.add(gap.days());
        }
        if (names.size() == 1) {
            args.add(names.get(0));
        } else {
            args.add(String.join(", ", names.subList(0, names.size() - 1)));
            args.add(names.get(names.size() - 1));
        }
        return context.violation(at, related, key, args.toArray());
    }

    /** A listed person and their absences. */
    private record Person(String name, List<Absence> absences) {
        List<DayRange> ranges() {
            return absences.stream().map(Absence::range).toList();
        }
    }

    /** One absence and where it is written. */
    private record Absence(DayRange range, Location location) {}
}
