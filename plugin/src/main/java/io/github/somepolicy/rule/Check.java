package io.github.somepolicy.rule;

import io.github.somepolicy.model.Violation;
import java.util.List;

/** The logic of a rule: looks at one document in its configuration and returns what breaks the rule. */
public interface Check {

    /**
     * Checks one document.
     *
     * @param context the document, the whole configuration's indexes, the clock and the rule's parameters
     * @return the violations found, empty when the document keeps the rule; never thrown
     */
    List<Violation> check(CheckContext context);

    /**
     * The message variants the check reports besides the rule's main message: for a variant {@code v}
     * the rule's bundle holds {@code rule.<id>.message.v}. Checks shared by several rules name their
     * variants here, so that every rule using them is known to need them.
     */
    default java.util.List<String> messageVariants() {
        return java.util.List.of();
    }
}
