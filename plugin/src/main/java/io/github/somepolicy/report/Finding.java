package io.github.somepolicy.report;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.rule.privacy.Redaction;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule broken at a place, with the severity in force for it and, when a waiver covers it, the waiver.
 *
 * @param ruleId the rule's id
 * @param severity the effective severity
 * @param location where
 * @param related other places that explain it
 * @param message what is wrong, rendered only when a report is written
 * @param waiver the waiver that suppresses it, if any
 */
public record Finding(
        String ruleId,
        Severity severity,
        Location location,
        List<Location> related,
        Message message,
        Optional<WaiverRef> waiver)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.message().toString());

    /** Every finding is redacted as it is made: no writer, log line or comparison sees a secret. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        location = Redaction.redact(Objects.requireNonNull(location, "location"));
        related = related.stream().map(Redaction::redact).toList();
        message = Redaction.redact(Objects.requireNonNull(message, "message"));
        Objects.requireNonNull(waiver, "waiver");
    }

    /** Whether a waiver suppresses this finding. */
    public boolean waived() {
        return waiver.isPresent();
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
