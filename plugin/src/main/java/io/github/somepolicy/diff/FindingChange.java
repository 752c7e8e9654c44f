package io.github.somepolicy.diff;

import io.github.somepolicy.report.Finding;
import java.util.Objects;

/**
 * A finding as the change sees it.
 *
 * @param status whether the change brought it, removed it or left it
 * @param finding the finding: the head's when introduced or unchanged, the base's (at the head's path
 *     when the file moved) when fixed
 * @param fingerprint the identity it was matched by
 * @param role the review area of its rule
 */
public record FindingChange(Status status, Finding finding, String fingerprint, Role role)
        implements Comparable<FindingChange> {

    public FindingChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public int compareTo(FindingChange other) {
        int byStatus = status.compareTo(other.status);
        return byStatus != 0 ? byStatus : finding.compareTo(other.finding);
    }

    /** How the change relates to a finding. */
    public enum Status {
        /** Not in the base, in the head: the change brings it. */
        INTRODUCED,
        /** In the base, not in the head: the change fixes it. */
        FIXED,
        /** In both. */
        UNCHANGED,
        /**
         * In the base, in a file the head cannot read: neither fixed nor still there, since nothing in the
         * file could be checked.
         */
        NOT_CHECKED;

        /** Whether the change did something to it, so that its rule's area must review it. */
        public boolean routes() {
            return this == INTRODUCED || this == FIXED;
        }

        /** The id used in reports. */
        public String id() {
            return this == NOT_CHECKED ? "notChecked" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
