package io.github.somepolicy.maven;

import io.github.somepolicy.engine.Profiles;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.init.Scaffold;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a municipality's repository: the pom with the plugin, the Maven Wrapper, {@code
 * organisation.yaml}, {@code somepolicy.yaml} for the chosen profile, one account to copy, notices in
 * Swedish and English that meet the profile's notice rules, CI for GitHub and GitLab, editor settings
 * with the schemas, {@code .gitignore} and a short README in Swedish. What it cannot know is written as
 * a placeholder, which {@code check} points out with what to write. A file that exists is never
 * replaced. The repository is started in {@code directory} (the current folder unless given); the
 * files are written in Swedish whatever {@code locale} the messages are in.
 */
@Mojo(name = InitMojo.GOAL_NAME, requiresProject = false, threadSafe = true)
public final class InitMojo extends AbstractSomepolicyMojo {

    /** The goal's name. */
    public static final String GOAL_NAME = "init";

    /**
     * The built-in profile the configuration follows: {@code baseline}, {@code strict}, {@code
     * goteborg}, {@code malmo}, {@code orebro}, {@code bollnas} or {@code trosa}.
     */
    @Parameter(property = PropertyNames.PROFILE, defaultValue = "baseline")
    String profile;

    /** The municipality's name, such as {@code Ekeby kommun}. A placeholder is written when it is not given. */
    @Parameter(property = PropertyNames.MUNICIPALITY)
    String municipality;

    /** The municipality's website, such as {@code https://www.ekeby.se}. A placeholder when not given. */
    @Parameter(property = PropertyNames.WEBSITE)
    String website;

    /** The date written where a date is needed, as {@code YYYY-MM-DD}; the current date by default. */
    @Parameter(property = PropertyNames.TODAY)
    String today;

    @Override
    public void execute() throws MojoExecutionException {
        Messages messages = messages();
        LocalDate date = MojoSupport.today(today, messages);
        String chosen = profile == null ? "baseline" : profile.strip().toLowerCase(Locale.ROOT);
        if (!Profiles.names().contains(chosen)) {
            throw new MojoExecutionException(
                    messages.format("mojo.init.unknown-profile", profile, String.join(", ", Profiles.names())));
        }
        String name = municipality == null || municipality.isBlank() ? Scaffold.NAME_PLACEHOLDER : municipality.strip();
        String site = website == null || website.isBlank() ? Scaffold.WEBSITE_PLACEHOLDER : website(website, messages);
        Path root = root().toAbsolutePath().normalize();
        Scaffold.Result result;
        try {
            result = Scaffold.write(root, new Scaffold.Settings(chosen, name, site, date, MojoSupport.pluginVersion()));
        } catch (IOException e) {
            throw new MojoExecutionException(messages.format("mojo.init.failed", root, e.getMessage()), e);
        }
        for (String kept : result.kept()) {
            getLog().warn(messages.format("mojo.init.kept", kept));
        }
        getLog().info(messages.format(
                "mojo.init.done",
                result.created().size(),
                root,
                chosen,
                result.kept().size()));
        getLog().info(messages.format("mojo.init.next"));
    }

    /** The website as an address without a trailing slash; anything else is refused. */
    private static String website(String value, Messages messages) throws MojoExecutionException {
        String site = value.strip();
        try {
            URI uri = new URI(site);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new URISyntaxException(site, "not a web address");
            }
        } catch (URISyntaxException e) {
            throw new MojoExecutionException(messages.format("mojo.init.bad-website", value));
        }
        return site.replaceAll("/+$", "");
    }
}
