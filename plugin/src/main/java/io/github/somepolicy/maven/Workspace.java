package io.github.somepolicy.maven;

import io.github.somepolicy.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Where a goal stands, with or without a pom: the folders it writes to by default and the checks that
 * keep a run without a pom from going green on nothing.
 */
final class Workspace {

    /** What a configuration root holds at least one of. */
    static final List<String> EXPECTED = List.of("somepolicy.yaml", "organisation.yaml", "accounts");

    private Workspace() {}

    /** Whether Maven runs with a pom, rather than as the stand-in project it makes without one. */
    static boolean hasPom(MavenSession session) {
        return session == null
                || session.getRequest() == null
                || session.getRequest().isProjectPresent();
    }

    /**
     * The folder the goals write to by default: {@code target/somepolicy} under the configuration root, or,
     * without a pom, under the folder Maven was started in.
     */
    static Path output(MavenSession session, Path root) {
        if (hasPom(session)) {
            return MojoSupport.output(root);
        }
        String started = session.getExecutionRootDirectory();
        Path base = started != null ? Path.of(started) : Path.of("").toAbsolutePath();
        return MojoSupport.output(base);
    }

    /**
     * A folder parameter, or the fallback when it is not set or when Maven left one of its expressions
     * unresolved (without a pom {@code ${project.build.directory}} stays as it is written), so that no
     * folder named {@code ${...}} is ever made.
     */
    static Path folder(File configured, Path fallback) {
        if (configured == null || configured.getPath().contains("${")) {
            return fallback;
        }
        return configured.toPath();
    }

    /**
     * Refuses a configuration root that holds none of {@link #EXPECTED}: a check of an empty or wrong
     * folder must not pass.
     */
    static void requireConfiguration(Path root, Messages messages) throws MojoExecutionException {
        if (!Files.isDirectory(root)) {
            throw new MojoExecutionException(
                    messages.format("mojo.no-directory", root.toAbsolutePath().normalize()));
        }
        if (isConfiguration(root)) {
            return;
        }
        throw new MojoExecutionException(
                messages.format("mojo.no-configuration", root.toAbsolutePath().normalize()));
    }

    /** Whether a folder holds one of the files or folders every configuration has. */
    static boolean isConfiguration(Path root) {
        if (!Files.isDirectory(root)) {
            return false;
        }
        for (String name : EXPECTED) {
            if (Files.exists(root.resolve(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Without a pom and without {@code -Dsomepolicy.directory}, the goal reads the current folder: one line
     * says so, and how to point it elsewhere.
     */
    static void noteCurrentFolder(MavenSession session, Path root, Log log, Messages messages) {
        if (hasPom(session)) {
            return;
        }
        boolean given = session.getUserProperties().containsKey(PropertyNames.DIRECTORY)
                || session.getSystemProperties().containsKey(PropertyNames.DIRECTORY);
        if (!given) {
            log.warn(
                    messages.format("mojo.current-folder", root.toAbsolutePath().normalize(), PropertyNames.DIRECTORY));
        }
    }
}
