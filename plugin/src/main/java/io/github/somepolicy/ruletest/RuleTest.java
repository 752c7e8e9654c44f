package io.github.somepolicy.ruletest;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule test as its {@code tests/<name>/test.yaml} declares it.
 *
 * @param name the test's folder name
 * @param file the declaration, relative to the configuration root
 * @param description what the test shows, or empty
 * @param base where its configuration starts from
 * @param remove paths of the real configuration the test leaves out
 * @param today the fixed date, when the test sets one
 * @param profile the profile to check with, when the test sets one
 * @param failOnOtherFindings whether a finding not listed under {@code expected} fails the test
 * @param expected the findings expected
 * @param notExpected the rules that must not fire
 */
public record RuleTest(
        String name,
        String file,
        String description,
        Base base,
        List<String> remove,
        Optional<LocalDate> today,
        Optional<String> profile,
        boolean failOnOtherFindings,
        List<Expectation> expected,
        List<Forbidden> notExpected) {

    /** The folder under the configuration root that holds the rule tests; {@code check} never reads it. */
    public static final String DIRECTORY = io.github.somepolicy.load.FileScanner.RULE_TESTS;

    /** The name of a test's declaration in its folder. */
    public static final String DECLARATION = "test.yaml";

    /** The folder beside the declaration whose files make or change the test's configuration. */
    public static final String FILES = "files";

    public RuleTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(base, "base");
        remove = List.copyOf(remove);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(profile, "profile");
        expected = List.copyOf(expected);
        notExpected = List.copyOf(notExpected);
    }

    /** Where a test's configuration starts from. */
    public enum Base {
        /** The real configuration, with the test's files laid over it. */
        CONFIGURATION,
        /** Nothing: the test's files are the whole configuration. */
        NONE
    }

    /**
     * A finding a test expects: the rule, and whichever of the other fields the test gives.
     *
     * @param declared where the expectation is written in the declaration
     */
    public record Expectation(
            String rule,
            Optional<String> file,
            Optional<Integer> line,
            Optional<String> path,
            Optional<Severity> severity,
            Optional<Boolean> waived,
            Location declared) {
        public Expectation {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(waived, "waived");
            Objects.requireNonNull(declared, "declared");
        }

        /** The expectation as a reader writes it: {@code rule @ file:line path}. */
        public String describe() {
            StringBuilder out = new StringBuilder(rule);
            file.ifPresent(f -> out.append(" @ ").append(f));
            line.ifPresent(l -> out.append(file.isPresent() ? ":" : " @ line ").append(l));
            path.ifPresent(p -> out.append(' ').append(p));
            severity.ifPresent(s -> out.append(" (").append(s.id()).append(')'));
            waived.ifPresent(w -> out.append(w ? " waived" : " not waived"));
            return out.toString();
        }
    }

    /**
     * A rule that must not fire, anywhere or in one file.
     *
     * @param declared where it is written in the declaration
     */
    public record Forbidden(String rule, Optional<String> file, Location declared) {
        public Forbidden {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(declared, "declared");
        }
    }
}
