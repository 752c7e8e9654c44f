package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Violation;
import java.util.List;

/** The logic of a rule across accounts: looks at the index of every account and returns what breaks the rule. */
public interface CrossCheck {

    /**
     * Checks the accounts together.
     *
     * @param context the index, the people in it, the clock and the rule's parameters
     * @return the violations found, empty when the accounts keep the rule; never thrown
     */
    List<Violation> check(CrossContext context);

    /** The message variants the check reports besides the rule's main message, as for a per-file check. */
    default List<String> messageVariants() {
        return List.of();
    }
}
