package io.github.somepolicy.engine;

import io.github.somepolicy.model.Globs;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.waiver.Waiver;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy in force: the profile chain and the user's {@code somepolicy.yaml} merged into one
 * setting per rule, overrides for some files, exclusions, waivers and settings.
 */
record Policy(
        String profile,
        Map<String, RuleSetting> rules,
        List<FileOverride> overrides,
        List<String> excludes,
        List<Waiver> waivers,
        int planningWindowDays,
        int soonDueDays,
        Map<String, List<String>> phrases) {

    Policy {
        rules = Map.copyOf(rules);
        overrides = List.copyOf(overrides);
        excludes = List.copyOf(excludes);
        waivers = List.copyOf(waivers);
        phrases = Map.copyOf(phrases);
    }

    /** The settings checks read. */
    io.github.somepolicy.rule.RunSettings runSettings() {
        return new io.github.somepolicy.rule.RunSettings(planningWindowDays, soonDueDays, phrases);
    }

    /** The severity of a rule for a file, empty when the rule is off there. */
    Optional<Severity> severity(RuleMetadata rule, String file) {
        RuleSetting setting = setting(rule.id(), file);
        if (setting.off()) {
            return Optional.empty();
        }
        return Optional.of(setting.severity().orElse(rule.defaultSeverity()));
    }

    /** The severity of a rule in general (before file overrides), empty when off. */
    Optional<Severity> severity(RuleMetadata rule) {
        RuleSetting setting = rules.getOrDefault(rule.id(), RuleSetting.NONE);
        return setting.off() ? Optional.empty() : Optional.of(setting.severity().orElse(rule.defaultSeverity()));
    }

    /** The setting of a rule before file overrides; {@link #setting} gives this very object where none applies. */
    RuleSetting generalSetting(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSetting.NONE);
    }

    /** The merged setting of a rule for a file. */
    RuleSetting setting(String ruleId, String file) {
        RuleSetting setting = rules.getOrDefault(ruleId, RuleSetting.NONE);
        for (FileOverride override : overrides) {
            RuleSetting specific = override.rules().get(ruleId);
            if (specific != null && override.files().stream().anyMatch(glob -> Globs.matches(glob, file))) {
                setting = specific.over(setting);
            }
        }
        return setting;
    }

    /** Whether a relative path is excluded from the run. */
    boolean excluded(String file) {
        return excludes.stream().anyMatch(glob -> Globs.matches(glob, file));
    }

    /**
     * Rule settings that apply to some files only.
     *
     * @param files globs of the files
     * @param rules the settings
     */
    record FileOverride(List<String> files, Map<String, RuleSetting> rules) {
        FileOverride {
            files = List.copyOf(files);
            rules = Map.copyOf(rules);
        }
    }
}
