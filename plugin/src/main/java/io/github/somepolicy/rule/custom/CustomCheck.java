package io.github.somepolicy.rule.custom;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One custom rule: the nodes its selector picks, the check function applied to each, and the
 * municipality's own message. In the message, {@code {path}} stands for the place and {@code {value}}
 * for the value found.
 */
final class CustomCheck implements Check {

    private static final int MAX_VALUE_SHOWN = 80;

    private final Selector selector;
    private final CheckFunction function;
    private final Map<String, Object> options;
    private final String messageEn;
    private final String messageSv;

    CustomCheck(Selector selector, CheckFunction function, Map<String, Object> options, String en, String sv) {
        this.selector = selector;
        this.function = function;
        this.options = Map.copyOf(options);
        this.messageEn = en;
        this.messageSv = sv;
    }

    @Override
    public List<Violation> check(CheckContext context) {
        List<Violation> violations = new ArrayList<>();
        for (Selector.Match match : selector.select(context.document().root())) {
            if (function.passes(match.value(), options, context.today())) {
                continue;
            }
            Location at = match.value().map(Node::location).orElseGet(() -> match.parent()
                    .location());
            String path =
                    at.pointer().isEmpty() ? match.parent().location().pointer() + "/" + match.name() : at.pointer();
            String value = match.value().flatMap(Node::text).orElse("");
            if (value.length() > MAX_VALUE_SHOWN) {
                value = value.substring(0, MAX_VALUE_SHOWN) + "…";
            }
            violations.add(new Violation(
                    context.ruleId(),
                    at,
                    List.of(),
                    Message.of("custom.text", fill(messageEn, path, value), fill(messageSv, path, value))));
        }
        return violations;
    }

    private static String fill(String template, String path, String value) {
        return template.replace("{path}", path).replace("{value}", value);
    }
}
