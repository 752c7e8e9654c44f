package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Requires the last archived snapshot of an active account to be no older than its archive interval
 * (at most the profile's maximum, six months by default), counted against the build's date. In its
 * due-soon form it warns when the next snapshot falls due within the policy's due-soon days.
 */
final class ArchiveSnapshotCheck implements Check {

    private final boolean dueSoon;

    ArchiveSnapshotCheck(boolean dueSoon) {
        this.dueSoon = dueSoon;
    }

    @Override
    public List<Violation> check(CheckContext context) {
        Document account = context.document();
        if (!Values.status(account).equals("active") || Values.isElectedOfficial(account)) {
            return List.of();
        }
        Period maximum =
                Scalars.period(context.stringParameter("maxInterval", "P6M")).orElse(Period.ofMonths(6));
        Period interval = context.at(Account.Field.ARCHIVE_INTERVAL)
                .flatMap(Values::period)
                .filter(p -> !ArchiveRoutineCheck.longer(p, maximum))
                .orElse(maximum);
        Optional<Node> lastNode = context.at(Account.Field.ARCHIVE_LAST_SNAPSHOT);
        Optional<LocalDate> last = lastNode.flatMap(Values::date);
        LocalDate today = context.today();
        if (dueSoon) {
            if (last.isEmpty()) {
                return List.of();
            }
            LocalDate due = last.get().plus(interval);
            if (!due.isBefore(today)
                    && !due.isAfter(today.plusDays(context.settings().soonDueDays()))) {
                return List.of(context.violation(lastNode.get().location(), context.messageKey(), due, last.get()));
            }
            return List.of();
        }
        if (last.isEmpty()) {
            Optional<LocalDate> activated = context.at(Account.Field.ACTIVATED).flatMap(Values::date);
            if (activated.isPresent() && !activated.get().plus(interval).isBefore(today)) {
                return List.of();
            }
            return List.of(context.violation(
                    Values.nearest(account, Account.Field.ARCHIVE_LAST_SNAPSHOT),
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
}
