package io.github.somepolicy.load;

/**
 * The backstops that keep a hostile file from exhausting the build.
 *
 * @param maxFileBytes the largest file read, in bytes
 * @param maxDepth the deepest nesting of mappings and sequences
 * @param maxFiles the most configuration files read in one run
 */
public record Limits(long maxFileBytes, int maxDepth, int maxFiles) {

    /** The limits used unless a build sets others. */
    public static final Limits DEFAULT = new Limits(1024 * 1024, 32, 100_000);

    public Limits {
        if (maxFileBytes < 1 || maxDepth < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
