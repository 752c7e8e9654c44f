package io.github.somepolicy.maven;

import io.github.somepolicy.diff.GitIndex;
import io.github.somepolicy.diff.RepositoryState;
import io.github.somepolicy.engine.Fingerprint;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.output.OutputDirectory;
import io.github.somepolicy.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** The check goal's up-to-date check: the fingerprint kept next to the reports, and what it decides. */
final class UpToDate {

    /** The entry that keeps the last check's summary line. */
    static final String SUMMARY = "result.summary";
    /** The entry that keeps the message the last check failed the build with, when it did. */
    static final String FAILURE = "result.failure";

    private UpToDate() {}

    /**
     * Where the fingerprint of a report directory is kept: in the build's {@code somepolicy} directory,
     * which is the report directory unless the user chose another; each other report directory has a
     * file of its own there, so that two executions never take each other's result.
     */
    static Path file(Path home, Path reports) {
        return file(home, reports, Fingerprint.FILE_NAME);
    }

    /** Where a file of the report directory's own is kept in the build's directory, as {@link #file(Path, Path)}. */
    static Path file(Path home, Path reports, String fileName) {
        Path normalised = reports.toAbsolutePath().normalize();
        if (normalised.equals(home.toAbsolutePath().normalize())) {
            return home.resolve(fileName);
        }
        int dot = fileName.lastIndexOf('.');
        String name = fileName.substring(0, dot) + "-"
                + Integer.toHexString(normalised.toString().hashCode()) + fileName.substring(dot);
        return home.resolve(name);
    }

    /**
     * The files' hashes and the fingerprint the last check kept, which they were taken against.
     *
     * @param earlier the last check's fingerprint, read from {@code fingerprintFile}
     * @param fingerprintFile where it was read from
     * @param hashes the files' hashes now
     */
    record Hashed(Optional<Fingerprint.Stored> earlier, Path fingerprintFile, Fingerprint.Hashes hashes) {}

    /**
     * Reads the last check's fingerprint and hashes the configuration's files, taking over the hashes of
     * the files that stand as they stood then, and naming those Git's index holds as unchanged by their
     * blob. Runs on a thread of its own while the goal sets up.
     *
     * @param checkout the repository and its index, when they are being read on a thread of its own;
     *     else the index is read here when it is worth it (see {@link Fingerprint#files})
     */
    static Hashed hash(Path root, Path reports, Path fingerprintFile, Background<GitIndex.Checkout> checkout)
            throws IOException {
        Optional<Fingerprint.Stored> earlier = read(fingerprintFile);
        Fingerprint.Hashes hashes =
                Fingerprint.files(root, Optional.of(reports), earlier.map(Fingerprint.Stored::fingerprint), () -> {
                    if (checkout == null) {
                        return GitIndex.trusted(root);
                    }
                    try {
                        return checkout.get().index();
                    } catch (Exception e) {
                        return Map.of();
                    }
                });
        return new Hashed(earlier, fingerprintFile, hashes);
    }

    /**
     * The fingerprint of the configuration now, from the settings, the files' hashes, the code's hash and
     * where the configuration sits in Git, each taken on a thread of its own; empty when its files or the
     * code cannot be read. The repository's state (the commit) is a setting: a new commit with the same
     * files is not up to date either.
     */
    static Optional<Fingerprint> fingerprint(
            Map<String, String> settings,
            Background<Hashed> hashing,
            Background<String> code,
            Background<GitIndex.Checkout> checkout)
            throws MojoExecutionException {
        Fingerprint taken;
        try {
            taken = Fingerprint.of(settings, hashing.get().hashes(), code.get());
        } catch (Exception e) {
            return Optional.empty();
        }
        String repository = MojoSupport.result(checkout)
                .state()
                .map(RepositoryState::toString)
                .orElse("none");
        return Optional.of(taken.withSetting("repository", repository));
    }

    /**
     * Why the last check's result cannot be reused; empty when it can.
     *
     * @param stored the fingerprint the last check kept, if any
     */
    static Optional<Message> whyNot(
            Fingerprint now, Optional<Fingerprint.Stored> stored, Path reports, Set<ReportFormat> formats) {
        if (stored.isEmpty()) {
            return Optional.of(Message.of("mojo.not-up-to-date.first-run", reports));
        }
        Optional<Message> changed = now.differenceFrom(stored.get().fingerprint());
        if (changed.isPresent()) {
            return changed;
        }
        for (ReportFormat format : formats) {
            Path report = reports.resolve(format.fileName());
            if (!Files.isRegularFile(report)) {
                return Optional.of(Message.of("mojo.not-up-to-date.report-missing", report));
            }
        }
        return Optional.empty();
    }

    /** The stored fingerprint, if there is a readable one that is not a link. */
    static Optional<Fingerprint.Stored> read(Path fingerprintFile) {
        try {
            return Files.isRegularFile(fingerprintFile, LinkOption.NOFOLLOW_LINKS)
                    ? Fingerprint.parse(Files.readString(fingerprintFile, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the fingerprint before a check, so that a check that stops half-way is never reused. */
    static void forget(Path fingerprintFile) {
        try {
            Files.deleteIfExists(fingerprintFile);
        } catch (IOException e) {
            // Then the next check compares against it and, the reports having changed, runs anyway.
        }
    }

    /** Keeps the fingerprint of a check whose reports were all written, with its outcome. */
    static void remember(
            Fingerprint fingerprint,
            OutputDirectory home,
            Path fingerprintFile,
            String summary,
            Optional<String> failure)
            throws IOException {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(SUMMARY, summary);
        failure.ifPresent(f -> extra.put(FAILURE, f));
        home.write(home.path().relativize(fingerprintFile).toString(), fingerprint.toText(extra));
    }
}
