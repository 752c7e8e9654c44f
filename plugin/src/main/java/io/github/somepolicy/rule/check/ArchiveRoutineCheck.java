package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Requires an archive routine for the account's snapshots (method, interval, destination) with an
 * interval no longer than the profile's maximum (parameter {@code maxInterval}, six months by default).
 */
final class ArchiveRoutineCheck implements Check {

    static final String TOO_LONG = "too-long";

    @Override
    public List<String> messageVariants() {
        return List.of(TOO_LONG);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (Account.Field field : List.of(
                Account.Field.ARCHIVE_METHOD, Account.Field.ARCHIVE_INTERVAL, Account.Field.ARCHIVE_DESTINATION)) {
            if (Values.isBlank(context.at(field))) {
                violations.add(context.violation(
                        Values.nearest(context.document(), field), context.messageKey(), field.dotted()));
            }
        }
        Period maximum =
                Scalars.period(context.stringParameter("maxInterval", "P6M")).orElse(Period.ofMonths(6));
        Optional<Node> intervalNode = context.at(Account.Field.ARCHIVE_INTERVAL);
        Optional<Period> interval = intervalNode.flatMap(Values::period);
        if (interval.isPresent() && longer(interval.get(), maximum)) {
            violations.add(context.violation(
                    intervalNode.get().location(), context.messageKey(TOO_LONG), interval.get(), maximum));
        }
        return violations;
    }

    /** Whether one period is longer than another, counted from a fixed day. */
    static boolean longer(Period a, Period b) {
        LocalDate base = LocalDate.of(2000, 1, 1);
        return base.plus(a).isAfter(base.plus(b));
    }
}
