package io.github.somepolicy.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where something is: a file relative to the configuration root, a span in it, and the JSON
 * Pointer of the node.
 *
 * @param file the path relative to the configuration root, separated by {@code /}
 * @param start the first position
 * @param end the position after the last character (equal to {@code start} when unknown)
 * @param pointer the JSON Pointer of the node inside the document, {@code ""} for the root
 */
public record Location(String file, SourcePosition start, SourcePosition end, String pointer)
        implements Comparable<Location> {

    private static final Comparator<Location> ORDER =
            Comparator.comparing(Location::file).thenComparing(Location::start).thenComparing(Location::pointer);

    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(pointer, "pointer");
        if (file.contains("\\")) {
            throw new IllegalArgumentException("file paths use '/': " + file);
        }
    }

    /** A location at the start of a file, for problems with the file as a whole. */
    public static Location ofFile(String file) {
        return new Location(file, SourcePosition.START, SourcePosition.START, "");
    }

    /** A location at one position of a file. */
    public static Location at(String file, SourcePosition position) {
        return new Location(file, position, position, "");
    }

    /** The same span with another pointer. */
    public Location withPointer(String newPointer) {
        return new Location(file, start, end, newPointer);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + start;
    }
}
