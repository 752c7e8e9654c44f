package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Requires the last archived snapshot of an active account to be no older than its archive interval
 * (at most the profile's maximum, six months by default), counted against the build's date.
 */
final class ArchiveSnapshotCheck implements Check {

    @Override
    public List<Violation> check(CheckContext context) {
        Document account = context.document();
        if (!Values.status(account).equals("active") || Values.isElectedOfficial(account)) {
            return List.of();
        }
        Period maximum = Period.parse(context.stringParameter("maxInterval", "P6M"));
        Period interval = context.at("/records/archive/interval")
                .flatMap(Values::period)
                .filter(p -> !longer(p, maximum))
                .orElse(maximum);
        Optional<Node> lastNode = context.at("/records/archive/lastSnapshot");
        Optional<LocalDate> last = lastNode.flatMap(Values::date);
        LocalDate today = context.today();
        if (last.isEmpty()) {
            Optional<LocalDate> activated = context.at("/activated").flatMap(Values::date);
            if (activated.isPresent() && !activated.get().plus(interval).isBefore(today)) {
                return List.of();
            }
            return List.of(context.violation(
                    Values.nearest(account, "/records/archive/lastSnapshot"),
                    "rule.archive-snapshot-overdue.message.none",
                    interval));
        }
        LocalDate due = last.get().plus(interval);
        if (due.isBefore(today)) {
            return List.of(context.violation(
                    lastNode.get().location(), "rule.archive-snapshot-overdue.message", last.get(), interval, due));
        }
        return List.of();
    }

    private static boolean longer(Period a, Period b) {
        LocalDate base = LocalDate.of(2000, 1, 1);
        return base.plus(a).isAfter(base.plus(b));
    }
}
