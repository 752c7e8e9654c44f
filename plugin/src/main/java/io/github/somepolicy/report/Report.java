package io.github.somepolicy.report;

import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.rule.notice.NoticeEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a run: what ran, the rules in force and the findings, sorted by file, line, column
 * and rule.
 *
 * @param runInfo what the run was
 * @param rules the rules that ran, with their effective severity
 * @param findings every finding, waived ones included
 * @param notices what the notice rules found in each notice, by file; empty without notice rules
 */
public record Report(RunInfo runInfo, List<RuleInForce> rules, List<Finding> findings, List<NoticeEvidence> notices) {
    public Report {
        Objects.requireNonNull(runInfo, "runInfo");
        rules = List.copyOf(rules);
        notices = List.copyOf(notices);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(null);
        findings = List.copyOf(sorted);
    }

    /** A report without notice evidence. */
    public Report(RunInfo runInfo, List<RuleInForce> rules, List<Finding> findings) {
        this(runInfo, rules, findings, List.of());
    }

    /** Whether the build fails at a threshold: an unwaived finding at least that serious. */
    public boolean failsAt(Optional<Severity> threshold) {
        return threshold.isPresent() && count(threshold.get()) > 0;
    }

    /** The number of unwaived findings at least as serious as a severity. */
    public long count(Severity atLeast) {
        return findings.stream()
                .filter(f -> !f.waived() && f.severity().atLeast(atLeast))
                .count();
    }

    /** The number of unwaived findings of exactly a severity. */
    public long countExactly(Severity severity) {
        return findings.stream()
                .filter(f -> !f.waived() && f.severity() == severity)
                .count();
    }

    /** The number of waived findings. */
    public long waivedCount() {
        return findings.stream().filter(Finding::waived).count();
    }

    /** The rule that ran under an id. */
    public Optional<RuleInForce> rule(String id) {
        return rules.stream().filter(r -> r.metadata().id().equals(id)).findFirst();
    }

    /**
     * A rule as it ran: its metadata and the severity it had.
     *
     * @param metadata what the rule is
     * @param severity its effective severity
     */
    public record RuleInForce(RuleMetadata metadata, Severity severity) {
        public RuleInForce {
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(severity, "severity");
        }
    }
}
