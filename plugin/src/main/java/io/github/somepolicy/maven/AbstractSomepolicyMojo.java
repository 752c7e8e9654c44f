package io.github.somepolicy.maven;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.console.ConsoleWriter;
import io.github.somepolicy.rule.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What every goal of the plugin has: the configuration root, the language of its messages, one way to
 * log a finding at its level, and the older names of its user properties (see {@link PropertyNames}).
 * A new goal extends this class, or {@link AbstractValidatingMojo} when it reads the configuration.
 */
public abstract class AbstractSomepolicyMojo extends AbstractMojo {

    /**
     * The configuration root: the directory that holds {@code somepolicy.yaml}, {@code organisation.yaml}
     * and {@code accounts/}. It may be a subfolder of a Git repository. Defaults to the project's base
     * directory, or the current directory when run without a project.
     */
    @Parameter(property = PropertyNames.DIRECTORY, defaultValue = "${basedir}")
    File directory;

    /** The language of messages and of what the goal writes: {@code sv} (Swedish) or {@code en} (English). */
    @Parameter(property = PropertyNames.LOCALE, defaultValue = "sv")
    String locale;

    /** The build, for the user properties given under an older name. */
    @Parameter(defaultValue = "${session}", readonly = true, required = false)
    MavenSession session;

    /** This run of the goal, to tell a parameter set in the POM from one left to its property. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = false)
    MojoExecution execution;

    /**
     * The build log, through the redactor and the neutraliser: no line any goal prints holds a secret
     * or text that could pass for a line, a colour or a CI command of its own.
     */
    @Override
    public Log getLog() {
        return SafeLog.of(super.getLog());
    }

    /** The configuration root as a path. */
    protected final Path root() {
        return MojoSupport.root(directory);
    }

    /** The messages in the chosen language; stops with a message in both languages on an unknown one. */
    protected final Messages messages() throws MojoExecutionException {
        return Messages.of(MojoSupport.locale(locale));
    }

    /** The messages in the chosen language, or Swedish when it cannot be read (for the skip line). */
    protected final Messages messagesOrDefault() {
        return Messages.of(MojoSupport.localeOrDefault(locale));
    }

    /** Logs a finding's console line at its level: errors as errors, warnings as warnings, the rest and waived ones as information. */
    protected final void log(Finding finding, Messages messages) {
        Optional<Severity> level = finding.waived() ? Optional.empty() : Optional.of(finding.severity());
        // A line the log would drop (mvn -q prints errors only) is not formatted at all.
        if (logs(level)) {
            log(level, ConsoleWriter.line(finding, messages));
        }
    }

    /** Whether the log prints lines at the level of a severity; without one, information. */
    private boolean logs(Optional<Severity> severity) {
        Severity level = severity.orElse(Severity.NOTE);
        if (level == Severity.ERROR) {
            return getLog().isErrorEnabled();
        }
        return level == Severity.WARNING ? getLog().isWarnEnabled() : getLog().isInfoEnabled();
    }

    /** Logs a line at the level of a severity; without one, as information. */
    protected final void log(Optional<Severity> severity, String line) {
        Severity level = severity.orElse(Severity.NOTE);
        if (level == Severity.ERROR) {
            getLog().error(line);
        } else if (level == Severity.WARNING) {
            getLog().warn(line);
        } else {
            getLog().info(line);
        }
    }

    /**
     * A text parameter, or the value given under an older name of its user property when neither the POM
     * nor the current name sets it.
     */
    protected final String olderName(String value, String parameter, String property) {
        return older(parameter, property).orElse(value);
    }

    /** A path parameter, or the value given under an older name of its property, against the configuration root's base. */
    protected final File olderName(File value, String parameter, String property) {
        return older(parameter, property)
                .map(given -> {
                    File file = new File(given);
                    File base = session != null && session.getCurrentProject() != null
                            ? session.getCurrentProject().getBasedir()
                            : directory;
                    return file.isAbsolute() || base == null ? file : new File(base, given);
                })
                .orElse(value);
    }

    private Optional<String> older(String parameter, String property) {
        Xpp3Dom configured = execution != null && execution.getConfiguration() != null
                ? execution.getConfiguration().getChild(parameter)
                : null;
        if (configured != null
                && configured.getValue() != null
                && !configured.getValue().equals("${" + property + "}")) {
            return Optional.empty();
        }
        Properties user = session != null ? session.getUserProperties() : null;
        Properties system = session != null ? session.getSystemProperties() : System.getProperties();
        return PropertyNames.olderValue(property, user, system);
    }
}
