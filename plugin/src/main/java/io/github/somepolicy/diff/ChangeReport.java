package io.github.somepolicy.diff;

import io.github.somepolicy.report.Report;
import io.github.somepolicy.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change means: the base it is compared with, the files and the domain changes, the findings it
 * introduces, fixes or leaves, and the reviews it needs.
 *
 * @param base the base revision
 * @param head the head's validation report
 * @param baseReport the base's validation report, empty when the base has no configuration
 * @param files the configuration files that differ
 * @param changes the domain changes, sorted by file
 * @param findings every finding with its status, introduced first
 * @param reviews the reviews needed, in role order
 * @param codeOwners for each changed file (relative to the repository's top) its owners
 * @param ratchet when the build fails
 * @param links links to the lines at the head commit, when the forge is known
 */
public record ChangeReport(
        Base base,
        Report head,
        Optional<Report> baseReport,
        List<FileChange> files,
        List<DomainChange> changes,
        List<FindingChange> findings,
        List<Review> reviews,
        Map<String, List<String>> codeOwners,
        Ratchet ratchet,
        Optional<LineLinks> links) {

    public ChangeReport {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(baseReport, "baseReport");
        files = List.copyOf(files);
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
        reviews = List.copyOf(reviews);
        codeOwners = Map.copyOf(codeOwners);
        Objects.requireNonNull(ratchet, "ratchet");
        Objects.requireNonNull(links, "links");
    }

    /** Whether the build fails by the report's own verdict. */
    public boolean fails() {
        return failsAt(ratchet.threshold(), ratchet.onlyNew());
    }

    /** The number of unwaived findings that fail the build by the report's verdict. */
    public long failing() {
        if (ratchet.threshold().isEmpty()) {
            return 0;
        }
        Severity level = ratchet.threshold().get();
        return ratchet.onlyNew() ? introducedAtLeast(level) : head.count(level);
    }

    /** A path from the repository's top: the configuration's folder and the file. */
    public String repositoryPath(String file) {
        return base.directory().isEmpty() ? file : base.directory() + "/" + file;
    }

    /** The findings of one status. */
    public List<FindingChange> findings(FindingChange.Status status) {
        return findings.stream().filter(f -> f.status() == status).toList();
    }

    /** The number of unwaived introduced findings at least as serious as a severity. */
    public long introducedAtLeast(Severity severity) {
        return findings(FindingChange.Status.INTRODUCED).stream()
                .filter(f -> !f.finding().waived() && f.finding().severity().atLeast(severity))
                .count();
    }

    /**
     * Whether the build fails: with the ratchet, on introduced findings at the threshold only; without
     * it, on the head's findings as the check goal would.
     */
    public boolean failsAt(Optional<Severity> threshold, boolean onlyNew) {
        if (threshold.isEmpty()) {
            return false;
        }
        return onlyNew ? introducedAtLeast(threshold.get()) > 0 : head.failsAt(threshold);
    }

    /**
     * The base revision.
     *
     * @param ref the ref the base was found from
     * @param commit the base commit's id
     * @param directory the configuration's directory relative to the repository's top; empty at the top
     * @param hasConfiguration whether the base has the configuration at all
     */
    public record Base(String ref, String commit, String directory, boolean hasConfiguration) {
        public Base {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(directory, "directory");
        }

        /** The commit's short id. */
        public String shortCommit() {
            return commit.length() > 10 ? commit.substring(0, 10) : commit;
        }
    }
}
