package io.github.somepolicy.ruletest;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.report.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What running one rule test gave.
 *
 * @param test the test
 * @param differences how the findings differ from what the test expects; empty when it passes
 * @param findings every finding of the test's configuration
 * @param checked the rules the test compared: those it names
 */
public record Outcome(RuleTest test, List<Difference> differences, List<Finding> findings, List<String> checked) {
    public Outcome {
        Objects.requireNonNull(test, "test");
        differences = List.copyOf(differences);
        findings = List.copyOf(findings);
        checked = List.copyOf(checked);
    }

    /** Whether the test passed. */
    public boolean passed() {
        return differences.isEmpty();
    }

    /**
     * One way the findings differ from the expectations, or a problem that kept the test from running.
     *
     * @param kind what kind of difference
     * @param rule the rule it is about, or empty
     * @param location where to look: the finding's place, or the expectation's in the declaration
     * @param message the difference in words
     */
    public record Difference(Kind kind, String rule, Location location, Message message) {
        public Difference {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The kinds of difference. */
    public enum Kind {
        /** An expected finding was not reported. */
        MISSING,
        /** A finding was reported that the test does not expect. */
        UNEXPECTED,
        /** A finding was reported where expected, but with another severity, line, place or waiver. */
        DIFFERENT,
        /** A rule that must not fire did. */
        FIRED,
        /** The test cannot run as written. */
        INVALID
    }
}
