package io.github.somepolicy.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves a file referenced from the configuration (a shared notice) so that it never leaves the
 * configuration root: no absolute paths, no {@code ..} out of the root, no links anywhere on the way.
 */
public final class ReferenceResolver {

    private static final ThreadLocal<List<String>> NOTED = new ThreadLocal<>();

    private final Path root;

    /**
     * Does some work and notes every reference resolved on this thread while it runs, in the order made,
     * so that a result kept for later can name the files it depended on.
     *
     * @param noted where the references are added
     * @param work the work
     * @param <T> what the work gives
     * @return what the work gave
     */
    public static <T> T noting(List<String> noted, Supplier<T> work) {
        List<String> outer = NOTED.get();
        NOTED.set(noted);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                NOTED.remove();
            } else {
                outer.addAll(noted);
                NOTED.set(outer);
            }
        }
    }

    /** A resolver for a configuration root. */
    public ReferenceResolver(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The outcome of resolving a reference. */
    public enum Status {
        OK,
        OUTSIDE_ROOT,
        MISSING,
        LINK,
        NOT_REGULAR
    }

    /**
     * Resolves a reference.
     *
     * @param reference the path as written, relative to the configuration root, separated by {@code /}
     * @return the status, and the path when it is {@link Status#OK}
     */
    public Resolution resolve(String reference) {
        List<String> noted = NOTED.get();
        if (noted != null) {
            noted.add(reference);
        }
        if (reference.isBlank()
                || reference.startsWith("/")
                || reference.startsWith("\\")
                || reference.contains("\\")
                || reference.indexOf(':') >= 0
                || reference.indexOf('\0') >= 0) {
            return new Resolution(Status.OUTSIDE_ROOT, Optional.empty());
        }
        Path candidate;
        try {
            candidate = root.resolve(reference).normalize();
        } catch (RuntimeException e) {
            return new Resolution(Status.OUTSIDE_ROOT, Optional.empty());
        }
        if (!candidate.startsWith(root) || candidate.equals(root)) {
            return new Resolution(Status.OUTSIDE_ROOT, Optional.empty());
        }
        Path walked = root;
        for (Path part : root.relativize(candidate)) {
            walked = walked.resolve(part);
            if (Files.isSymbolicLink(walked)) {
                return new Resolution(Status.LINK, Optional.empty());
            }
            if (!Files.exists(walked, LinkOption.NOFOLLOW_LINKS)) {
                return new Resolution(Status.MISSING, Optional.empty());
            }
        }
        if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return new Resolution(Status.NOT_REGULAR, Optional.empty());
        }
        return new Resolution(Status.OK, Optional.of(candidate));
    }

    /** Reads a resolved file as strict UTF-8, at most {@code limit} bytes. */
    public static Optional<String> readText(Path path, long limit) {
        try {
            byte[] bytes = FileScanner.readBounded(path, limit);
            if (bytes.length > limit) {
                return Optional.empty();
            }
            return TextDecoder.decode(path.getFileName().toString(), bytes).text();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The result of resolving a reference.
     *
     * @param status what was found
     * @param path the file, when the status is {@link Status#OK}
     */
    public record Resolution(Status status, Optional<Path> path) {}
}
