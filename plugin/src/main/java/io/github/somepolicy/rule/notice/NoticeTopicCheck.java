package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A notice rule that looks for phrases: one topic (such as that posts become public records), or a list
 * of items checked one by one (such as each kind of content that must not be posted). A topic or item is
 * covered when one of its built-in phrases, or of the phrases the policy adds under the same key, occurs
 * in the notice; some items are also covered by a pattern, such as an e-mail address for a way to get in
 * touch. Each missing topic or item is one finding at the notice, naming a few of the phrases looked for.
 *
 * <p>A rule with items has the parameter {@code items}, the item ids to check (all when it is not set; none
 * when it is an empty list). An item the
 * check knows a message variant for is reported with it; the others with the rule's main message, whose
 * second argument names the item as a term of the bundle ({@code term.<rule id>.<item>}).
 */
final class NoticeTopicCheck extends NoticeCheck {

    private final String ruleId;
    private final List<String> items;
    private final Set<String> variantItems;
    private final Map<String, List<Pattern>> patterns;
    private final NoticePhrases phrases;

    /**
     * A check for one rule.
     *
     * @param ruleId the rule id, which is also the key of its phrases
     * @param variantItems the items reported with a message variant of their own
     * @param patterns patterns that also cover an item, by item id, matched against the normalised text
     * @param phrases the built-in phrases
     */
    NoticeTopicCheck(
            String ruleId, List<String> variantItems, Map<String, List<Pattern>> patterns, NoticePhrases phrases) {
        this.ruleId = ruleId;
        this.items = phrases.items(ruleId);
        this.variantItems = new LinkedHashSet<>(variantItems);
        this.patterns = Map.copyOf(patterns);
        this.phrases = phrases;
        if (!this.items.containsAll(this.variantItems)) {
            throw new IllegalStateException("unknown items among " + variantItems + " of " + ruleId);
        }
    }

    @Override
    List<Violation> check(CheckContext context, NoticeText.Reading reading) {
        if (!(reading instanceof NoticeText.Found found)) {
            return List.of();
        }
        if (items.isEmpty()) {
            return covered(ruleId, ruleId, found, context)
                    ? List.of()
                    : List.of(context.violation(
                            found.at(), context.messageKey(), phrases.lookedFor(ruleId, context.settings())));
        }
        boolean chosen = context.parameters().get("items") instanceof List<?>;
        List<String> wanted = context.stringListParameter("items");
        List<Violation> violations = new ArrayList<>();
        for (String item : items) {
            if (chosen && !wanted.contains(item)) {
                continue;
            }
            String key = NoticePhrases.key(ruleId, item);
            if (covered(key, item, found, context)) {
                continue;
            }
            String lookedFor = phrases.lookedFor(key, context.settings());
            violations.add(
                    variantItems.contains(item)
                            ? context.violation(found.at(), context.messageKey(item), lookedFor)
                            : context.violation(found.at(), context.messageKey(), lookedFor, "term." + key));
        }
        return violations;
    }

    private boolean covered(String key, String item, NoticeText.Found found, CheckContext context) {
        String text = found.text();
        List<String> wanted = phrases.phrases(key, context.settings());
        Phrases compiled = compiled(wanted);
        // A phrase in the shared file is in every notice made of it: looked for once per run.
        if (!found.fileText().isEmpty()
                && context.configuration()
                        .shared(new InFile(found.fileText(), wanted), in -> compiled.foundIn(in.fileText()))) {
            return true;
        }
        if (compiled.foundIn(text)) {
            return true;
        }
        for (Pattern pattern : patterns.getOrDefault(item, List.of())) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The key of whether phrases occur in a notice file's text, among the values a run shares. */
    private record InFile(String fileText, List<String> phrases) {}

    @Override
    public List<String> messageVariants() {
        return List.copyOf(variantItems);
    }
}
