package io.github.somepolicy.register;

import io.github.somepolicy.register.PublicRegister.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The register as CSV for a web publishing system: one row per listed account, with a header of fixed
 * English column names so that an import keeps working whatever the language of the pages.
 */
public final class RegisterCsv {

    /** The column names, in order. */
    public static final List<String> COLUMNS = List.of(
            "status",
            "name",
            "platform",
            "platform_name",
            "handle",
            "url",
            "unit_id",
            "unit",
            "purpose",
            "contact_email",
            "contact_phone",
            "contact_url",
            "activated",
            "closed");

    private RegisterCsv() {}

    /** The register as CSV text. */
    public static String write(PublicRegister register) {
        StringBuilder out = new StringBuilder(Csv.row(COLUMNS));
        register.active().forEach(a -> out.append(Csv.row(row(a, "active"))));
        register.recentlyClosed().forEach(a -> out.append(Csv.row(row(a, "closed"))));
        return out.toString();
    }

    private static List<String> row(Account account, String status) {
        List<String> row = new ArrayList<>();
        row.add(status);
        row.add(account.name());
        row.add(account.platform());
        row.add(account.platformName());
        row.add(or(account.handle()));
        row.add(or(account.url()));
        row.add(account.unit().id());
        row.add(account.unit().name());
        row.add(or(account.purpose()));
        row.add(or(account.unit().contact().email()));
        row.add(or(account.unit().contact().phone()));
        row.add(or(account.unit().contact().url()));
        row.add(or(account.activated().map(Object::toString)));
        row.add(or(account.closed().map(Object::toString)));
        return row;
    }

    private static String or(Optional<String> value) {
        return value.orElse("");
    }
}
