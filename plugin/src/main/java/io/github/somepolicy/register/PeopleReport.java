package io.github.somepolicy.register;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.rule.cross.AccountEntries;
import io.github.somepolicy.rule.cross.AccountEntry;
import io.github.somepolicy.rule.cross.AccountEntry.Absence;
import io.github.somepolicy.rule.cross.AccountEntry.PersonEntry;
import io.github.somepolicy.rule.cross.Departure;
import io.github.somepolicy.rule.cross.People;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people behind the accounts, for the unit manager who plans holidays, arrivals and departures:
 * every person with their roles per account, their absences, their last day when recorded, and the
 * accounts that depend on them alone. It holds personal data, so it is an internal output that never
 * goes into the public register's folder.
 */
public final class PeopleReport {

    /** The report as Markdown. */
    public static final String MARKDOWN = "people.md";

    /** The report as CSV. */
    public static final String CSV = "people.csv";

    static final List<String> COLUMNS = List.of(
            "register.people.col.person",
            "register.people.col.email",
            "register.people.col.account",
            "register.people.col.file",
            "register.people.col.unit",
            "register.people.col.status",
            "register.people.col.roles",
            "register.people.col.alone",
            "register.people.col.absences",
            "register.people.col.last-day");

    private static final Map<String, String> ROLES = Map.of(
            PersonEntry.MODERATOR, "register.people.role.moderator",
            PersonEntry.BACKUP, "register.people.role.backup",
            PersonEntry.CREDENTIALS, "register.people.role.credentials");

    private final List<PersonRows> people;

    private PeopleReport(List<PersonRows> people) {
        this.people = List.copyOf(people);
    }

    /**
     * One person and a row per account they are named on.
     *
     * @param name the name to show
     * @param email the e-mail address, {@code ""} when none is written
     * @param lastDay the last day recorded under {@code departures}, if any
     * @param absences every absence written for them, on any account, each once, in date order
     * @param rows one per account: account name, file, unit, status, roles, roles held alone, absences there
     */
    record PersonRows(String name, String email, Optional<LocalDate> lastDay, List<Absence> absences, List<Row> rows) {}

    /**
     * The person on one account.
     *
     * @param account the account's index entry
     * @param roles the roles, in the order moderator, stand-in, credentials holder
     * @param alone the roles nobody else holds on the account
     * @param absences the absences written for them on this account
     */
    record Row(AccountEntry account, List<String> roles, List<String> alone, List<Absence> absences) {}

