package io.github.somepolicy.register;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Account.Field;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import java.text.Collator;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records-management extract for the archivist and the registrar: one row per active or closed
 * account (planned accounts hold no records yet) with its retention decision and period, registration
 * routine and archiving, including internal accounts, which the public register leaves out.
 */
public final class RecordsPlan {

    /** The column headers' keys, in order. */
    static final List<String> COLUMNS = List.of(
            "register.records.col.account",
            "register.records.col.file",
            "register.records.col.platform",
            "register.records.col.unit",
            "register.records.col.status",
            "register.records.col.activated",
            "register.records.col.closed",
            "register.records.col.decision",
            "register.records.col.period",
            "register.records.col.plan",
            "register.records.col.routine",
            "register.records.col.method",
            "register.records.col.interval",
            "register.records.col.destination",
            "register.records.col.last",
            "register.records.col.next");

    private static final Map<String, String> METHODS = Map.of(
            "export", "register.records.method.export",
            "screenshot", "register.records.method.screenshot",
            "print", "register.records.method.print",
            "paper", "register.records.method.paper",
            "e-archive", "register.records.method.e-archive");

    private static final Map<String, String> STATUSES = Map.of(
            "active", "register.records.status.active",
            "closed", "register.records.status.closed");

    private RecordsPlan() {}

    /** The rows, in the order of the register: by unit, then by account name. */
    static List<List<String>> rows(Configuration configuration, Messages messages) {
        Optional<Node> org = configuration.organisation().map(Document::root);
        List<Row> rows = new ArrayList<>();
        for (Document account : configuration.accounts()) {
            String status = Configuration.text(account, Field.STATUS).orElse("");
            if (!STATUSES.containsKey(status)) {
                continue;
            }
            String unitId = Configuration.text(account, Field.UNIT).orElse("");
            String unit = org.flatMap(o -> Configuration.text(o, "/units/" + unitId + "/name"))
                    .orElse(unitId);
            String decisionId =
                    Configuration.text(account, Field.RETENTION_DECISION).orElse("");
            Optional<Node> decision = decisionId.isEmpty()
                    ? Optional.empty()
                    : org.flatMap(o -> o.at("/retentionDecisions/" + decisionId));
            String decisionText = decision.map(d -> join(
                            Configuration.text(d, "/title").orElse(decisionId),
                            Configuration.text(d, "/reference").orElse("")))
                    .orElse(decisionId);
            Optional<String> interval = Configuration.text(account, Field.ARCHIVE_INTERVAL);
            Optional<LocalDate> last =
                    Configuration.text(account, Field.ARCHIVE_LAST_SNAPSHOT).flatMap(Scalars::date);
            Optional<LocalDate> next = status.equals("active") ? nextSnapshot(account) : Optional.empty();
            String name = Configuration.text(account, Field.NAME).orElse(account.file());
            List<String> cells = List.of(
                    name,
                    account.file(),
                    Configuration.text(account, Field.PLATFORM).orElse(""),
                    unit,
                    messages.format(STATUSES.get(status)),
                    Configuration.text(account, Field.ACTIVATED).orElse(""),
                    Configuration.text(account, Field.CLOSED).orElse(""),
                    decisionText,
                    decision.flatMap(d -> Configuration.text(d, "/retentionPeriod"))
                            .map(p -> period(p, messages))
                            .orElse(""),
                    Configuration.text(account, Field.MANAGEMENT_PLAN).orElse(""),
                    Configuration.text(account, Field.REGISTRATION_ROUTINE)
                            .map(t -> t.replaceAll("\\s+", " "))
                            .orElse(""),
                    Configuration.text(account, Field.ARCHIVE_METHOD)
                            .map(m -> METHODS.containsKey(m) ? messages.format(METHODS.get(m)) : m)
                            .orElse(""),
                    interval.map(p -> period(p, messages)).orElse(""),
                    Configuration.text(account, Field.ARCHIVE_DESTINATION).orElse(""),
                    last.map(Object::toString).orElse(""),
                    next.map(Object::toString).orElse(""));
            rows.add(new Row(unit, name, account.file(), cells));
        }
        Collator collator = Collator.getInstance(messages.locale());
        rows.sort(Comparator.comparing(Row::unit, collator)
                .thenComparing(Row::name, collator)
                .thenComparing(Row::file));
        return rows.stream().map(Row::cells).toList();
    }

    /** When the next snapshot is due: the last one (or the activation) plus the archiving interval. */
    static Optional<LocalDate> nextSnapshot(Document account) {
        Optional<Period> interval =
                Configuration.text(account, Field.ARCHIVE_INTERVAL).flatMap(Scalars::period);
        Optional<LocalDate> from = Configuration.text(account, Field.ARCHIVE_LAST_SNAPSHOT)
                .or(() -> Configuration.text(account, Field.ACTIVATED))
                .flatMap(Scalars::date);
        if (interval.isEmpty()
                || from.isEmpty()
                || interval.get().isZero()
                || interval.get().isNegative()) {
            return Optional.empty();
        }
        return Optional.of(from.get().plus(interval.get()));
    }

    /** The extract as CSV (RFC 4180) with headers in the chosen language. */
    public static String csv(List<List<String>> rows, Messages messages) {
        StringBuilder out =
                new StringBuilder(Csv.row(COLUMNS.stream().map(messages::format).toList()));
        rows.forEach(row -> out.append(Csv.row(row)));
        return out.toString();
    }

    /** The extract as a Markdown document with one table. */
    public static String markdown(List<List<String>> rows, Messages messages, String municipality, LocalDate date) {
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(cell(messages.format("register.records.title", municipality)))
                .append("\n\n");
        out.append(cell(messages.format("register.records.intro", date.toString())))
                .append("\n\n");
        out.append('|');
        COLUMNS.forEach(c -> out.append(' ').append(cell(messages.format(c))).append(" |"));
        out.append("\n|");
        COLUMNS.forEach(c -> out.append("---|"));
        out.append('\n');
        for (List<String> row : rows) {
            out.append('|');
            row.forEach(c -> out.append(' ').append(cell(c)).append(" |"));
            out.append('\n');
        }
        if (rows.isEmpty()) {
            out.append('\n').append(messages.format("register.records.none")).append('\n');
        }
        return out.toString();
    }

    /** A table cell's text: one line, with Markdown's and HTML's special characters escaped. */
    static String cell(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if ("\\`*_[]|<>~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** An ISO period with its meaning in words, such as {@code P6M (6 månader)}. */
    static String period(String iso, Messages messages) {
        Optional<Period> period = Scalars.period(iso);
        if (period.isEmpty()) {
            return iso;
        }
        List<String> parts = new ArrayList<>();
        int years = period.get().getYears();
        int months = period.get().getMonths();
        int days = period.get().getDays();
        if (years != 0) {
            parts.add(
                    years == 1
                            ? messages.format("register.period.year")
                            : messages.format("register.period.years", years));
        }
        if (months != 0) {
            parts.add(
                    months == 1
                            ? messages.format("register.period.month")
                            : messages.format("register.period.months", months));
        }
        if (days != 0) {
            parts.add(
                    days == 1 ? messages.format("register.period.day") : messages.format("register.period.days", days));
        }
        return parts.isEmpty() ? iso : iso + " (" + String.join(", ", parts) + ")";
    }

    private static String join(String title, String reference) {
        return reference.isEmpty() ? title : title + ", " + reference;
    }

    private record Row(String unit, String name, String file, List<String> cells) {}
}
