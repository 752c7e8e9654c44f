package io.github.somepolicy.report;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.rule.privacy.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The waiver that suppresses a finding, as reports show it.
 *
 * @param location where the waiver is written in {@code somepolicy.yaml}
 * @param reason why the exception was granted
 * @param approvedBy who approved it
 * @param decisionReference the decision's reference (diarienummer), or empty
 * @param expires the last day it applies
 */
public record WaiverRef(
        Location location, String reason, String approvedBy, String decisionReference, LocalDate expires) {
    public WaiverRef {
        location = Redaction.redact(Objects.requireNonNull(location, "location"));
        reason = Redaction.redact(Objects.requireNonNull(reason, "reason"));
        approvedBy = Redaction.redact(Objects.requireNonNull(approvedBy, "approvedBy"));
        decisionReference = Redaction.redact(Objects.requireNonNull(decisionReference, "decisionReference"));
        Objects.requireNonNull(expires, "expires");
    }
}
