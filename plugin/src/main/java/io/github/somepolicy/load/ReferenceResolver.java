package io.github.somepolicy.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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
        NOT_REGULAR,
        /**
         * The path passes through a folder a run never reads (a hidden one, {@code target/},
         * {@code node_modules/}): a change there would not make the next build check again.
         */
        SKIPPED_FOLDER
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
        List<String> parts = new ArrayList<>();
        for (String part : reference.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return new Resolution(Status.OUTSIDE_ROOT, Optional.empty());
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return new Resolution(Status.OUTSIDE_ROOT, Optional.empty());
        }
        for (String folder : parts.subList(0, parts.size() - 1)) {
            if (FileScanner.isSkippedDirectory(folder)) {
                return new Resolution(Status.SKIPPED_FOLDER, Optional.empty());
            }
        }
        Path walked = root;
        for (String part : parts) {
            Optional<Path> next = child(walked, part);
            if (next.isEmpty()) {
                return new Resolution(Status.MISSING, Optional.empty());
            }
            walked = next.get();
            if (Files.isSymbolicLink(walked)) {
                return new Resolution(Status.LINK, Optional.empty());
            }
            if (!Files.exists(walked, LinkOption.NOFOLLOW_LINKS)) {
                return new Resolution(Status.MISSING, Optional.empty());
            }
        }
        Path candidate = walked;
        if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return new Resolution(Status.NOT_REGULAR, Optional.empty());
        }
        return new Resolution(Status.OK, Optional.of(candidate));
    }

    /**
     * A name in a folder. When the JVM's locale cannot spell the name ({@code LANG=C} and
     * {@code välkommen.md}), the folder is listed and the entry whose bytes spell it in UTF-8 is taken.
     */
    private static Optional<Path> child(Path folder, String name) {
        if (FileScanner.UTF8_NAMES || name.chars().allMatch(c -> c < 0x80)) {
            try {
                return Optional.of(folder.resolve(name));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (FileNames.name(entry).equals(name)) {
                    return Optional.of(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
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
