package io.github.somepolicy.report;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.notice.NoticeEvidence;
import java.util.Optional;

/**
 * A rule's title and rationale in a reader's language: from the message bundles, or, for a rule that
 * carries its own texts (a configuration's custom rule), from the rule.
 */
public final class RuleTexts {

    private RuleTexts() {}

    /** The rule's title. */
    public static String title(RuleMetadata rule, Messages messages) {
        return rule.literalTitle(messages.locale().getLanguage()).orElseGet(() -> messages.format(rule.titleKey()));
    }

    /** The rule's rationale; a rule with its own texts has its title in its place. */
    public static String rationale(RuleMetadata rule, Messages messages) {
        Optional<String> literal = rule.literalTitle(messages.locale().getLanguage());
        return literal.orElseGet(() -> messages.format(rule.rationaleKey()));
    }

    /**
     * The name of a notice topic: the item's term from the rule's bundle for a rule checked item by item,
     * else the rule's title.
     */
    public static String topic(Report report, NoticeEvidence.Topic topic, Messages messages) {
        String term = "term." + topic.key();
        if (!topic.key().equals(topic.ruleId()) && messages.has(term)) {
            return messages.format(term);
        }
        return report.rule(topic.ruleId())
                .map(rule -> title(rule.metadata(), messages))
                .orElse(topic.key());
    }
}