    /** The report of a configuration. */
    static PeopleReport of(Configuration configuration) {
        List<AccountEntry> accounts = new ArrayList<>();
        for (Document document : configuration.accounts()) {
            AccountEntries.of(document).ifPresent(accounts::add);
        }
        People people = People.of(accounts);
        Map<String, LocalDate> lastDays = new HashMap<>();
        for (Departure departure : Departure.of(configuration.organisation())) {
            String key = people.keyOf(departure.name(), departure.email());
            lastDays.merge(key, departure.lastDay(), (a, b) -> a.isBefore(b) ? a : b);
        }
        // per account, who holds each role, to tell who holds one alone
        Map<AccountEntry, Map<String, Set<String>>> holders = new HashMap<>();
        for (AccountEntry account : accounts) {
            Map<String, Set<String>> byRole = new HashMap<>();
            for (PersonEntry person : account.people()) {
                String key = people.keyOf(person);
                if (!key.isEmpty()) {
                    byRole.computeIfAbsent(person.role(), r -> new HashSet<>()).add(key);
                }
            }
            holders.put(account, byRole);
        }
        List<PersonRows> rows = new ArrayList<>();
        for (People.Person person : people.persons()) {
            Map<AccountEntry, Row> byAccount = new LinkedHashMap<>();
            Set<Absence> all = new LinkedHashSet<>();
            Map<String, Absence> distinct = new LinkedHashMap<>();
            for (People.Role role : person.roles()) {
                AccountEntry account = role.account();
                Row row = byAccount.computeIfAbsent(
                        account, a -> new Row(a, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                String name = role.entry().role();
                if (!row.roles().contains(name)) {
                    row.roles().add(name);
                    Set<String> others = holders.get(account).getOrDefault(name, Set.of());
                    if (others.size() == 1 && isCurrent(account)) {
                        row.alone().add(name);
                    }
                }
                row.absences().addAll(role.entry().absences());
                for (Absence absence : role.entry().absences()) {
                    distinct.putIfAbsent(absence.from() + "/" + absence.to(), absence);
                }
            }
            all.addAll(distinct.values());
            List<Absence> absences = new ArrayList<>(all);
            absences.sort((a, b) -> a.from().equals(b.from())
                    ? a.to().compareTo(b.to())
                    : a.from().compareTo(b.from()));
            List<Row> personRows = new ArrayList<>();
            for (Row row : byAccount.values()) {
                row.roles().sort((a, b) -> Integer.compare(order(a), order(b)));
                row.alone().sort((a, b) -> Integer.compare(order(a), order(b)));
                personRows.add(new Row(
                        row.account(),
                        List.copyOf(row.roles()),
                        List.copyOf(row.alone()),
                        List.copyOf(row.absences())));
            }
            rows.add(new PersonRows(
                    person.displayName(),
                    person.email(),
                    Optional.ofNullable(lastDays.get(person.key())),
                    absences,
                    personRows));
        }
        return new PeopleReport(rows);
    }

    /** How many people the report lists. */
    int size() {
        return people.size();
    }

    /** The report as CSV: one row per person and account. */
    String csv(Messages messages) {
        StringBuilder out =
                new StringBuilder(Csv.row(COLUMNS.stream().map(messages::format).toList()));
        for (PersonRows person : people) {
            for (Row row : person.rows()) {
                out.append(Csv.row(List.of(
                        person.name(),
                        person.email(),
                        row.account().name(),
                        row.account().file(),
                        row.account().unit(),
                        row.account().status(),
                        roles(row.roles(), messages),
                        roles(row.alone(), messages),
                        absences(row.absences(), "; "),
                        person.lastDay().map(LocalDate::toString).orElse(""))));
            }
        }
        return out.toString();
    }

    /** The report as Markdown: a section per person. */
    String markdown(Messages messages, String municipality, LocalDate date) {
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(RecordsPlan.cell(messages.format("register.people.title", municipality)))
                .append("\n\n")
                .append(RecordsPlan.cell(messages.format("register.people.intro", date.toString())))
                .append("\n");
        if (people.isEmpty()) {
            out.append('\n').append(messages.format("register.people.none")).append('\n');
        }
        for (PersonRows person : people) {
            out.append("\n## ").append(RecordsPlan.cell(person.name()));
            if (!person.email().isEmpty() && !person.email().equals(person.name())) {
                out.append(" (").append(RecordsPlan.cell(person.email())).append(')');
            }
            out.append("\n\n");
            person.lastDay().ifPresent(day -> out.append("- ")
                    .append(RecordsPlan.cell(messages.format("register.people.last-day", day.toString())))
                    .append('\n'));
            out.append("- ")
                    .append(RecordsPlan.cell(messages.format(
                            "register.people.absences",
                            person.absences().isEmpty()
                                    ? messages.format("register.people.no-absences")
                                    : absences(person.absences(), ", "))))
                    .append("\n\n|");
            for (String column : List.of(
                    "register.people.col.account",
                    "register.people.col.file",
                    "register.people.col.unit",
                    "register.people.col.status",
                    "register.people.col.roles",
                    "register.people.col.alone")) {
                out.append(' ')
                        .append(RecordsPlan.cell(messages.format(column)))
                        .append(" |");
            }
            out.append("\n|---|---|---|---|---|---|\n");
            for (Row row : person.rows()) {
                out.append('|');
                for (String cell : List.of(
                        row.account().name(),
                        row.account().file(),
                        row.account().unit(),
                        row.account().status(),
                        roles(row.roles(), messages),
                        roles(row.alone(), messages))) {
                    out.append(' ').append(RecordsPlan.cell(cell)).append(" |");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean isCurrent(AccountEntry account) {
        return !account.electedOfficial()
                && (account.status().equals("active") || account.status().equals("planned"));
    }

    private static int order(String role) {
        return switch (role) {
            case PersonEntry.MODERATOR -> 0;
            case PersonEntry.BACKUP -> 1;
            default -> 2;
        };
    }

    private static String roles(List<String> roles, Messages messages) {
        List<String> names = new ArrayList<>();
        roles.forEach(role -> names.add(messages.format(ROLES.get(role))));
        return String.join(", ", names);
    }

    private static String absences(List<Absence> absences, String separator) {
        List<String> texts = new ArrayList<>();
        for (Absence absence : absences) {
            String range = absence.from().equals(absence.to())
                    ? absence.from().toString()
                    : absence.from() + "–" + absence.to();
            texts.add(absence.note().isEmpty() ? range : range + " (" + absence.note() + ")");
        }
        return String.join(separator, texts);
    }
}
