package io.github.somepolicy.maven;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Report;
import java.io.File;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The findings page of the project's site ({@code mvn site}), as maven-checkstyle-plugin has one: the
 * counts by severity, the rules with findings, every finding by file, and the waived findings with their
 * waivers. Declared under {@code <reporting>}; it validates the configuration itself and never fails the
 * build (the {@code check} goal does that). The page's language is the site's ({@code sv} or English).
 */
@Mojo(name = ReportMojo.GOAL_NAME, defaultPhase = LifecyclePhase.SITE, requiresProject = true, threadSafe = true)
public final class ReportMojo extends AbstractMavenReport {

    /** The goal's name. */
    public static final String GOAL_NAME = "report";

    /** The configuration root. */
    @Parameter(property = PropertyNames.DIRECTORY, defaultValue = "${basedir}")
    File directory;

    /** The date that date-aware rules check against, as {@code YYYY-MM-DD}; the current date by default. */
    @Parameter(property = PropertyNames.TODAY)
    String today;

    /** The largest configuration file read, in bytes. */
    @Parameter(property = PropertyNames.MAX_FILE_BYTES, defaultValue = "1048576")
    long maxFileBytes;

    /** The most configuration files read in one run. */
    @Parameter(property = PropertyNames.MAX_FILES, defaultValue = "100000")
    int maxFiles;

    /** Leaves the findings page out of the site. */
    @Parameter(property = PropertyNames.REPORT_SKIP, defaultValue = "false")
    boolean skip;

    @Override
    public String getOutputName() {
        return "somepolicy";
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
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Messages messages = messages(locale);
        Report report;
        try {
            LocalDate date = MojoSupport.today(today, messages);
            report = new Validator()
                    .validate(new ValidationRequest(
                            MojoSupport.root(directory),
                            date,
                            MojoSupport.limits(maxFileBytes, maxFiles),
                            MojoSupport.pluginVersion()));
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (SomepolicyException e) {
            throw new MavenReportException(messages.render(e.userMessage()), e);
        }
        new FindingsPage(getSink(), report, messages).render();
    }

    /** The site's language when it is Swedish, else English. */
    static Messages messages(Locale locale) {
        return Messages.of(
                locale != null && locale.getLanguage().equals("sv") ? Locale.forLanguageTag("sv") : Locale.ENGLISH);
    }
}
