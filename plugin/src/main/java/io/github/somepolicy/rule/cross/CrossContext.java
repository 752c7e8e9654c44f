package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.RunSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a check across accounts sees: the index of every account, the people in it, the departures the
 * organisation records, the build's date and the rule's parameters.
 *
 * @param ruleId the id of the rule being checked
 * @param accounts the index entries of every account, in file order
 * @param people the people named in them
 * @param departures the departures recorded in {@code organisation.yaml}
 * @param today the build's date
 * @param parameters the rule's parameters: the catalogue's defaults, then the profiles', then the user's
 * @param settings the policy's settings (planning window)
 */
public record CrossContext(
        String ruleId,
        List<AccountEntry> accounts,
        People people,
        List<Departure> departures,
        LocalDate today,
        Map<String, Object> parameters,
        RunSettings settings) {

    public CrossContext {
        Objects.requireNonNull(ruleId, "ruleId");
        accounts = List.copyOf(accounts);
        Objects.requireNonNull(people, "people");
        departures = List.copyOf(departures);
        Objects.requireNonNull(today, "today");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(settings, "settings");
    }

    /** The bundle key of a variant of the rule's message, or of the main message for {@code ""}. */
    public String messageKey(String variant) {
        return "rule." + ruleId + ".message" + (variant.isEmpty() ? "" : "." + variant);
    }

    /** A violation of this rule. */
    public Violation violation(Location location, List<Location> related, String variant, Object... args) {
        return new Violation(ruleId, location, related, Message.of(messageKey(variant), args));
    }

    /** An integer parameter, or a default. */
    public int intParameter(String name, int defaultValue) {
        Object value = parameters.get(name);
        return value instanceof Number number ? number.intValue() : defaultValue;
    }

    /** A boolean parameter, or a default. */
    public boolean booleanParameter(String name, boolean defaultValue) {
        Object value = parameters.get(name);
        return value instanceof Boolean flag ? flag : defaultValue;
    }

    /**
     * Whether a rule looks at an account: its status is among the parameter {@code statuses} (or the
     * defaults), and it is not a link to an elected official's own account.
     */
    public boolean inScope(AccountEntry account, String... defaultStatuses) {
        Object value = parameters.get("statuses");
        List<?> statuses = value instanceof List<?> list ? list : List.of(defaultStatuses);
        return statuses.contains(account.status()) && !account.electedOfficial();
    }

    /** A list of account files for a message: at most {@code limit}, then how many more. */
    static String files(List<String> files, int limit) {
        if (files.size() <= limit) {
            return String.join(", ", files);
        }
        return String.join(", ", files.subList(0, limit)) + " (+" + (files.size() - limit) + ")";
    }
}
