package io.github.somepolicy.maven;

import io.github.somepolicy.engine.EffectivePolicy;
import io.github.somepolicy.engine.EffectiveRule;
import io.github.somepolicy.engine.Profiles;
import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.RuleMetadata;
import io.github.somepolicy.schema.Suggestions;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the rules in force: for the configuration in {@code directory} (its {@code somepolicy.yaml} and
 * the profiles it extends), or for a built-in profile named with {@code profile}. Each rule is shown with
 * its effective severity, its title, the requirements it serves and the parameters that differ from the
 * defaults. Validates nothing.
 */
@Mojo(name = RulesMojo.GOAL_NAME, requiresProject = false, threadSafe = true)
public final class RulesMojo extends AbstractMojo {

    /** The goal's name. */
    public static final String GOAL_NAME = "rules";

    /** The user property of {@link #profile}. */
    public static final String PROFILE = "somepolicy.profile";

    /** The user property of {@link #showOff}. */
    public static final String SHOW_OFF = "somepolicy.showOff";

    private static final String INDENT = "  ";

    /**
     * The configuration root whose {@code somepolicy.yaml} decides the rules. Defaults to the project's base
     * directory, or the current directory when run without a project. Not read when {@code profile} is set.
     */
    @Parameter(property = PropertyNames.DIRECTORY, defaultValue = "${basedir}")
    File directory;

    /**
     * A built-in profile to list the rules of instead of a configuration's: {@code baseline}, {@code strict}
     * or a municipality's profile.
     */
    @Parameter(property = PROFILE)
    String profile;

    /** Whether to list the rules that are off too. */
    @Parameter(property = SHOW_OFF, defaultValue = "false")
    boolean showOff;

    /** The language of the titles and messages: {@code sv} (Swedish) or {@code en} (English). */
    @Parameter(property = PropertyNames.LOCALE, defaultValue = "sv")
    String locale;

    @Override
    public Log getLog() {
        return SafeLog.of(super.getLog());
    }

    @Override
    public void execute() throws MojoExecutionException {
        Messages messages = Messages.of(CheckMojo.MojoSupport.locale(locale));
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
                File root = directory != null ? directory : new File(".");
                policy = Profiles.installed().configuration(root.toPath());
                header = messages.format(
                        "mojo.rules.header.directory",
                        policy.inForce().size(),
                        policy.rules().size(),
                        root.toPath().toAbsolutePath().normalize(),
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
            getLog().info(messages.format("mojo.rules.off-hidden", off, SHOW_OFF));
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
