package io.github.somepolicy.rule;

import io.github.somepolicy.model.FileKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a rule is, as data: its stable id, its check, its default severity and where it comes from.
 * Title, message and rationale live in the message bundles under {@code rule.<id>.*}.
 *
 * @param id the stable kebab-case id
 * @param check the name of the check in the {@link io.github.somepolicy.rule.check.BuiltInChecks}, or {@code builtin} for the engine's own
 * @param appliesTo the kinds of file it checks (in the catalogue: one kind, or {@code any}); empty for the
 *     engine's rules about files as such
 * @param defaultSeverity the severity unless a profile or the user says otherwise
 * @param area the review area ({@code communications}, {@code archivist}, {@code data-protection})
 * @param requirements the requirement numbers it serves
 * @param sources the documents or laws it comes from
 * @param parameters the rule's parameters by name, each a JSON Schema fragment with its {@code default}
 * @param visitorContent whether the rule is about what visitors post, so that it applies only on
 *     platforms where visitors can post on the account's own page
 * @param helpUri the address of the rule's documentation page: for the built-in rules their page under
 *     {@link #DOCS_BASE}, for a rule pack's rules the page its pack names
 * @param titles the title by language ({@code en}, {@code sv}) for a rule whose texts are not in a message
 *     bundle, such as a configuration's custom rule; empty for the others
 * @param baseline whether the {@code baseline} profile has the rule on, and why
 */
public record RuleMetadata(
        String id,
        String check,
        Set<FileKind> appliesTo,
        Severity defaultSeverity,
        String area,
        List<String> requirements,
        List<Source> sources,
        Map<String, Map<String, Object>> parameters,
        boolean visitorContent,
        String helpUri,
        Map<String, String> titles,
        Baseline baseline) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The address of the rule's documentation page. */
    public static final String DOCS_BASE = "https://somepolicy.github.io/docs/rules/";

    /** The documentation of the configuration's own custom rules. */
    public static final String CUSTOM_RULES_HELP = "https://somepolicy.github.io/docs/format.md#custom-rules";

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule ids are kebab-case: " + id);
        }
        Objects.requireNonNull(check, "check");
        appliesTo = appliesTo.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(appliesTo));
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(area, "area");
        requirements = List.copyOf(requirements);
        sources = List.copyOf(sources);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        Objects.requireNonNull(helpUri, "helpUri");
        titles = Map.copyOf(titles);
        Objects.requireNonNull(baseline, "baseline");
    }

    /** A rule that does not say whether the baseline has it on, and so has it on. */
    public RuleMetadata(
            String id,
            String check,
            Set<FileKind> appliesTo,
            Severity defaultSeverity,
            String area,
            List<String> requirements,
            List<Source> sources,
            Map<String, Map<String, Object>> parameters,
            boolean visitorContent,
            String helpUri,
            Map<String, String> titles) {
        this(
                id,
                check,
                appliesTo,
                defaultSeverity,
                area,
                requirements,
                sources,
                parameters,
                visitorContent,
                helpUri,
                titles,
                Baseline.ON);
    }

    /**
     * The title written in the rule itself, in a language or else in English, for a rule whose texts are
     * not in a message bundle; empty for the others.
     */
    public Optional<String> literalTitle(String language) {
        String title = titles.get(language);
        return Optional.ofNullable(title != null ? title : titles.get("en"));
    }

    /** Whether a text is a valid rule id: kebab-case, lower-case letters and digits. */
    public static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    /** The documentation page of a built-in rule. */
    public static String builtInHelpUri(String id) {
        return DOCS_BASE + id + ".md";
    }

    /** The same rule with another check, such as a rule pack's check under its qualified name. */
    public RuleMetadata withCheck(String otherCheck) {
        return new RuleMetadata(
                id,
                otherCheck,
                appliesTo,
                defaultSeverity,
                area,
                requirements,
                sources,
                parameters,
                visitorContent,
                helpUri,
                titles,
                baseline);
    }

    /** The default values of the parameters. */
    public Map<String, Object> parameterDefaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        parameters.forEach((name, schema) -> {
            Object value = schema.get("default");
            if (value != null) {
                defaults.put(name, value);
            }
        });
        return defaults;
    }

    /** The bundle key of the rule's title. */
    public String titleKey() {
        return "rule." + id + ".title";
    }

    /** The bundle key of the rule's rationale. */
    public String rationaleKey() {
        return "rule." + id + ".rationale";
    }

    /** The bundle key of the rule's main message. */
    public String messageKey() {
        return "rule." + id + ".message";
    }
}
