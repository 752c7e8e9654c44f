package io.github.somepolicy.maven;

import io.github.somepolicy.diff.GitIndex;
import io.github.somepolicy.engine.Fingerprint;
import io.github.somepolicy.engine.ResultCache;
import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.output.OutputDirectory;
import io.github.somepolicy.report.Automation;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFiles;
import io.github.somepolicy.report.ReportFormat;
import io.github.somepolicy.report.console.ConsoleWriter;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.schema.SchemaValidator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates a municipality's social media configuration: every file against its JSON Schema and the
 * policy rules of the chosen profile. Prints each finding as {@code file:line:column: severity [rule]
 * message}, writes the chosen reports and fails the build when findings reach {@code failOn}.
 */
@Mojo(name = CheckMojo.GOAL_NAME, defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public final class CheckMojo extends AbstractValidatingMojo {

    /** The goal's name. */
    public static final String GOAL_NAME = "check";

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code note}, or
     * {@code never} to report without failing. Waived findings never fail the build.
     */
    @Parameter(property = PropertyNames.FAIL_ON, defaultValue = "error")
    String failOn;

    /** Skips the check. */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    boolean skip;

    /**
     * Where report files are written: outside the configuration or under its {@code target/}, with no
     * symbolic link on the way; the goal stops otherwise.
     */
    @Parameter(property = PropertyNames.REPORT_DIRECTORY, defaultValue = "${project.build.directory}/somepolicy")
    File reportDirectory;

    /**
     * The report formats, comma-separated: {@code console} (printed, and written as {@code somepolicy.txt}),
     * {@code sarif} ({@code somepolicy.sarif}, SARIF 2.1.0 for code scanning), {@code junit}
     * ({@code somepolicy-junit.xml} for CI test tabs), {@code json} ({@code somepolicy.json}, described by
     * {@code report.schema.json}) and {@code markdown} ({@code somepolicy.md} for a job summary or a
     * pull-request comment), {@code github} ({@code somepolicy-github.txt}: GitHub Actions annotations,
     * also printed to the build's output), {@code codequality} ({@code somepolicy-codequality.json}:
     * GitLab Code Quality) and {@code checkstyle} ({@code somepolicy-checkstyle.xml}: Checkstyle XML for
     * Jenkins Warnings NG, reviewdog and other review tools).
     */
    @Parameter(property = PropertyNames.FORMATS, defaultValue = "console,sarif")
    String formats;

    /**
     * Skips validation when nothing that decides the result has changed since the last check: the
     * plugin and its rule packs, the parameters, the date, and the content of every file under the
     * configuration root (by SHA-256, or by its blob where Git's index holds the file unchanged; a file
     * whose size, time and inode are those it had when last hashed keeps that hash). The reports of the last check
     * are then reused, and the build fails again if that check failed it. The fingerprint is kept in
     * {@code target/somepolicy/somepolicy-fingerprint.properties}, next to the reports (with a report
     * directory of your own, under a name of its own there); the log says why a check was not skipped. Set
     * to {@code false} to validate on every build.
     */
    @Parameter(property = PropertyNames.UP_TO_DATE_CHECK, defaultValue = "true")
    boolean upToDateCheck;

    /**
     * Keeps each file's result between builds, so that a build checks again only the files whose result
     * may have changed: a file's result is reused when the file, the plugin and its rule packs, the
     * policy, the organisation, the notices the file refers to, the parameters and the date are all as
     * they were (by SHA-256, or Git's blob id). The cache is {@code target/somepolicy/somepolicy-cache.bin}, next to
     * the up-to-date fingerprint; keep it between CI runs to check a pull request in a fraction of the
     * time. A damaged or foreign cache is ignored, with one line in the log. Set to {@code false} to check
     * every file on every build.
     */
    @Parameter(property = PropertyNames.CACHE, defaultValue = "true")
    boolean cache;

    /** The build directory, where the up-to-date fingerprint is kept. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(messagesOrDefault().format("mojo.skip"));
            return;
        }
        Path root = root();
        Path output = Workspace.output(session, root);
        Path reports = Workspace.folder(reportDirectory, output);
        // Naming every file for the up-to-date check is the longest part of a run whose results are mostly
        // reused: it starts at once, with the Git repository and the code's hash, while the messages and
        // the catalogue are read here; once the settings and folders are known to be usable, the result
        // cache is read and the schemas compiled on threads of their own too (each a few hundred
        // milliseconds in a fresh JVM). Where the configuration sits in Git goes into the reports (the
        // commit, for code scanning), so a new commit with the same files is not up to date either. However
        // the goal ends, it first waits for the work it started, so that none of it still reads from the
        // plugin when Maven closes its class loader.
        Path buildFolder =
                Workspace.folder(buildDirectory == null ? null : new File(buildDirectory, "somepolicy"), output);
        Path earlierFingerprint = UpToDate.file(buildFolder, reports);
        // The Git repository's state goes into the reports and the fingerprint; without an earlier
        // fingerprint (a fresh clone in CI) its index is read in the same opening, beside the walk.
        boolean hashes = upToDateCheck && Workspace.isConfiguration(root);
        boolean withIndex = hashes && !Files.exists(earlierFingerprint, LinkOption.NOFOLLOW_LINKS);
        Background<GitIndex.Checkout> checkout =
                Background.start("repository", () -> GitIndex.checkout(root, withIndex));
        Background<UpToDate.Hashed> hashing = hashes
                ? Background.start(
                        "fingerprint",
                        () -> UpToDate.hash(root, reports, earlierFingerprint, withIndex ? checkout : null))
                : null;
        // The code's own hash (the plugin's jar and the rule packs', part of every cached result's key and
        // of the fingerprint) is taken beside them.
        Background<String> code = upToDateCheck || cache ? Background.start("code", Fingerprint::codeHash) : null;
        List<Background<?>> started = new ArrayList<>();
        started.add(checkout);
        started.add(hashing);
        started.add(code);
        try {
            Messages messages = messages();
            Optional<Severity> threshold = MojoSupport.threshold(failOn, messages);
            Set<ReportFormat> chosen = MojoSupport.formats(formats, messages);
            LocalDate date = date(messages);
            Workspace.noteCurrentFolder(session, root, getLog(), messages);
            Workspace.requireConfiguration(root, messages);
            OutputDirectory reportOutput = MojoSupport.confine(reports, root, messages);
            OutputDirectory fingerprintHome = MojoSupport.confine(buildFolder, root, messages);
            Path fingerprintFile = UpToDate.file(fingerprintHome.path(), reports);
            Path cacheFile = UpToDate.file(fingerprintHome.path(), reports, ResultCache.FILE_NAME);
            // The results kept by the last check are read beside the rest of the set-up.
            Background<CacheFile> cacheRead = cache ? Background.start("cache", () -> CacheFile.read(cacheFile)) : null;
            started.add(cacheRead);
            Background<SchemaValidator> schemas = Background.start("schemas", SchemaValidator::new);
            started.add(schemas);
            if (withIndex) {
                // Without an earlier fingerprint the check cannot be up to date: what the run needs first is
                // read here, while the files are still being named, rather than after.
                Validator.prepare();
            }
            Optional<Fingerprint> fingerprint = Optional.empty();
            if (upToDateCheck) {
                fingerprint = UpToDate.fingerprint(
                        settings(root, reports, threshold, chosen, messages, date), hashing, code, checkout);
                if (fingerprint.isPresent()) {
                    // The last check's fingerprint was read where the hashing started; read again if the
                    // folders turned out elsewhere.
                    UpToDate.Hashed hashed = MojoSupport.result(hashing);
                    Optional<Fingerprint.Stored> earlier =
                            hashed.fingerprintFile().equals(fingerprintFile)
                                    ? hashed.earlier()
                                    : UpToDate.read(fingerprintFile);
                    Optional<Message> why = UpToDate.whyNot(fingerprint.get(), earlier, reports, chosen);
                    if (why.isEmpty()) {
                        reuse(fingerprint.get(), earlier, reports, chosen, messages);
                        return;
                    }
                    getLog().info(messages.render(why.get()));
                } else {
                    getLog().info(messages.format("mojo.not-up-to-date.unreadable", root));
                }
            }
            UpToDate.forget(fingerprintFile);

            ResultCache results = cache ? usable(MojoSupport.result(cacheRead), messages) : ResultCache.none();
            if (results.enabled() && fingerprint.isPresent()) {
                // The files were just hashed for the fingerprint: a file whose result is reused is not read again.
                results.knowHashes(fingerprint.get().files());
            }
            Report report;
            try {
                report = new Validator(MojoSupport.result(schemas))
                        .validate(new ValidationRequest(root, date, limits(), MojoSupport.pluginVersion()), results);
            } catch (SomepolicyException e) {
                throw new MojoExecutionException(SafeLog.line(messages.render(e.userMessage())), e.getCause());
            }
            // The cache is written beside the reports; the fingerprint is kept only after both.
            Background<Boolean> cacheWrite = null;
            if (results.enabled()) {
                getLog().info(messages.format("mojo.cache.used", results.checked(), results.reused(), cacheFile));
                if (!results.unchanged() || !Files.isRegularFile(cacheFile, LinkOption.NOFOLLOW_LINKS)) {
                    ResultCache kept = results;
                    cacheWrite = Background.start("cache-write", () -> {
                        fingerprintHome.write(
                                fingerprintHome.path().relativize(cacheFile).toString(), kept.toBytes());
                        return true;
                    });
                    started.add(cacheWrite);
                }
            }
            report = MojoSupport.inRepository(
                    report, MojoSupport.result(checkout).state());
            report = MojoSupport.inPipeline(report, System.getenv());

            if (chosen.contains(ReportFormat.CONSOLE)) {
                report.findings().forEach(finding -> log(finding, messages));
            }
            String summary = ConsoleWriter.summary(report, messages);
            getLog().info(summary);
            for (ReportFormat format : chosen) {
                try {
                    Path written = ReportFiles.write(reportOutput, format, report, messages.locale());
                    getLog().debug(messages.format("mojo.report-written", format.id(), written));
                } catch (IOException e) {
                    throw MojoSupport.writeFailed(reports, e, messages);
                }
            }
            printAnnotations(reports, chosen);
            if (cacheWrite != null) {
                try {
                    cacheWrite.get();
                } catch (Exception e) {
                    getLog().warn(messages.format("mojo.cache.failed", cacheFile, e.getMessage()));
                }
            }
            Optional<String> failure = report.failsAt(threshold)
                    ? Optional.of(messages.format(
                            "mojo.failed",
                            report.count(threshold.orElseThrow()),
                            threshold.orElseThrow().id()))
                    : Optional.empty();
            if (fingerprint.isPresent()) {
                try {
                    UpToDate.remember(fingerprint.get(), fingerprintHome, fingerprintFile, summary, failure);
                } catch (IOException e) {
                    getLog().warn(messages.format("mojo.fingerprint-failed", fingerprintFile, e.getMessage()));
                }
            }
            if (failure.isPresent()) {
                throw new MojoFailureException(failure.get());
            }
        } finally {
            Background.settleAll(started.toArray(new Background<?>[0]));
        }
    }

    /**
     * The cache file as the last check left it: its results, or why there are none.
     *
     * @param path where it is
     * @param results the results, when the file held a cache of this version
     * @param found whether there was a file
     * @param otherVersion whether it was a cache of another version of the plugin
     */
    private record CacheFile(Path path, Optional<ResultCache> results, boolean found, boolean otherVersion) {

        /** Reads and parses the cache file; never through a link. */
        static CacheFile read(Path cacheFile) {
            if (!Files.exists(cacheFile, LinkOption.NOFOLLOW_LINKS)) {
                return new CacheFile(cacheFile, Optional.empty(), false, false);
            }
            byte[] bytes;
            try {
                bytes = FileScanner.readBounded(cacheFile, Integer.MAX_VALUE - 16L);
            } catch (IOException e) {
                bytes = new byte[0];
            }
            Optional<ResultCache> parsed = ResultCache.parse(bytes);
            return new CacheFile(cacheFile, parsed, true, parsed.isEmpty() && ResultCache.isOtherVersion(bytes));
        }
    }

    /** The results kept by the last check; none, with one line saying so, when the file is damaged or foreign. */
    private ResultCache usable(CacheFile read, Messages messages) {
        if (!read.found()) {
            return ResultCache.empty();
        }
        if (read.results().isPresent()) {
            return read.results().get();
        }
        // After an upgrade the cache is simply of another format: one line of information, not a warning.
        if (read.otherVersion()) {
            getLog().info(messages.format("mojo.cache.other-version", read.path()));
        } else {
            getLog().warn(messages.format("mojo.cache.unusable", read.path()));
        }
        return ResultCache.empty();
    }

    /** Reuses the last check's reports: one line says so, and the build fails again if it failed then. */
    private void reuse(
            Fingerprint fingerprint,
            Optional<Fingerprint.Stored> stored,
            Path reports,
            Set<ReportFormat> chosen,
            Messages messages)
            throws MojoFailureException {
        getLog().info(messages.format("mojo.up-to-date", fingerprint.files().size(), reports));
        if (chosen.contains(ReportFormat.CONSOLE)) {
            logPreviousFindings(reports.resolve(ReportFormat.CONSOLE.fileName()));
        }
        printAnnotations(reports, chosen);
        Map<String, String> extra = stored.map(Fingerprint.Stored::extra).orElse(Map.of());
        if (extra.containsKey(UpToDate.SUMMARY)) {
            getLog().info(messages.format("mojo.up-to-date.previous", extra.get(UpToDate.SUMMARY)));
        }
        if (extra.containsKey(UpToDate.FAILURE)) {
            throw new MojoFailureException(extra.get(UpToDate.FAILURE));
        }
    }

    /**
     * Prints the findings of the reused console report again, each at its level, so that an unchanged
     * build shows what it found as the run before did. Its last line, the summary, follows separately.
     */
    private void logPreviousFindings(Path consoleReport) {
        List<String> lines;
        try {
            lines = Files.readAllLines(consoleReport, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;
        }
        for (String line : lines.subList(0, Math.max(0, lines.size() - 1))) {
            log(ConsoleWriter.severityOf(line), line);
        }
    }

    /**
     * Prints the GitHub annotations report, when chosen, to the build's standard output as it is: GitHub
     * Actions reads workflow commands only at the start of a line, which Maven's log prefixes would hide.
     */
    private static void printAnnotations(Path reports, Set<ReportFormat> chosen) {
        if (!chosen.contains(ReportFormat.GITHUB)) {
            return;
        }
        try {
            String annotations =
                    Files.readString(reports.resolve(ReportFormat.GITHUB.fileName()), StandardCharsets.UTF_8);
            System.out.print(annotations);
            System.out.flush();
        } catch (IOException e) {
            // the report is written just before; without it there is nothing to print
        }
    }

    /** The parameters that decide the result, by name, in the form the fingerprint compares. */
    private Map<String, String> settings(
            Path root,
            Path reports,
            Optional<Severity> threshold,
            Set<ReportFormat> chosen,
            Messages messages,
            LocalDate date) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("pluginVersion", MojoSupport.pluginVersion());
        settings.put("directory", root.toAbsolutePath().normalize().toString());
        settings.put("reportDirectory", reports.toAbsolutePath().normalize().toString());
        settings.put("failOn", threshold.map(Severity::id).orElse("never"));
        settings.put(
                "formats",
                chosen.stream().map(ReportFormat::id).sorted().toList().toString());
        settings.put("locale", messages.locale().toLanguageTag());
        settings.put("today", date.toString());
        settings.put("maxFileBytes", String.valueOf(maxFileBytes));
        settings.put("maxFiles", String.valueOf(maxFiles));
        // The pipeline run goes into SARIF's automation details, so another run is not up to date.
        settings.put(
                "pipeline",
                Automation.azurePipelines(System.getenv()).map(Automation::id).orElse("none"));
        return settings;
    }
}
