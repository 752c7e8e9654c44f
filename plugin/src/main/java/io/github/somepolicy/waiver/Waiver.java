package io.github.somepolicy.waiver;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.report.WaiverRef;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reviewed exception to a rule for one target: who approved it, why, and until when.
 *
 * @param rule the rule id it applies to
 * @param target the file it applies to, relative to the configuration root (a glob is allowed)
 * @param path a JSON Pointer inside the target that the finding must lie under, or empty for the whole file
 * @param reason why
 * @param decisionReference the decision's reference (diarienummer), or empty
 * @param approvedBy who approved it
 * @param expires the last day it applies
 * @param location where it is written
 * @param wide whether its target may cover more than one file ({@code wide: true})
 */
public record Waiver(
        String rule,
        String target,
        String path,
        String reason,
        String decisionReference,
        String approvedBy,
        LocalDate expires,
        Location location,
        boolean wide) {

    /** A waiver not marked as wide: its target must match one file. */
    public Waiver(
            String rule,
            String target,
            String path,
            String reason,
            String decisionReference,
            String approvedBy,
            LocalDate expires,
            Location location) {
        this(rule, target, path, reason, decisionReference, approvedBy, expires, location, false);
    }

    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decisionReference, "decisionReference");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(location, "location");
    }

    /** The waiver as reports show it. */
    public WaiverRef ref() {
        return new WaiverRef(location, reason, approvedBy, decisionReference, expires);
    }
}
