package io.github.somepolicy.maven;

import io.github.somepolicy.engine.EffectivePolicy;
import io.github.somepolicy.engine.EffectiveRule;
import io.github.somepolicy.engine.Profiles;
import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.schema.Suggestions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the rules in force: for the configuration in {@code directory} (its {@code somepolicy.yaml} and
 * the profiles it extends), or for a built-in profile named with {@code profile}. Each rule is shown with
 * its effective severity, its title, the requirements it serves and the parameters that differ from the
 * defaults. Validates nothing.
 */
@Mojo(name = RulesMojo.GOAL_NAME, requiresProject = false, threadSafe = true)
public final class RulesMojo extends AbstractSomepolicyMojo {

    /** The goal's name. */
    public static final String GOAL_NAME = "rules";

    private static final String INDENT = "  ";

    /**
     * A built-in profile to list the rules of instead of a configuration's: {@code baseline}, {@code strict}
     * or a municipality's profile. When it is set, the configuration in {@code directory} is not read.
     */
    @Parameter(property = PropertyNames.PROFILE)
    String profile;

    /** Whether to list the rules that are off too. */
    @Parameter(property = PropertyNames.SHOW_OFF, defaultValue = "false")
    boolean showOff;

    @Override
    public void execute() throws MojoExecutionException {
        Messages messages = messages();
        EffectivePolicy policy;
        String header;
        try {
            if (profile != null && !profile.isBlank()) {
                String name = profile.strip();
                Profiles profiles = Profiles.installed();
                checkProfile(name, profiles.available(), messages);
                policy = profiles.profile(name);
                header = messages.format(
                        "mojo.rules.header.profile",
                        policy.inForce().size(),
                        policy.rules().size(),
                        name);
            } else {
                Path root = root();
                policy = Profiles.installed().configuration(root);
                header = messages.format(
                        "mojo.rules.header.directory",
                        policy.inForce().size(),
                        policy.rules().size(),
                        root.toAbsolutePath().normalize(),
                        policy.profile());
            }
        } catch (SomepolicyException e) {
            throw new MojoExecutionException(messages.render(e.userMessage()));
        }

        for (Violation problem : policy.problems()) {
            getLog().warn(problem.location() + ": " + messages.render(problem.message()));
        }
        if (!policy.problems().isEmpty()) {
            getLog().warn(messages.format(
                    "mojo.rules.problems", policy.problems().size()));
        }
        getLog().info(header);
        List<EffectiveRule> shown = showOff ? policy.rules() : policy.inForce();
        int idWidth = shown.stream().mapToInt(rule -> rule.id().length()).max().orElse(0);
        for (EffectiveRule rule : shown) {
            String requirements = rule.metadata().requirements().isEmpty()
                    ? ""
                    : "(" + String.join(", ", rule.metadata().requirements()) + ")";
            getLog().info((INDENT
                            + pad(rule.id(), idWidth)
                            + INDENT
                            + pad(rule.severityId(), "warning".length())
                            + INDENT
                            + title(rule.metadata(), messages)
                            + INDENT
                            + requirements)
                    .stripTrailing());
            rule.nonDefaultParameters().forEach((name, value) -> getLog().info(
                            INDENT.repeat(3) + name + ": " + EffectiveRule.yaml(value)));
        }
        int off = policy.rules().size() - policy.inForce().size();
        if (!showOff && off > 0) {
            getLog().info(messages.format("mojo.rules.off-hidden", off, PropertyNames.SHOW_OFF));
        }
        if (policy.overrides() > 0) {
            getLog().info(messages.format("mojo.rules.overrides", policy.overrides()));
        }
    }

    /** Stops with a suggestion when the name is not a built-in profile. */
    private static void checkProfile(String name, List<String> names, Messages messages) throws MojoExecutionException {
        if (names.contains(name)) {
            return;
        }
        Optional<String> suggestion = Suggestions.closest(name, names);
        String all = String.join(", ", names);
        throw new MojoExecutionException(
                suggestion.isPresent()
                        ? messages.format("mojo.rules.unknown-profile.suggest", name, suggestion.get(), all)
                        : messages.format("mojo.rules.unknown-profile", name, all));
    }

    private static String title(RuleMetadata rule, Messages messages) {
        return rule.literalTitle(messages.locale().getLanguage())
                .orElse(messages.has(rule.titleKey()) ? messages.format(rule.titleKey()) : "");
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
