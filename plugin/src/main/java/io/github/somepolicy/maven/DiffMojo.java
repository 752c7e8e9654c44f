package io.github.somepolicy.maven;

import io.github.somepolicy.diff.ChangeFormat;
import io.github.somepolicy.diff.ChangeReport;
import io.github.somepolicy.diff.ChangeReporter;
import io.github.somepolicy.diff.ChangeRequest;
import io.github.somepolicy.diff.ChangeSummary;
import io.github.somepolicy.diff.FindingChange;
import io.github.somepolicy.diff.Ratchet;
import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.output.OutputDirectory;
import io.github.somepolicy.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Explains what a change to the configuration means, for the reviewers of a pull request: compares the
 * working tree with a Git base (by default the merge base with {@code origin/main}, else {@code main}),
 * lists the accounts, people, notices, records and waivers it changes, the findings it introduces or
 * fixes, and the roles whose review it needs. Writes a Markdown comment, JSON and a CODEOWNERS-style
 * fragment. With {@code failOnNew} the build fails only on findings the change introduces.
 */
@Mojo(name = DiffMojo.GOAL_NAME, requiresProject = false, threadSafe = true)
public final class DiffMojo extends AbstractValidatingMojo {

    /** The goal's name. */
    public static final String GOAL_NAME = "diff";

    /**
     * The Git ref to compare with: a branch ({@code origin/main}), a tag or a commit. The base is the
     * merge base of {@code HEAD} and this ref, so that what changed on the target branch meanwhile is not
     * counted as the change's. Without it, {@code origin/main} is tried, then {@code main}.
     */
    @Parameter(property = PropertyNames.BASE_REF)
    String baseRef;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code note}, or
     * {@code never} to report without failing. Waived findings never fail the build.
     */
    @Parameter(property = PropertyNames.FAIL_ON, defaultValue = "error")
    String failOn;

    /**
     * The ratchet. When {@code true}, the build fails only on findings the change introduces at or above
     * {@code failOn}; findings that were already in the base do not fail it. When {@code false}, the build
     * fails on the head's findings as the {@code check} goal would.
     */
    @Parameter(property = PropertyNames.FAIL_ON_NEW, defaultValue = "false")
    boolean failOnNew;

    /** Skips the goal. */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    boolean skip;

    /** Where the change report's files are written. */
    @Parameter(property = PropertyNames.REPORT_DIRECTORY, defaultValue = "${project.build.directory}/somepolicy")
    File reportDirectory;

    /**
     * Where the base revision's configuration is written to be validated. What an earlier run copied there is
     * removed first; a file the plugin did not write stops the goal and is never deleted. It must not hold
     * the configuration, and inside it must lie under {@code target/} or a hidden folder.
     */
    @Parameter(
            property = PropertyNames.DIFF_WORK_DIRECTORY,
            defaultValue = "${project.build.directory}/somepolicy/base")
    File workDirectory;

    /**
     * The files written, comma-separated: {@code markdown} ({@code somepolicy-diff.md}, for a pull-request
     * comment), {@code json} ({@code somepolicy-diff.json}, described by {@code change-report.schema.json})
     * and {@code codeowners} ({@code somepolicy-codeowners}, each changed file with its reviewers).
     */
    @Parameter(property = PropertyNames.DIFF_FORMATS, defaultValue = "markdown,json,codeowners")
    String formats;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(messagesOrDefault().format("mojo.skip"));
            return;
        }
        Messages messages = messages();
        Optional<Severity> threshold = MojoSupport.threshold(failOn, messages);
        Set<ChangeFormat> chosen = formats(olderName(formats, "formats", PropertyNames.DIFF_FORMATS), messages);
        LocalDate date = date(messages);
        Path root = root();
        Workspace.noteCurrentFolder(session, root, getLog(), messages);
        Workspace.requireConfiguration(root, messages);
        Path reports = Workspace.folder(reportDirectory, Workspace.output(session, root));
        File workFolder = olderName(workDirectory, "workDirectory", PropertyNames.DIFF_WORK_DIRECTORY);
        Path work = Workspace.folder(workFolder, reports.resolve("base"));
        OutputDirectory reportOutput = MojoSupport.confine(reports, root, messages);

        ChangeReport report;
        try {
            report = new ChangeReporter()
                    .report(new ChangeRequest(
                            root,
                            Optional.ofNullable(baseRef).filter(r -> !r.isBlank()),
                            work,
                            date,
                            limits(),
                            MojoSupport.pluginVersion(),
                            new Ratchet(threshold, failOnNew),
                            System.getenv()));
        } catch (SomepolicyException e) {
            // The message says what to do; the cause is for debugging only, since Maven would append its
            // internal text to the message.
            getLog().debug(e);
            throw new MojoExecutionException(SafeLog.line(messages.render(e.userMessage())));
        }

        List<String> summary = ChangeSummary.lines(report, messages);
        getLog().info(summary.get(0));
        for (FindingChange change : report.findings(FindingChange.Status.INTRODUCED)) {
            log(change.finding(), messages);
        }
        summary.subList(1, summary.size()).forEach(getLog()::info);
        for (ChangeFormat format : chosen) {
            try {
                Path target = reportOutput.write(format.fileName(), format.render(report, messages));
                getLog().debug(messages.format("mojo.report-written", format.id(), target));
            } catch (IOException e) {
                throw MojoSupport.writeFailed(reports, e, messages);
            }
        }
        if (report.fails()) {
            Severity level = threshold.orElseThrow();
            throw new MojoFailureException(
                    failOnNew
                            ? messages.format("diff.log.failed-new", report.introducedAtLeast(level), level.id())
                            : messages.format("mojo.failed", report.head().count(level), level.id()));
        }
    }

    private static Set<ChangeFormat> formats(String formats, Messages messages) throws MojoExecutionException {
        Set<ChangeFormat> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : (formats == null ? "markdown" : formats).split(",")) {
            if (!part.isBlank()) {
                ChangeFormat.fromId(part).ifPresentOrElse(chosen::add, () -> unknown.add(part.strip()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new MojoExecutionException(
                    messages.format("diff.log.bad-format", String.join(", ", unknown), ChangeFormat.ids()));
        }
        return chosen;
    }
}
