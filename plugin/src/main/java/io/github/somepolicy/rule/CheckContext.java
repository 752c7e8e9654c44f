package io.github.somepolicy.rule;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Organisation;
import io.github.somepolicy.model.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check sees: the document, the configuration it belongs to, the build's date and its parameters.
 *
 * @param ruleId the id of the rule being checked
 * @param document the document under check
 * @param configuration the configuration as a whole, for cross-file rules
 * @param today the build's date
 * @param parameters the rule's parameters: the catalogue's defaults, then the profiles', then the user's
 * @param settings the policy's settings (planning window, due-soon days, extra notice phrases)
 */
public record CheckContext(
        String ruleId,
        Document document,
        ConfigurationView configuration,
        LocalDate today,
        Map<String, Object> parameters,
        RunSettings settings) {

    public CheckContext {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(today, "today");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(settings, "settings");
    }

    /** The bundle key of the rule's main message. */
    public String messageKey() {
        return "rule." + ruleId + ".message";
    }

    /** The bundle key of a variant of the rule's message, one the check names in its variants. */
    public String messageKey(String variant) {
        return messageKey() + "." + variant;
    }

    /** A violation of this rule at a node. */
    public Violation violation(Location location, String messageKey, Object... args) {
        return new Violation(ruleId, location, List.of(), Message.of(messageKey, args));
    }

    /** A violation of this rule at a node, with related places. */
    public Violation violation(Location location, List<Location> related, String messageKey, Object... args) {
        return new Violation(ruleId, location, related, Message.of(messageKey, args));
    }

    /** The node at a pointer of the document. */
    public Optional<Node> at(String pointer) {
        return document.root().at(pointer);
    }

    /** The node of a field of the account under check. */
    public Optional<Node> at(Account.Field field) {
        return account().node(field);
    }

    /** The node of a field of the organisation under check. */
    public Optional<Node> at(Organisation.Field field) {
        return Organisation.of(document).node(field);
    }

    /** The document under check as an account. */
    public Account account() {
        return Account.of(document);
    }

    /** An integer parameter, or a default. */
    public int intParameter(String name, int defaultValue) {
        Object value = parameters.get(name);
        return value instanceof Number number ? number.intValue() : defaultValue;
    }

    /** A text parameter, or a default. */
    public String stringParameter(String name, String defaultValue) {
        Object value = parameters.get(name);
        return value instanceof String text ? text : defaultValue;
    }

    /** A boolean parameter, or a default. */
    public boolean booleanParameter(String name, boolean defaultValue) {
        Object value = parameters.get(name);
        return value instanceof Boolean flag ? flag : defaultValue;
    }

    /** A list-of-text parameter, or an empty list. */
    public List<String> stringListParameter(String name) {
        Object value = parameters.get(name);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /**
     * Whether an account is one the rule looks at: its status is among the parameter {@code statuses}
     * (or, without it, the given defaults; a status left out counts as {@code active}), and it is not
     * a link to an elected official's own account, which is not the municipality's.
     */
    public boolean inScope(String... defaultStatuses) {
        List<String> statuses = stringListParameter("statuses");
        Account account = account();
        return (statuses.isEmpty() ? List.of(defaultStatuses) : statuses).contains(account.status())
                && !account.electedOfficial();
    }

    /** The organisation document, when the configuration has one. */
    public Optional<Document> organisation() {
        return configuration.organisation();
    }

    /** The organisation document as its typed view, when the configuration has one. */
    public Optional<Organisation> organisationView() {
        return organisation().map(Organisation::of);
    }

    /** The municipality's name from the organisation document. */
    public Optional<String> municipalityName() {
        return organisationView().flatMap(Organisation::municipalityName);
    }

    /** The account's platform capabilities (for an account document). */
    public Platforms.Capabilities platform() {
        return Platforms.of(account().platform());
    }
}
