package io.github.somepolicy.waiver;

import io.github.somepolicy.model.Globs;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.report.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies waivers to findings. A waiver in force suppresses the findings it matches, which stay in every
 * report as waived; an expired waiver suppresses nothing and is itself a finding, as is one about to
 * expire and one that matches nothing.
 */
public final class Waivers {

    /** The rule of an expired waiver. */
    public static final String RULE_EXPIRED = "waiver-expired";
    /** The rule of a waiver that expires soon. */
    public static final String RULE_EXPIRING = "waiver-expiring";
    /** The rule of a waiver that matches no finding. */
    public static final String RULE_UNUSED = "waiver-unused";

    /** The rule of problems in somepolicy.yaml, here a wildcard target not marked as wide. */
    static final String RULE_POLICY = "policy-invalid";

    private final List<Waiver> waivers;
    private final LocalDate today;
    private final int soonDays;

    /** Waivers checked against a date, warning this many days before they expire. */
    public Waivers(List<Waiver> waivers, LocalDate today, int soonDays) {
        this.waivers = List.copyOf(waivers);
        this.today = today;
        this.soonDays = soonDays;
    }

    /**
     * Marks the findings that waivers in force cover, and adds the findings about the waivers themselves.
     *
     * @param findings the findings before waivers
     * @param waiverViolations receives the violations of the waiver rules
     * @return the findings, with those covered by a waiver in force marked as waived
     */
    public List<Finding> apply(List<Finding> findings, List<Violation> waiverViolations) {
        boolean[] used = new boolean[waivers.size()];
        boolean[] tooWide = new boolean[waivers.size()];
        for (int i = 0; i < waivers.size(); i++) {
            Waiver waiver = waivers.get(i);
            // A target with a wildcard covers files that do not exist yet: it must say so (wide: true).
            if (!waiver.wide() && Globs.isWide(waiver.target())) {
                Set<String> files = new TreeSet<>();
                for (Finding finding : findings) {
                    if (matches(waiver, finding)) {
                        files.add(finding.location().file());
                    }
                }
                tooWide[i] = true;
                used[i] = true;
                waiverViolations.add(Violation.of(
                        RULE_POLICY,
                        waiver.location(),
                        "policy.waiver.too-wide",
                        waiver.rule(),
                        waiver.target(),
                        files.size()));
            }
        }
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Optional<Waiver> match = Optional.empty();
            for (int i = 0; i < waivers.size(); i++) {
                Waiver waiver = waivers.get(i);
                if (!tooWide[i] && matches(waiver, finding)) {
                    used[i] = true;
                    if (inForce(waiver) && match.isEmpty()) {
                        match = Optional.of(waiver);
                    }
                }
            }
            result.add(
                    match.isEmpty()
                            ? finding
                            : new Finding(
                                    finding.ruleId(),
                                    finding.severity(),
                                    finding.location(),
                                    finding.related(),
                                    finding.message(),
                                    Optional.of(match.get().ref())));
        }
        for (int i = 0; i < waivers.size(); i++) {
            Waiver waiver = waivers.get(i);
            if (tooWide[i]) {
                continue;
            }
            if (!inForce(waiver)) {
                waiverViolations.add(Violation.of(
                        RULE_EXPIRED,
                        waiver.location(),
                        "rule.waiver-expired.message",
                        waiver.rule(),
                        waiver.expires()));
            } else if (!used[i]) {
                waiverViolations.add(Violation.of(
                        RULE_UNUSED, waiver.location(), "rule.waiver-unused.message", waiver.rule(), waiver.target()));
            } else if (!waiver.expires().isAfter(today.plusDays(soonDays))) {
                waiverViolations.add(Violation.of(
                        RULE_EXPIRING,
                        waiver.location(),
                        "rule.waiver-expiring.message",
                        waiver.rule(),
                        waiver.expires()));
            }
        }
        return result;
    }

    private boolean inForce(Waiver waiver) {
        return !waiver.expires().isBefore(today);
    }

    private static boolean matches(Waiver waiver, Finding finding) {
        if (!waiver.rule().equals(finding.ruleId())) {
            return false;
        }
        String file = finding.location().file();
        if (!Globs.matches(waiver.target(), file)) {
            return false;
        }
        String pointer = finding.location().pointer();
        return waiver.path().isEmpty() || pointer.equals(waiver.path()) || pointer.startsWith(waiver.path() + "/");
    }
}
