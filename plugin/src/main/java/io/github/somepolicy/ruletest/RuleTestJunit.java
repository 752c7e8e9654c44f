package io.github.somepolicy.ruletest;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.report.junit.Xml;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * The rule tests' results as JUnit XML (the Ant/Jenkins dialect read by GitLab and Jenkins): a suite
 * {@code rule-tests} with one case per test, failed with its differences, and a suite
 * {@code rule-coverage} with one case per rule that needs tests, failed (with {@code failOnUncovered})
 * or skipped when it lacks a firing or a quiet test.
 */
public final class RuleTestJunit {

    private RuleTestJunit() {}

    /** Writes the results. */
    public static void write(
            List<Outcome> outcomes,
            List<Problem> problems,
            Coverage coverage,
            boolean failOnUncovered,
            LocalDate date,
            Messages messages,
            Writer out)
            throws IOException {
        String timestamp = date + "T00:00:00";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        long failures = outcomes.stream().filter(o -> !o.passed()).count() + problems.size();
        out.write("  <testsuite name=\"rule-tests\" package=\"somepolicy\" id=\"0\" hostname=\"localhost\""
                + " timestamp=\"" + timestamp + "\" tests=\"" + (outcomes.size() + problems.size())
                + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        out.write("    <properties/>\n");
        for (Outcome outcome : outcomes) {
            out.write("    <testcase name=\"" + attr(outcome.test().name()) + "\" classname=\""
                    + attr(outcome.test().file()) + "\" time=\"0\"");
            if (outcome.passed()) {
                out.write("/>\n");
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (Outcome.Difference difference : outcome.differences()) {
                text.append(place(difference.location()))
                        .append(": ")
                        .append(messages.render(difference.message()))
                        .append('\n');
            }
            out.write(">\n      <failure message=\""
                    + attr(messages.format(
                            "ruletest.junit.failed", outcome.differences().size()))
                    + "\" type=\"rule-test\">" + text(text.toString()) + "</failure>\n    </testcase>\n");
        }
        for (Problem problem : problems) {
            out.write("    <testcase name=\"" + attr(problem.location().file()) + "\" classname=\""
                    + attr(problem.location().file()) + "\" time=\"0\">\n      <failure message=\""
                    + attr(problem.text()) + "\" type=\"rule-test-invalid\">"
                    + text(place(problem.location()) + ": " + problem.text()) + "</failure>\n    </testcase>\n");
        }
        out.write("    <system-out/>\n    <system-err/>\n  </testsuite>\n");
        List<Coverage.RuleCoverage> rules = coverage.rules();
        long uncovered = coverage.uncovered().size();
        out.write("  <testsuite name=\"rule-coverage\" package=\"somepolicy\" id=\"1\" hostname=\"localhost\""
                + " timestamp=\"" + timestamp + "\" tests=\"" + rules.size() + "\" failures=\""
                + (failOnUncovered ? uncovered : 0) + "\" errors=\"0\" skipped=\"" + (failOnUncovered ? 0 : uncovered)
                + "\" time=\"0\">\n    <properties/>\n");
        for (Coverage.RuleCoverage rule : rules) {
            out.write("    <testcase name=\"" + attr(rule.rule()) + "\" classname=\"coverage\" time=\"0\"");
            if (rule.covered()) {
                out.write("/>\n");
                continue;
            }
            String why = gap(rule, messages);
            out.write(">\n      "
                    + (failOnUncovered
                            ? "<failure message=\"" + attr(why) + "\" type=\"uncovered\">" + text(why) + "</failure>"
                            : "<skipped message=\"" + attr(why) + "\"/>")
                    + "\n    </testcase>\n");
        }
        out.write("    <system-out/>\n    <system-err/>\n  </testsuite>\n</testsuites>\n");
    }

    /** What a rule lacks, in words. */
    public static String gap(Coverage.RuleCoverage rule, Messages messages) {
        if (rule.firing().isEmpty() && rule.quiet().isEmpty()) {
            return messages.format("ruletest.coverage.none", rule.rule());
        }
        return rule.firing().isEmpty()
                ? messages.format("ruletest.coverage.no-firing", rule.rule())
                : messages.format("ruletest.coverage.no-quiet", rule.rule());
    }

    private static String place(Location location) {
        return location.start().line() > 0 ? location.file() + ":" + location.start() : location.file();
    }

    private static String attr(String value) {
        return Xml.attribute(value);
    }

    private static String text(String value) {
        return Xml.text(value);
    }

    /**
     * A problem with a test's declaration, rendered.
     *
     * @param location where
     * @param text the message
     */
    public record Problem(Location location, String text) {}
}
