package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.RunSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The phase after the per-file one: runs the rules across accounts over the index entries of every
 * account. It needs no tree but the organisation's, so it runs as well over entries kept from an
 * earlier run as over fresh ones.
 */
public final class CrossAccountPhase {

    private static final String RULE_INTERNAL = "internal-error";

    private CrossAccountPhase() {}

    /**
     * A rule across accounts in force, with its parameters.
     *
     * @param rule the rule
     * @param parameters its parameters: the catalogue's defaults overlaid with the policy's
     */
    public record RuleInForce(RuleMetadata rule, Map<String, Object> parameters) {
        public RuleInForce {
            parameters = Map.copyOf(parameters);
        }
    }

    /** Whether a rule is one of this phase's: its check is a check across accounts. */
    public static boolean isCrossAccount(RuleMetadata rule) {
        return CrossChecks.all().containsKey(rule.check());
    }

    /**
     * Runs the rules.
     *
     * @param rules the rules across accounts that are in force
     * @param accounts the index entries of every account, in any order
     * @param organisation the organisation document, for its departures
     * @param today the build's date
     * @param settings the policy's settings
     * @return the violations, rule by rule; a check that fails becomes an {@code internal-error}
     */
    public static List<Violation> run(
            List<RuleInForce> rules,
            List<AccountEntry> accounts,
            Optional<Document> organisation,
            LocalDate today,
            RunSettings settings) {
        if (rules.isEmpty() || accounts.isEmpty()) {
            return List.of();
        }
        List<AccountEntry> sorted = new ArrayList<>(accounts);
        sorted.sort(Comparator.comparing(AccountEntry::file));
        People people = People.of(sorted);
        List<Departure> departures = Departure.of(organisation);
        Map<String, CrossCheck> checks = CrossChecks.all();
        List<Violation> violations = new ArrayList<>();
        for (RuleInForce inForce : rules) {
            CrossCheck check = checks.get(inForce.rule().check());
            if (check == null) {
                continue;
            }
            CrossContext context = new CrossContext(
                    inForce.rule().id(), sorted, people, departures, today, inForce.parameters(), settings);
            try {
                violations.addAll(check.check(context));
            } catch (RuntimeException e) {
                violations.add(Violation.of(
                        RULE_INTERNAL,
                        sorted.isEmpty()
                                ? Location.ofFile("")
                                : Location.ofFile(sorted.get(0).file()),
                        "engine.internal-error",
                        inForce.rule().id(),
                        e.getClass().getSimpleName()));
            }
        }
        return violations;
    }
}
