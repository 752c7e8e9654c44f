package io.github.somepolicy.register;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Account.Field;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dated duties that follow from a configuration: snapshots due (archive-snapshot-overdue), waivers
 * expiring (waiver-expiring), days on which every moderator of an active account is away
 * (moderation-coverage), evaluations due (evaluation-metrics), and for a planned account with a start
 * date the approval, the terms review and the notice to the communications office still missing
 * (account-approval, terms-reviewed, account-registration). The texts name accounts and rules, never
 * people.
 */
final class Obligations {

    private static final int DEFAULT_PLANNING_WINDOW_DAYS = 365;
    private static final int MAX_PLANNING_WINDOW_DAYS = 3660;

    private final Messages messages;
    private final LocalDate today;

    Obligations(Messages messages, LocalDate today) {
        this.messages = messages;
        this.today = today;
    }

    /**
     * The obligations of a configuration, and one for each file that could not be read, due today, so that a
     * subscriber sees what the calendar is missing; {@code problems} gives the rule that reported a file.
     * An obligation whose last day has passed is due today, with the day it was due in its texts, so that
     * a subscriber looking ahead still sees it until it is done.
     */
    List<Obligation> of(Configuration configuration, Map<String, String> problems) {
        List<Obligation> all = new ArrayList<>();
        for (String file : configuration.unreadable()) {
            String rule = problems.getOrDefault(file, "yaml-syntax");
            all.add(new Obligation(
                    "unreadable/" + file,
                    today,
                    today,
                    rule,
                    file,
                    messages.format("register.calendar.unreadable", file),
                    messages.format("register.calendar.unreadable.description", file, rule)));
        }
        for (Obligation obligation : of(configuration)) {
            all.add(obligation.end().isBefore(today) ? overdue(obligation) : obligation);
        }
        all.sort(Comparator.comparing(Obligation::start).thenComparing(Obligation::key));
        return all;
    }

    private Obligation overdue(Obligation obligation) {
        return new Obligation(
                obligation.key(),
                today,
                today,
                obligation.ruleId(),
                obligation.target(),
                messages.format("register.calendar.overdue", obligation.end().toString(), obligation.summary()),
                messages.format(
                        "register.calendar.overdue.description",
                        obligation.end().toString(),
                        obligation.description()));
    }

    List<Obligation> of(Configuration configuration) {
        int window = configuration
                .policy()
                .flatMap(p -> Configuration.text(p, "/settings/planningWindowDays"))
                .filter(v -> v.matches("[1-9][0-9]{0,4}"))
                .map(Integer::parseInt)
                .map(v -> Math.min(v, MAX_PLANNING_WINDOW_DAYS))
                .orElse(DEFAULT_PLANNING_WINDOW_DAYS);
        Map<String, String> names = new LinkedHashMap<>();
        List<Obligation> all = new ArrayList<>();
        for (Document account : configuration.accounts()) {
            String name = Configuration.text(account, Field.NAME).orElse(account.file()) + " ("
                    + RegisterBuilder.platformName(
                            Configuration.text(account, Field.PLATFORM).orElse("other"), messages)
                    + ")";
            names.put(account.file(), name);
            String status = Configuration.text(account, Field.STATUS).orElse("");
            if (status.equals("active")) {
                snapshot(account, name).ifPresent(all::add);
                evaluation(account, name).ifPresent(all::add);
                all.addAll(gaps(account, name, window));
            } else if (status.equals("planned")) {
                all.addAll(beforeStart(account, name));
            }
        }
        configuration.policy().ifPresent(policy -> all.addAll(waivers(policy, names)));
        all.sort(Comparator.comparing(Obligation::start).thenComparing(Obligation::key));
        return all;
    }

    private Optional<Obligation> snapshot(Document account, String name) {
        return RecordsPlan.nextSnapshot(account)
                .map(due -> new Obligation(
                        "archive-snapshot/" + account.file(),
                        due,
                        due,
                        "archive-snapshot-overdue",
                        account.file(),
                        messages.format("register.calendar.snapshot", name),
                        messages.format(
                                "register.calendar.snapshot.description",
                                name,
                                account.file(),
                                Configuration.text(account, Field.ARCHIVE_DESTINATION)
                                        .orElse("-"),
                                "archive-snapshot-overdue")));
    }

    private Optional<Obligation> evaluation(Document account, String name) {
        Optional<Period> interval =
                Configuration.text(account, Field.EVALUATION_INTERVAL).flatMap(Scalars::period);
        Optional<LocalDate> activated =
                Configuration.text(account, Field.ACTIVATED).flatMap(Scalars::date);
        if (interval.isEmpty()
                || activated.isEmpty()
                || interval.get().isZero()
                || interval.get().isNegative()) {
            return Optional.empty();
        }
        LocalDate due = activated.get().plus(interval.get());
        for (int n = 2; due.isBefore(today) && n < 10_000; n++) {
            due = activated.get().plus(interval.get().multipliedBy(n));
        }
        return Optional.of(new Obligation(
                "evaluation/" + account.file(),
                due,
                due,
                "evaluation-metrics",
                account.file(),
                messages.format("register.calendar.evaluation", name),
                messages.format(
                        "register.calendar.evaluation.description", name, account.file(), "evaluation-metrics")));
    }

