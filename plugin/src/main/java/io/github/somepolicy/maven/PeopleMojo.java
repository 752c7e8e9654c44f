package io.github.somepolicy.maven;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.register.PeopleGenerator;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the people report for the unit manager: every person named on an account, with their roles
 * per account, the roles they hold alone, their absences and their last day, as Markdown and CSV. It
 * holds personal data: it is written to a folder of its own, never into the public register's folder,
 * and is not meant to be published. Not bound to a phase: run {@code somepolicy:people} when planning.
 */
@Mojo(name = PeopleMojo.GOAL_NAME, requiresProject = false, threadSafe = true)
public final class PeopleMojo extends AbstractMojo {

    /** The goal's name. */
    public static final String GOAL_NAME = "people";

    /**
     * The configuration root: the directory that holds {@code organisation.yaml} and {@code accounts/}.
     * Defaults to the project's base directory, or the current directory when run without a project.
     */
    @Parameter(property = PropertyNames.DIRECTORY, defaultValue = "${basedir}")
    File directory;

    /**
     * Where {@code people.md} and {@code people.csv} are written. It may not lie inside the public
     * register's folder, nor inside the configuration except under its {@code target/}.
     */
    @Parameter(property = PropertyNames.PEOPLE_DIRECTORY, defaultValue = "${project.build.directory}/somepolicy/people")
    File outputDirectory;

    /** The public register's folder (as the {@code register} goal writes it); the report never goes inside it. */
    @Parameter(
            property = PropertyNames.REGISTER_DIRECTORY,
            defaultValue = "${project.build.directory}/somepolicy/register")
    File registerDirectory;

    /** The language of the report: {@code sv} (Swedish) or {@code en} (English). */
    @Parameter(property = PropertyNames.LOCALE, defaultValue = "sv")
    String locale;

    /** The date the report describes, as {@code YYYY-MM-DD}. Defaults to the current date. */
    @Parameter(property = PropertyNames.TODAY)
    String today;

    /** Skips the report. */
    @Parameter(property = PropertyNames.PEOPLE_SKIP, defaultValue = "false")
    boolean skip;

    /** The largest configuration file read, in bytes. */
    @Parameter(property = PropertyNames.MAX_FILE_BYTES, defaultValue = "1048576")
    long maxFileBytes;

    /** The most configuration files read in one run. */
    @Parameter(property = PropertyNames.MAX_FILES, defaultValue = "100000")
    int maxFiles;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info(Messages.of(CheckMojo.MojoSupport.localeOrDefault(locale))
                    .format("register.people.mojo.skip"));
            return;
        }
        Messages messages = Messages.of(CheckMojo.MojoSupport.locale(locale));
        LocalDate date = CheckMojo.MojoSupport.today(today, messages);
        Path root = CheckMojo.MojoSupport.root(directory);
        Path target = CheckMojo.MojoSupport.output(root);
        Path output = outputDirectory != null ? outputDirectory.toPath() : target.resolve("people");
        Path register = registerDirectory != null ? registerDirectory.toPath() : target.resolve("register");
        try {
            PeopleGenerator.Result result = new PeopleGenerator()
                    .generate(
                            root,
                            output,
                            register,
                            date,
                            messages.locale(),
                            CheckMojo.MojoSupport.limits(maxFileBytes, maxFiles));
            getLog().info(messages.format("register.people.mojo.written", result.people(), output));
        } catch (SomepolicyException e) {
            throw new MojoExecutionException(messages.render(e.userMessage()), e);
        }
    }
}
