package io.github.somepolicy.docs;

import io.github.somepolicy.engine.EffectivePolicy;
import io.github.somepolicy.engine.EffectiveRule;
import io.github.somepolicy.engine.Profiles;
import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.rule.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule documentation, generated from the catalogue, the message bundles and the built-in profiles:
 * a page {@code <id>.md} per rule (the name {@link RuleMetadata#helpUri()} points to) and an index
 * {@code README.md}. The output depends on nothing but that data, so that it can be kept in the
 * repository and compared.
 */
public final class RuleDocs {

    /** The name of the index page. */
    public static final String INDEX = "README.md";

    private static final String GENERATED =
            "<!-- Generated from the rule catalogue, the message bundles and the built-in"
                    + " profiles: do not edit by hand. To regenerate, run the plugin's tests with"
                    + " -Dsomepolicy.updateDocs=true. -->\n";
    private static final String NONE = "–";
    private static final String MISSING = "(missing)";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final String EXAMPLE_ACCOUNT = "accounts/kommunikation/facebook-exempelby.yaml";

    private final Catalogue catalogue;
    private final Map<String, EffectivePolicy> profiles;
    private final Map<String, String> areas;
    private final Messages english = Messages.of(Locale.ENGLISH);
    private final Messages swedish = Messages.of(Locale.forLanguageTag("sv"));

    private RuleDocs(Catalogue catalogue, Map<String, EffectivePolicy> profiles, Map<String, String> areas) {
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.areas = areas;
    }

    /** The documentation of the built-in catalogue under the built-in profiles. */
    public static RuleDocs builtIn() {
        Profiles builtIn = Profiles.builtIn();
        Map<String, EffectivePolicy> profiles = new LinkedHashMap<>();
        for (String name : Profiles.names()) {
            try {
                profiles.put(name, builtIn.profile(name));
            } catch (SomepolicyException e) {
                throw new IllegalStateException("a built-in profile cannot be read: " + name, e);
            }
        }
        return new RuleDocs(Catalogue.builtIn(), profiles, CatalogueAreas.read());
    }

    /** Every generated file by its name in the documentation directory, sorted by name. */
    public SortedMap<String, String> files() {
        SortedMap<String, String> files = new TreeMap<>();
        files.put(INDEX, index());
        for (RuleMetadata rule : catalogue.rules()) {
            files.put(fileName(rule), page(rule));
        }
        return Collections.unmodifiableSortedMap(files);
    }

    /** The file name of a rule's page: the last segment of its help address. */
    public static String fileName(RuleMetadata rule) {
        String uri = rule.helpUri();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /**
     * How a documentation directory differs from what is generated now.
     *
     * @param directory the directory, such as {@code docs/rules}
     * @return one line per file that is missing, different or extra; empty when it is up to date
     */
    public List<String> differences(Path directory) throws IOException {
        List<String> differences = new ArrayList<>();
        SortedMap<String, String> files = files();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = directory.resolve(file.getKey());
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                differences.add("missing: " + file.getKey());
            } else if (!read(path).equals(file.getValue())) {
                differences.add("differs: " + file.getKey());
            }
        }
        for (String name : existing(directory)) {
            if (!files.containsKey(name)) {
                differences.add("extra: " + name);
            }
        }
        return differences;
    }

    /**
     * Writes the documentation into a directory: every generated file that differs, and removes the
     * files the documentation no longer has.
     *
     * @param directory the directory, such as {@code docs/rules}; created when missing
     */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        SortedMap<String, String> files = files();
        for (String name : existing(directory)) {
            Path path = directory.resolve(name);
            if (!files.containsKey(name) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(path);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = directory.resolve(file.getKey());
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    || !read(path).equals(file.getValue())) {
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /** A file's text as written, with line breaks as {@code \n} whatever a checkout made of them. */
    private static String read(Path path) throws IOException {
        return new String(Files.readAllBytes(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static List<String> existing(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // The index.

    private String index() {
        StringBuilder out = new StringBuilder(GENERATED);
        out.append("\n# Rules\n\n");
        out.append("Every built-in rule, by area of the catalogue. The severity columns show what each built-in"
                + " profile makes of the rule; `off` means the rule does not run. A configuration's own"
                + " `somepolicy.yaml` can change each of them (see a rule's page), and the `somepolicy:rules` goal"
                + " lists the rules in force for a configuration or a profile.\n");
        List<String> columns = new ArrayList<>(List.of("id", "title", "requirements", "default"));
        columns.addAll(profiles.keySet());
        for (String area : Catalogue.AREAS) {
            out.append("\n## ").append(area).append("\n\n");
            List<RuleMetadata> rules = catalogue.rules().stream()
                    .filter(rule -> area.equals(areas.get(rule.id())))
                    .toList();
            if (rules.isEmpty()) {
                out.append("No rules in this area.\n");
                continue;
            }
            out.append(Markdown.header(columns));
            for (RuleMetadata rule : rules) {
                List<String> cells = new ArrayList<>(List.of(
                        Markdown.ruleLink(rule.id()),
                        title(english, rule),
                        requirements(rule),
                        rule.defaultSeverity().id()));
                profiles.values()
                        .forEach(policy -> cells.add(policy.rule(rule.id())
                                .map(EffectiveRule::severityId)
                                .orElse("off")));
                out.append(Markdown.row(cells));
            }
        }
        List<RuleMetadata> unplaced = catalogue.rules().stream()
                .filter(rule -> !Catalogue.AREAS.contains(areas.get(rule.id())))
                .toList();
        if (!unplaced.isEmpty()) {
            out.append("\n## other\n\n").append(Markdown.header(List.of("id", "title")));
            unplaced.forEach(
                    rule -> out.append(Markdown.row(List.of(Markdown.ruleLink(rule.id()), title(english, rule)))));
        }
        out.append("\n## Requirements\n\n");
        out.append("The requirements the rules serve, and those no rule can check from the configuration alone,"
                + " with the reason.\n\n");
        out.append(Markdown.header(List.of("requirement", "rules", "not statically checkable")));
        Map<String, List<String>> byRequirement = new TreeMap<>(RuleDocs::compareRequirements);
        for (RuleMetadata rule : catalogue.rules()) {
            for (String requirement : rule.requirements()) {
                byRequirement
                        .computeIfAbsent(requirement, k -> new ArrayList<>())
                        .add(rule.id());
            }
        }
        catalogue.exclusions().values().forEach(exclusion -> {
            List<String> ids = byRequirement.computeIfAbsent(exclusion.requirement(), k -> new ArrayList<>());
            exclusion.coveredBy().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        });
        byRequirement.forEach((requirement, ids) -> {
            Catalogue.Exclusion exclusion = catalogue.exclusions().get(requirement);
            String links =
                    String.join(", ", ids.stream().map(Markdown::ruleLink).toList());
            String reason = exclusion == null
                    ? ""
                    : Markdown.text(exclusion.reasonEn()) + " *Svenska:* " + Markdown.text(exclusion.reasonSv());
            out.append(Markdown.row(List.of(Markdown.text(requirement), links.isEmpty() ? NONE : links, reason)));
        });
        return out.toString();
    }

    /** Orders requirement numbers such as {@code R-2} before {@code R-10}; others by text. */
    static int compareRequirements(String a, String b) {
        int byNumber = Long.compare(number(a), number(b));
        return byNumber != 0 ? byNumber : a.compareTo(b);
    }

    private static long number(String requirement) {
        String digits = requirement.replaceAll("^\\D*", "").replaceAll("\\D.*$", "");
        return digits.isEmpty() || digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    // A rule's page.

    private String page(RuleMetadata rule) {
        StringBuilder out = new StringBuilder(GENERATED);
        out.append("\n# ")
                .append(rule.id())
                .append(": ")
                .append(title(english, rule))
                .append("\n\n");
        out.append("*Svenska:* ").append(title(swedish, rule)).append("\n\n");
        out.append(Markdown.header(List.of("", "")));
        out.append(Markdown.row(List.of("id", Markdown.code(rule.id()))));
        out.append(
                Markdown.row(List.of("default severity", rule.defaultSeverity().id())));
        out.append(Markdown.row(List.of("applies to", appliesTo(rule))));
        String area = areas.getOrDefault(rule.id(), NONE);
        out.append(Markdown.row(List.of("area", area + " (review area: " + Markdown.text(rule.area()) + ")")));
        out.append(Markdown.row(List.of("requirements", requirements(rule))));
        out.append(Markdown.row(
                List.of("check", rule.check().equals("builtin") ? "the engine's own" : Markdown.code(rule.check()))));
        out.append("\n[All rules](" + INDEX + ")\n");

        out.append("\n## Rationale\n\n");
        out.append(text(english, rule.rationaleKey())).append("\n\n");
        out.append("*Svenska:* ").append(text(swedish, rule.rationaleKey())).append("\n");

        out.append("\n## What it reports\n\n");
        messages(out, rule);

        String accepted =
                io.github.somepolicy.rule.notice.NoticeConcepts.builtIn().ruleSection(rule.id());
        if (!accepted.isEmpty()) {
            out.append("\n## What counts\n\n").append(accepted);
        }

        out.append("\n## Parameters\n\n");
        parameters(out, rule);

        out.append("\n## In the built-in profiles\n\n");
        out.append(Markdown.header(List.of("profile", "severity", "parameters")));
        profiles.forEach((name, policy) -> policy.rule(rule.id()).ifPresent(effective -> {
            String parameters;
            if (rule.parameters().isEmpty() && effective.parameters().isEmpty()) {
                parameters = NONE;
            } else if (effective.nonDefaultParameters().isEmpty()) {
                parameters = "the defaults";
            } else {
                List<String> values = new ArrayList<>();
                effective
                        .nonDefaultParameters()
                        .forEach((key, value) -> values.add(Markdown.code(key + ": " + EffectiveRule.yaml(value))));
                parameters = String.join("<br>", values);
            }
            out.append(Markdown.row(List.of(name, effective.severityId(), parameters)));
        }));

        out.append("\n## Sources\n\n");
        for (Source source : rule.sources()) {
            out.append("- ").append(SourceDocuments.describe(source)).append('\n');
        }
        if (rule.sources().isEmpty()) {
            out.append(NONE).append('\n');
        }

        out.append("\n## Changing it in somepolicy.yaml\n\n");
        examples(out, rule);
        return out.toString();
    }

    private String appliesTo(RuleMetadata rule) {
        String kinds;
        if (rule.appliesTo().isEmpty()) {
            kinds = "every file the run reads, as a file";
        } else if (rule.appliesTo().size() == FileKind.values().length) {
            kinds = "every kind of file";
        } else {
            kinds = String.join(
                            ", ",
                            rule.appliesTo().stream()
                                    .map(kind -> Markdown.code("kind: " + kind.id()))
                                    .toList())
                    + " files";
        }
        return rule.visitorContent() ? kinds + ", on platforms where visitors can post on the account's page" : kinds;
    }

    private void messages(StringBuilder out, RuleMetadata rule) {
        List<String> keys = new ArrayList<>();
        if (english.has(rule.messageKey())) {
            keys.add(rule.messageKey());
        }
        keys.addAll(variantKeys(rule));
        if (keys.isEmpty()) {
            out.append("The engine reports this rule with its own messages, one for each kind of problem; they"
                    + " are described in [docs/errors.md](../errors.md).\n");
            return;
        }
        out.append("Each finding carries one of these messages. A placeholder such as `{0}` is filled in with what"
                + " the finding is about (a value, a key, a date or a period from the configuration) when it is"
                + " reported.\n\n");
        out.append(Markdown.header(List.of("message", "placeholders", "English", "Svenska")));
        for (String key : keys) {
            String name = key.equals(rule.messageKey())
                    ? "main"
                    : Markdown.code(key.substring(rule.messageKey().length() + 1));
            TreeSet<Integer> placeholders = new TreeSet<>();
            placeholders(raw(Locale.ENGLISH, key), placeholders);
            placeholders(raw(Locale.forLanguageTag("sv"), key), placeholders);
            String listed = placeholders.isEmpty()
                    ? NONE
                    : String.join(
                            " ",
                            placeholders.stream()
                                    .map(i -> Markdown.code("{" + i + "}"))
                                    .toList());
            out.append(Markdown.row(List.of(name, listed, message(english, key), message(swedish, key))));
        }
    }

    /** The message variants of a rule: the keys {@code rule.<id>.message.<variant>} of the bundles, sorted. */
    private static List<String> variantKeys(RuleMetadata rule) {
        String prefix = rule.messageKey() + ".";
        TreeSet<String> keys = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            for (String key : bundle(bundle, Locale.ENGLISH).keySet()) {
                if (key.startsWith(prefix)) {
                    keys.add(key);
                }
            }
        }
        return List.copyOf(keys);
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(
                name, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The pattern of a key as written in the bundle, or empty. */
    private static String raw(Locale locale, String key) {
        for (String name : Messages.BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return "";
    }

    private static void placeholders(String pattern, TreeSet<Integer> into) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            into.add(Integer.parseInt(matcher.group(1)));
        }
    }

    private void parameters(StringBuilder out, RuleMetadata rule) {
        if (rule.parameters().isEmpty()) {
            out.append("This rule has no parameters.\n");
            return;
        }
        boolean described = rule.parameters().values().stream()
                .anyMatch(schema -> schema.containsKey("description") || schema.containsKey("title"));
        List<String> columns = new ArrayList<>(List.of("name", "type", "default", "allowed values"));
        if (described) {
            columns.add("meaning");
        }
        out.append(Markdown.header(columns));
        rule.parameters().forEach((name, schema) -> {
            List<String> cells = new ArrayList<>(List.of(
                    Markdown.code(name),
                    ParameterSchemas.type(schema),
                    schema.containsKey("default") ? Markdown.code(EffectiveRule.yaml(schema.get("default"))) : NONE,
                    ParameterSchemas.allowed(schema)));
            if (described) {
                Object meaning = schema.getOrDefault("description", schema.get("title"));
                cells.add(meaning == null ? "" : Markdown.text(String.valueOf(meaning)));
            }
            out.append(Markdown.row(cells));
        });
    }

    private void examples(StringBuilder out, RuleMetadata rule) {
        String id = rule.id();
        Severity other = rule.defaultSeverity() == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
        out.append("Rules are set under `rules:` in the configuration's `somepolicy.yaml`, over the profile it extends."
                + " A rule that is off in that profile is turned on by giving it a severity.\n\n");
        out.append("Turn it off:\n\n```yaml\nrules:\n  ").append(id).append(": off\n```\n\n");
        out.append("Change its severity (`error`, `warning` or `note`):\n\n```yaml\nrules:\n  ")
                .append(id)
                .append(": ")
                .append(other.id())
                .append("\n```\n\n");
        if (!rule.parameters().isEmpty()) {
            // The first parameter whose example differs from its default shows a change best.
            Map.Entry<String, Map<String, Object>> first = rule.parameters().entrySet().stream()
                    .filter(p -> !Objects.equals(
                            ParameterSchemas.example(p.getValue()), p.getValue().get("default")))
                    .findFirst()
                    .orElse(rule.parameters().entrySet().iterator().next());
            Object example = ParameterSchemas.example(first.getValue());
            out.append("Set a parameter (the others keep their values; without `severity:` the profile's"
                            + " severity stays):\n\n```yaml\nrules:\n  ")
                    .append(id)
                    .append(":\n    severity: ")
                    .append(rule.defaultSeverity().id())
                    .append("\n    parameters:\n      ")
                    .append(first.getKey())
                    .append(": ")
                    .append(EffectiveRule.yaml(example));
            if (first.getValue().containsKey("default")
                    && !Objects.equals(example, first.getValue().get("default"))) {
                out.append("   # default: ")
                        .append(EffectiveRule.yaml(first.getValue().get("default")));
            }
            out.append("\n```\n\n");
        }
        out.append("Waive it for one file, for a limited time, with a recorded decision:\n\n```yaml\nwaivers:\n")
                .append("  - rule: ")
                .append(id)
                .append("\n    target: ")
                .append(waiverTarget(rule))
                .append("\n    reason: Ny rutin beslutas under hösten\n")
                .append("    decisionReference: KS 2026/233\n")
                .append("    approvedBy: Karin Berg, kommunikationschef\n")
                .append("    expires: 2026-12-31\n```\n");
    }

    private static String waiverTarget(RuleMetadata rule) {
        if (rule.appliesTo().isEmpty() || rule.appliesTo().contains(FileKind.ACCOUNT)) {
            return EXAMPLE_ACCOUNT;
        }
        if (rule.appliesTo().contains(FileKind.ORGANISATION)) {
            return "organisation.yaml";
        }
        return "somepolicy.yaml";
    }

    private static String requirements(RuleMetadata rule) {
        return rule.requirements().isEmpty() ? NONE : Markdown.text(String.join(", ", rule.requirements()));
    }

    private static String title(Messages messages, RuleMetadata rule) {
        return text(messages, rule.titleKey());
    }

    private static String text(Messages messages, String key) {
        return messages.has(key) ? Markdown.text(messages.format(key)) : MISSING;
    }

    /** A message pattern as the finding shows it, its placeholders set as code. */
    private static String message(Messages messages, String key) {
        return messages.has(key) ? Markdown.message(messages.format(key)) : MISSING;
    }
}