    private List<Obligation> gaps(Document account, String name, int window) {
        Optional<Node> moderators = account.root().at(Field.MODERATORS.pointer());
        if (moderators.isEmpty()
                || !(moderators.get() instanceof Node.Sequence list)
                || list.items().isEmpty()) {
            return List.of();
        }
        LocalDate last = today.plusDays(window - 1L);
        Map<String, List<LocalDate[]>> away = new LinkedHashMap<>();
        int index = 0;
        for (Node person : list.items()) {
            String key = Configuration.text(person, "/email")
                    .or(() -> Configuration.text(person, "/name"))
                    .map(Scalars::fold)
                    .orElse("#" + index);
            index++;
            List<LocalDate[]> ranges = away.computeIfAbsent(key, k -> new ArrayList<>());
            Optional<Node> absences = person.at("/absences");
            if (absences.isPresent() && absences.get() instanceof Node.Sequence items) {
                for (Node absence : items.items()) {
                    Optional<LocalDate> from =
                            absence.at("/from").flatMap(Node::text).flatMap(Scalars::date);
                    Optional<LocalDate> to =
                            absence.at("/to").flatMap(Node::text).flatMap(Scalars::date);
                    if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
                        ranges.add(new LocalDate[] {from.get(), to.get()});
                    }
                }
            }
        }
        List<LocalDate[]> common = List.<LocalDate[]>of(new LocalDate[] {today, last});
        for (List<LocalDate[]> ranges : away.values()) {
            common = intersect(common, union(ranges));
        }
        boolean closes = Configuration.text(account, Field.ABSENCE_POLICY)
                .filter("close-for-posts"::equals)
                .isPresent();
        List<Obligation> gaps = new ArrayList<>();
        for (LocalDate[] gap : common) {
            gaps.add(new Obligation(
                    "moderation-coverage/" + account.file() + "/" + gap[0],
                    gap[0],
                    gap[1],
                    "moderation-coverage",
                    account.file(),
                    messages.format(closes ? "register.calendar.gap.closed" : "register.calendar.gap", name),
                    messages.format(
                            "register.calendar.gap.description",
                            name,
                            account.file(),
                            gap[0].toString(),
                            gap[1].toString(),
                            "moderation-coverage")));
        }
        return gaps;
    }

    private List<Obligation> beforeStart(Document account, String name) {
        Optional<LocalDate> start = Configuration.text(account, Field.ACTIVATED).flatMap(Scalars::date);
        if (start.isEmpty()) {
            return List.of();
        }
        List<Obligation> due = new ArrayList<>();
        String[][] checks = {
            {Field.APPROVAL_DATE.pointer(), "account-approval", "register.calendar.approval"},
            {Field.TERMS_REVIEWED.pointer(), "terms-reviewed", "register.calendar.terms"},
            {Field.REGISTRATION_NOTIFIED.pointer(), "account-registration", "register.calendar.registration"}
        };
        for (String[] check : checks) {
            if (Configuration.text(account, check[0]).isEmpty()) {
                due.add(new Obligation(
                        check[1] + "/" + account.file(),
                        start.get(),
                        start.get(),
                        check[1],
                        account.file(),
                        messages.format(check[2], name),
                        messages.format(
                                "register.calendar.before-start.description",
                                name,
                                account.file(),
                                start.get().toString(),
                                check[1])));
            }
        }
        return due;
    }

    private List<Obligation> waivers(Document policy, Map<String, String> names) {
        Optional<Node> node = policy.root().at("/waivers");
        if (node.isEmpty() || !(node.get() instanceof Node.Sequence list)) {
            return List.of();
        }
        List<Obligation> waivers = new ArrayList<>();
        for (Node waiver : list.items()) {
            Optional<LocalDate> expires = Configuration.text(waiver, "/expires").flatMap(Scalars::date);
            String rule = Configuration.text(waiver, "/rule").orElse("");
            String target = Configuration.text(waiver, "/target").orElse("");
            if (expires.isEmpty() || rule.isEmpty()) {
                continue;
            }
            String path = Configuration.text(waiver, "/path").orElse("");
            String subject = names.getOrDefault(target, target);
            waivers.add(new Obligation(
                    "waiver/" + rule + "/" + target + "/" + path,
                    expires.get(),
                    expires.get(),
                    "waiver-expiring",
                    target,
                    messages.format("register.calendar.waiver", rule, subject),
                    messages.format(
                            "register.calendar.waiver.description",
                            rule,
                            subject,
                            target,
                            Configuration.text(waiver, "/decisionReference").orElse("-"),
                            expires.get().toString())));
        }
        return waivers;
    }

    /** The same days as sorted, disjoint ranges. */
    private static List<LocalDate[]> union(List<LocalDate[]> ranges) {
        List<LocalDate[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing((LocalDate[] r) -> r[0]));
        List<LocalDate[]> merged = new ArrayList<>();
        for (LocalDate[] range : sorted) {
            if (!merged.isEmpty()) {
                LocalDate[] lastRange = merged.get(merged.size() - 1);
                if (!range[0].isAfter(lastRange[1].plusDays(1))) {
                    if (range[1].isAfter(lastRange[1])) {
                        lastRange[1] = range[1];
                    }
                    continue;
                }
            }
            merged.add(new LocalDate[] {range[0], range[1]});
        }
        return merged;
    }

    /** The days in both sets of sorted, disjoint ranges. */
    private static List<LocalDate[]> intersect(List<LocalDate[]> first, List<LocalDate[]> second) {
        List<LocalDate[]> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            LocalDate[] a = first.get(i);
            LocalDate[] b = second.get(j);
            LocalDate from = a[0].isAfter(b[0]) ? a[0] : b[0];
            LocalDate to = a[1].isBefore(b[1]) ? a[1] : b[1];
            if (!to.isBefore(from)) {
                common.add(new LocalDate[] {from, to});
            }
            if (a[1].isBefore(b[1])) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
