package io.github.somepolicy.rule;

import io.github.somepolicy.model.Violation;
import java.util.List;

/** The logic of a rule: looks at one document in its configuration and returns what breaks the rule. */
@FunctionalInterface
public interface Check {

    /**
     * Checks one document.
     *
     * @param context the document, the whole configuration's indexes, the clock and the rule's parameters
     * @return the violations found, empty when the document keeps the rule; never thrown
     */
    List<Violation> check(CheckContext context);
}
