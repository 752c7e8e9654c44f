package io.github.somepolicy.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of the policy in force that every check may read.
 *
 * @param planningWindowDays how many days ahead, from the build's date, date-aware rules look
 * @param soonDueDays how many days before a due date something counts as due soon
 * @param phrases extra notice phrases per topic id, from the profiles and the user's policy
 */
public record RunSettings(int planningWindowDays, int soonDueDays, Map<String, List<String>> phrases) {

    /** The defaults of a policy that says nothing. */
    public static final RunSettings DEFAULT = new RunSettings(365, 30, Map.of());

    public RunSettings {
        if (planningWindowDays < 1 || soonDueDays < 0) {
            throw new IllegalArgumentException("planning window and due-soon days must be positive");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        phrases.forEach((topic, list) -> copy.put(topic, List.copyOf(list)));
        phrases = Map.copyOf(copy);
    }
}
