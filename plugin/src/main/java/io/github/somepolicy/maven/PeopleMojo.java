package io.github.somepolicy.maven;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.register.PeopleGenerator;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
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
public final class PeopleMojo extends AbstractValidatingMojo {

    /** The goal's name. */
    public static final String GOAL_NAME = "people";

    /**
     * Where {@code people.md} and {@code people.csv} are written. It may not lie inside the public
     * register's folder, nor inside the configuration except under its {@code target/}.
     */
    @Parameter(
            property = PropertyNames.PEOPLE_OUTPUT_DIRECTORY,
            defaultValue = "${project.build.directory}/somepolicy/people")
    File outputDirectory;

    /**
     * The public register's folder, as the {@code register} goal writes it (the same user property); the
     * report is never written inside it.
     */
    @Parameter(
            property = PropertyNames.REGISTER_OUTPUT_DIRECTORY,
            defaultValue = "${project.build.directory}/somepolicy/register")
    File registerDirectory;

    /** Skips the report. */
    @Parameter(property = PropertyNames.PEOPLE_SKIP, defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info(messagesOrDefault().format("register.people.mojo.skip"));
            return;
        }
        Messages messages = messages();
        LocalDate date = date(messages);
        Path root = root();
        Path target = MojoSupport.output(root);
        File registerFolder =
                olderName(registerDirectory, "registerDirectory", PropertyNames.REGISTER_OUTPUT_DIRECTORY);
        Path output = outputDirectory != null ? outputDirectory.toPath() : target.resolve("people");
        Path register = registerFolder != null ? registerFolder.toPath() : target.resolve("register");
        try {
            PeopleGenerator.Result result =
                    new PeopleGenerator().generate(root, output, register, date, messages.locale(), limits());
            getLog().info(messages.format("register.people.mojo.written", result.people(), output));
        } catch (SomepolicyException e) {
            throw new MojoExecutionException(messages.render(e.userMessage()), e);
        }
    }
}
