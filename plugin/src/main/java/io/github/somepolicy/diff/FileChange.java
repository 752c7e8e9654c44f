package io.github.somepolicy.diff;

import java.util.Comparator;
import java.util.Objects;

/**
 * A configuration file that differs between the base and the head.
 *
 * @param status how it changed
 * @param oldPath its path at the base, relative to the configuration root; empty when added
 * @param newPath its path at the head; empty when removed
 */
public record FileChange(Status status, String oldPath, String newPath) implements Comparable<FileChange> {

    private static final Comparator<FileChange> ORDER =
            Comparator.comparing(FileChange::path).thenComparing(FileChange::oldPath);

    public FileChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(oldPath, "oldPath");
        Objects.requireNonNull(newPath, "newPath");
    }

    /** The path that names the file now: the head's, or the base's when it was removed. */
    public String path() {
        return newPath.isEmpty() ? oldPath : newPath;
    }

    @Override
    public int compareTo(FileChange other) {
        return ORDER.compare(this, other);
    }

    /** How a file changed. */
    public enum Status {
        ADDED,
        MODIFIED,
        REMOVED,
        RENAMED;

        /** The id used in reports. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
