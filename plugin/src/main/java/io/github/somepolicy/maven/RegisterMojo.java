package io.github.somepolicy.maven;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.register.RegisterGenerator;
import io.github.somepolicy.register.RegisterRequest;
import io.github.somepolicy.register.RegisterResult;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.rule.Severity;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the municipality's register of social media accounts from a valid configuration: an
 * accessible HTML page with every active account and one page per unit, the same data as JSON and CSV,
 * and, for the archivist and the registrar, a records-plan extract (CSV, Markdown) and an obligations
 * calendar (iCalendar). Refuses a configuration with findings at error level unless {@code allowErrors}
 * is set. Only public information reaches the register.
 */
@Mojo(name = RegisterMojo.GOAL_NAME, defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public final class RegisterMojo extends AbstractValidatingMojo {

    /** The goal's name. */
    public static final String GOAL_NAME = "register";

    /**
     * Where the public register is written: {@code index.html}, {@code units/<unit>.html},
     * {@code register.json}, {@code register.csv} and the logo. Everything in it may be published as it
     * is. It may not lie inside the configuration, except under its {@code target/}.
     */
    @Parameter(
            property = PropertyNames.REGISTER_OUTPUT_DIRECTORY,
            defaultValue = "${project.build.directory}/somepolicy/register")
    File outputDirectory;

    /**
     * Where the internal outputs are written: {@code records-plan.csv}, {@code records-plan.md} and
     * {@code obligations.ics}. Kept apart from the register so that the register folder can be copied to
     * the website as a whole.
     */
    @Parameter(
            property = PropertyNames.RECORDS_DIRECTORY,
            defaultValue = "${project.build.directory}/somepolicy/records")
    File recordsDirectory;

    /**
     * Publishes even when the configuration has findings at error level. Off by default: a public
     * register should not be built from a configuration that breaks the policy.
     */
    @Parameter(property = PropertyNames.ALLOW_ERRORS, defaultValue = "false")
    boolean allowErrors;

    /** How many days after its closing date a closed account is still listed, in its own section. */
    @Parameter(property = PropertyNames.RECENTLY_CLOSED_DAYS, defaultValue = "365")
    int recentlyClosedDays;

    /**
     * A directory of Pebble templates that replace the built-in ones of the same name: {@code layout.peb}
     * (page frame, colours, header and footer), {@code index.peb}, {@code unit.peb}, {@code accounts.peb}
     * (the table) and {@code contact.peb}. Values are HTML-escaped automatically.
     */
    @Parameter(property = PropertyNames.TEMPLATE_DIRECTORY)
    File templateDirectory;

    /**
     * How many days before each obligation the calendar reminds its subscribers of it (an alarm in every
     * event); {@code 0} for no reminders. Obligations that are overdue are shown as due on the build's date.
     */
    @Parameter(property = PropertyNames.REMINDER_DAYS, defaultValue = "7")
    int reminderDays;

    /** Skips the register. */
    @Parameter(property = PropertyNames.REGISTER_SKIP, defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(messagesOrDefault().format("register.mojo.skip"));
            return;
        }
        Messages messages = messages();
        LocalDate date = date(messages);
        Path root = root();
        Workspace.noteCurrentFolder(session, root, getLog(), messages);
        Workspace.requireConfiguration(root, messages);
        Path target = Workspace.output(session, root);
        File outputFolder = olderName(outputDirectory, "outputDirectory", PropertyNames.REGISTER_OUTPUT_DIRECTORY);
        File recordsFolder = olderName(recordsDirectory, "recordsDirectory", PropertyNames.RECORDS_DIRECTORY);
        Path output = Workspace.folder(outputFolder, target.resolve("register"));
        Path records = Workspace.folder(recordsFolder, target.resolve("records"));
        RegisterRequest request = new RegisterRequest(
                root,
                output,
                records,
                date,
                messages.locale(),
                allowErrors,
                Math.max(0, recentlyClosedDays),
                Optional.ofNullable(templateDirectory).map(File::toPath),
                limits(),
                MojoSupport.pluginVersion(),
                Math.max(0, reminderDays));
        RegisterGenerator generator = new RegisterGenerator();
        RegisterResult result;
        try {
            Report report = generator.validate(request);
            long errors = RegisterGenerator.errors(report);
            for (Finding finding : report.findings()) {
                if (!finding.waived() && finding.severity() == Severity.ERROR) {
                    log(finding, messages);
                }
            }
            if (errors > 0 && !allowErrors) {
                throw new MojoFailureException(messages.render(Message.of(RegisterGenerator.REFUSED, errors)));
            }
            if (errors > 0) {
                getLog().warn(messages.format("register.mojo.allowing-errors", errors));
            }
            result = generator.publish(request, report);
        } catch (SomepolicyException e) {
            throw new MojoExecutionException(SafeLog.line(messages.render(e.userMessage())), e.getCause());
        }
        for (Message warning : result.warnings()) {
            getLog().warn(messages.render(warning));
        }
        getLog().info(messages.format(
                "register.mojo.written",
                result.register().municipality().name(),
                output,
                result.register().active().size(),
                result.register().recentlyClosed().size(),
                result.register().units().size(),
                result.obligations(),
                records));
    }
}
