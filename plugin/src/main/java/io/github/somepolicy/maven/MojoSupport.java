package io.github.somepolicy.maven;

import io.github.somepolicy.diff.RepositoryState;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.output.OutputDirectory;
import io.github.somepolicy.report.Automation;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFormat;
import io.github.somepolicy.report.RunInfo;
import io.github.somepolicy.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** Parameter parsing and set-up shared by the goals. */
final class MojoSupport {
    private MojoSupport() {}

    /** The configuration root: the goal's directory, or the current directory when there is none. */
    static Path root(File directory) {
        return (directory != null ? directory : new File(".")).toPath();
    }

    /** Where a goal writes by default: {@code target/somepolicy} under the configuration root. */
    static Path output(Path root) {
        return root.resolve("target").resolve("somepolicy");
    }

    /**
     * A directory the goal writes into, confined: outside the configuration (or under its
     * {@code target/}), with no symbolic link on the way.
     */
    static OutputDirectory confine(Path directory, Path root, Messages messages) throws MojoExecutionException {
        try {
            return OutputDirectory.confine(directory, root, OutputDirectory.UNDER_TARGET);
        } catch (OutputDirectory.RefusedException e) {
            // Without the cause: Maven would print its internal key after the message.
            throw new MojoExecutionException(SafeLog.line(messages.render(e.userMessage())));
        }
    }

    /** The stop for an output that could not be written, with the refusal's own words when it was one. */
    static MojoExecutionException writeFailed(Path directory, IOException e, Messages messages) {
        if (e instanceof OutputDirectory.RefusedException refused) {
            return new MojoExecutionException(SafeLog.line(messages.render(refused.userMessage())));
        }
        return new MojoExecutionException(
                SafeLog.line(messages.format("mojo.report-failed", directory, e.getMessage())), e);
    }

    /** The backstops from the goal's parameters, with the fixed nesting depth. */
    static Limits limits(long maxFileBytes, int maxFiles) {
        return new Limits(maxFileBytes, Limits.DEFAULT.maxDepth(), maxFiles);
    }

    /**
     * The report with where the configuration sits in Git, when it does: its folder in the repository
     * (for links and SARIF's base ids) and the repository, commit and branch (SARIF provenance).
     */
    static Report inRepository(Report report, Optional<RepositoryState> repository) {
        return repository
                .map(state -> {
                    RunInfo info = report.runInfo().withRootPath(state.rootPath());
                    info = state.provenance().map(info::withProvenance).orElse(info);
                    return new Report(info, report.rules(), report.findings(), report.notices());
                })
                .orElse(report);
    }

    /** The report with the Azure Pipelines run it is part of, when it is (for SARIF's automation details). */
    static Report inPipeline(Report report, Map<String, String> environment) {
        return Automation.azurePipelines(environment)
                .map(job -> new Report(
                        report.runInfo().withAutomation(job), report.rules(), report.findings(), report.notices()))
                .orElse(report);
    }

    static Locale locale(String value) throws MojoExecutionException {
        String language = value == null || value.isBlank()
                ? "sv"
                : Locale.forLanguageTag(value.strip().replace('_', '-')).getLanguage();
        if (language.equals("sv")) {
            return Locale.forLanguageTag("sv");
        }
        if (language.equals("en")) {
            return Locale.ENGLISH;
        }
        throw new MojoExecutionException(Messages.of(Locale.ENGLISH).format("mojo.bad-locale", value) + " / "
                + Messages.of(Locale.forLanguageTag("sv")).format("mojo.bad-locale", value));
    }

    static Locale localeOrDefault(String value) {
        try {
            return locale(value);
        } catch (MojoExecutionException e) {
            return Locale.forLanguageTag("sv");
        }
    }

    static Optional<Severity> threshold(String value, Messages messages) throws MojoExecutionException {
        String level = value == null ? "error" : value.strip().toLowerCase(Locale.ROOT);
        if (level.equals("never")) {
            return Optional.empty();
        }
        Optional<Severity> severity = Severity.fromId(level);
        if (severity.isEmpty()) {
            throw new MojoExecutionException(messages.format("mojo.bad-failOn", value));
        }
        return severity;
    }

    static Set<ReportFormat> formats(String value, Messages messages) throws MojoExecutionException {
        Set<ReportFormat> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : (value == null ? "console" : value).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            ReportFormat.fromId(part).ifPresentOrElse(chosen::add, () -> unknown.add(part.strip()));
        }
        if (!unknown.isEmpty()) {
            throw new MojoExecutionException(
                    messages.format("mojo.bad-format", String.join(", ", unknown), ReportFormat.ids()));
        }
        return chosen;
    }

    static LocalDate today(String value, Messages messages) throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException(messages.format("mojo.bad-today", value));
        }
    }

    static String pluginVersion() {
        String version = MojoSupport.class.getPackage().getImplementationVersion();
        return version != null ? version : PluginVersion.VALUE;
    }

    /** What set-up done in the background gave; a problem in it is a problem of the build. */
    static <T> T result(Background<T> work) throws MojoExecutionException {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
