package io.github.somepolicy.maven;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.output.OutputDirectory;
import io.github.somepolicy.report.Report;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The findings page of the project's site ({@code mvn site}), as maven-checkstyle-plugin has one: the
 * counts by severity, the rules with findings, every finding by file, and the waived findings with their
 * waivers. Declared under {@code <reporting>}; it validates the configuration itself and never fails the
 * build (the {@code check} goal does that). In the site the page's language is the site's ({@code sv} or
 * English). Run on its own ({@code mvn somepolicy:report}) it writes the same page as a document of its
 * own, {@code somepolicy.html} in the site's folder, in the language of {@code somepolicy.locale}.
 *
 * <p>The goal implements the reporting interface itself, on Doxia's sink, which the site plugin shares
 * with it: the site renderer, its skins and archivers are the site plugin's, not loaded with every goal.
 */
@Mojo(name = ReportMojo.GOAL_NAME, defaultPhase = LifecyclePhase.SITE, requiresProject = true, threadSafe = true)
public final class ReportMojo extends AbstractValidatingMojo implements MavenReport {

    /** The goal's name. */
    public static final String GOAL_NAME = "report";

    private static final String OUTPUT_NAME = "somepolicy";

    /** Leaves the findings page out of the site. */
    @Parameter(property = PropertyNames.REPORT_SKIP, defaultValue = "false")
    boolean skip;

    /** Where the page is written when the goal runs on its own; the site sets its own folder. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File outputDirectory;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return messages(locale).format("report.site.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return messages(locale).format("report.site.description");
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.outputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    /** The page in the site, in the site's language. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        Messages messages = messages(locale);
        try {
            new FindingsPage(validate(messages), messages).render(sink);
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** The page on its own, outside the site. */
    @Override
    public void execute() throws MojoExecutionException {
        Messages messages = messages();
        if (skip) {
            getLog().info(messages.format("mojo.report-skip"));
            return;
        }
        Workspace.requireConfiguration(root(), messages);
        OutputDirectory output = MojoSupport.confine(outputDirectory.toPath(), root(), messages);
        String page;
        try {
            page = new FindingsPage(validate(messages), messages).html();
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        try {
            File written = output.write(OUTPUT_NAME + ".html", page).toFile();
            getLog().info(messages.format("mojo.report-page", written));
        } catch (IOException e) {
            throw MojoSupport.writeFailed(outputDirectory.toPath(), e, messages);
        }
    }

    private Report validate(Messages messages) throws MojoExecutionException {
        try {
            return new Validator()
                    .validate(new ValidationRequest(root(), date(messages), limits(), MojoSupport.pluginVersion()));
        } catch (SomepolicyException e) {
            throw new MojoExecutionException(SafeLog.line(messages.render(e.userMessage())), e);
        }
    }

    /** The site's language when it is Swedish, else English. */
    static Messages messages(Locale locale) {
        return Messages.of(
                locale != null && locale.getLanguage().equals("sv") ? Locale.forLanguageTag("sv") : Locale.ENGLISH);
    }
}
