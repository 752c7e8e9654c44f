package io.github.somepolicy.rule.custom;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.JavaValues;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.rule.Source;
import io.github.somepolicy.rule.privacy.Redaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the declarative rules of a configuration's {@code somepolicy.yaml} ({@code customRules}): each
 * selects nodes of one file kind and applies one check function with options, with its own id,
 * severity and message in English and Swedish. Problems with a rule's declaration become
 * {@code policy-invalid} findings at their position; such a rule is left out.
 */
public final class CustomRules {

    /** The rule id of problems in the policy. */
    public static final String POLICY_RULE = "policy-invalid";

    /** The name every custom rule's check has in its metadata. */
    public static final String CHECK = "custom";

    private final List<RuleMetadata> rules = new ArrayList<>();
    private final Map<String, Check> checks = new LinkedHashMap<>();

    private CustomRules() {}

    /**
     * Reads the custom rules of a policy document.
     *
     * @param policy the user's policy, if any
     * @param taken the ids of the built-in rules, which a custom rule may not reuse
     * @param violations receives problems with the declarations
     */
    public static CustomRules read(Optional<Document> policy, Set<String> taken, List<Violation> violations) {
        CustomRules result = new CustomRules();
        Optional<Node> list = policy.flatMap(p -> p.root().get("customRules"));
        if (list.isEmpty() || !(list.get() instanceof Node.Sequence sequence)) {
            return result;
        }
        String file = policy.get().file();
        for (Node item : sequence.items()) {
            Optional<String> id = item.at("/id").flatMap(Node::text);
            Optional<FileKind> kind = item.at("/kind").flatMap(Node::text).flatMap(FileKind::fromId);
            Optional<String> select = item.at("/select").flatMap(Node::text);
            Optional<CheckFunction> function =
                    item.at("/check").flatMap(Node::text).flatMap(CheckFunction::fromId);
            Optional<String> en = item.at("/message/en").flatMap(Node::text);
            Optional<String> sv = item.at("/message/sv").flatMap(Node::text);
            if (id.isEmpty()
                    || kind.isEmpty()
                    || select.isEmpty()
                    || function.isEmpty()
                    || en.isEmpty()
                    || sv.isEmpty()) {
                continue; // the schema reports what is missing or wrong
            }
            if (taken.contains(id.get()) || result.checks.containsKey(id.get())) {
                violations.add(Violation.of(
                        POLICY_RULE, item.at("/id").orElseThrow().location(), "policy.custom.id-taken", id.get()));
                continue;
            }
            if (!Selector.valid(select.get())) {
                violations.add(Violation.of(
                        POLICY_RULE,
                        item.at("/select").orElseThrow().location(),
                        "policy.custom.select",
                        select.get()));
                continue;
            }
            Map<String, Object> options = new LinkedHashMap<>();
            Optional<Node> optionsNode = item.at("/options");
            optionsNode.ifPresent(node -> {
                if (JavaValues.of(node) instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> options.put(String.valueOf(k), v));
                }
            });
            Optional<String> problem = function.get().optionProblem(options);
            if (problem.isPresent()) {
                violations.add(Violation.of(
                        POLICY_RULE,
                        optionsNode.orElse(item).location(),
                        "policy.custom.options",
                        id.get(),
                        function.get().id(),
                        problem.get()));
                continue;
            }
            Severity severity = item.at("/severity")
                    .flatMap(Node::text)
                    .flatMap(Severity::fromId)
                    .orElse(Severity.ERROR);
            result.rules.add(new RuleMetadata(
                    id.get(),
                    CHECK,
                    Set.of(kind.get()),
                    severity,
                    "communications",
                    List.of(),
                    List.of(new Source(file, "customRules")),
                    Map.of(),
                    false,
                    RuleMetadata.CUSTOM_RULES_HELP,
                    titles(item, id.get())));
            result.checks.put(
                    id.get(), new CustomCheck(new Selector(select.get()), function.get(), options, en.get(), sv.get()));
        }
        return result;
    }

    /** The declaration's title in English and Swedish; its id where it has none. */
    private static Map<String, String> titles(Node item, String id) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String language : List.of("en", "sv")) {
            titles.put(
                    language,
                    item.at("/title/" + language)
                            .flatMap(Node::text)
                            .filter(text -> !text.isBlank())
                            .map(String::strip)
                            .map(Redaction::redact)
                            .orElse(id));
        }
        return titles;
    }

    /** The rules, in the order they are declared. */
    public List<RuleMetadata> rules() {
        return List.copyOf(rules);
    }

    /** The check of each rule, by rule id. */
    public Map<String, Check> checks() {
        return Map.copyOf(checks);
    }
}
