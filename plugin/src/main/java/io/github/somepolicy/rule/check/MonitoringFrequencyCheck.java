package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * Requires the account to say how often it is watched, at least as often as the parameter {@code minimum}
 * ({@code weekly}, {@code weekdays} or {@code daily}; {@code weekly} when not set, the BBS act's "not less
 * than once a week").
 */
final class MonitoringFrequencyCheck implements Check {

    static final String TOO_RARE = "too-rare";

    /** The frequencies from the rarest to the most frequent. */
    static final List<String> FREQUENCIES = List.of("weekly", "weekdays", "daily");

    private static final Account.Field MONITORING = Account.Field.MONITORING;

    @Override
    public List<String> messageVariants() {
        return List.of(TOO_RARE);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        if (!context.inScope("active")) {
            return List.of();
        }
        String minimum = context.stringParameter("minimum", "weekly");
        if (!FREQUENCIES.contains(minimum)) {
            minimum = "weekly";
        }
        Optional<Node> node = context.at(MONITORING);
        if (Values.isBlank(node)) {
            return List.of(context.violation(
                    Values.nearest(context.document(), MONITORING), context.messageKey(), term(minimum)));
        }
        Optional<String> value = node.get().text();
        if (value.isEmpty() || !FREQUENCIES.contains(value.get())) {
            return List.of(); // the schema reports a value that is not one of the frequencies
        }
        if (FREQUENCIES.indexOf(value.get()) < FREQUENCIES.indexOf(minimum)) {
            return List.of(context.violation(
                    node.get().location(), context.messageKey(TOO_RARE), term(value.get()), term(minimum)));
        }
        return List.of();
    }

    /** A frequency as a term the messages translate. */
    private static String term(String frequency) {
        return "term.monitoring." + frequency;
    }
}
