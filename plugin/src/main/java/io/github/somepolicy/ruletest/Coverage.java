package io.github.somepolicy.ruletest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which tests show each rule that needs tests firing, and which keep it quiet. A rule is covered when a
 * passing test makes it fire and a passing test names it as one that must not fire.
 *
 * @param rules each rule with its tests
 */
public record Coverage(List<RuleCoverage> rules) {
    public Coverage {
        rules = List.copyOf(rules);
    }

    /**
     * One rule's tests.
     *
     * @param rule the rule's id
     * @param firing the passing tests in which it fires as expected
     * @param quiet the passing tests in which it must not fire, and does not
     */
    public record RuleCoverage(String rule, List<String> firing, List<String> quiet) {
        public RuleCoverage {
            Objects.requireNonNull(rule, "rule");
            firing = List.copyOf(firing);
            quiet = List.copyOf(quiet);
        }

        /** Whether the rule has a test of each kind. */
        public boolean covered() {
            return !firing.isEmpty() && !quiet.isEmpty();
        }
    }

    /** The coverage of the rules by the outcomes of a run. */
    public static Coverage of(List<String> rules, List<Outcome> outcomes) {
        List<RuleCoverage> out = new ArrayList<>();
        for (String rule : rules) {
            List<String> firing = new ArrayList<>();
            List<String> quiet = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                if (!outcome.passed()) {
                    continue;
                }
                if (outcome.test().expected().stream().anyMatch(e -> e.rule().equals(rule))) {
                    firing.add(outcome.test().name());
                }
                if (outcome.test().notExpected().stream().anyMatch(f -> f.rule().equals(rule))) {
                    quiet.add(outcome.test().name());
                }
            }
            out.add(new RuleCoverage(rule, firing, quiet));
        }
        return new Coverage(out);
    }

    /** The rules that lack a firing or a quiet test. */
    public List<RuleCoverage> uncovered() {
        return rules.stream().filter(r -> !r.covered()).toList();
    }
}
