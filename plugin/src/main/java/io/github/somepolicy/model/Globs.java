package io.github.somepolicy.model;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Optional;

/** Glob patterns over paths relative to the configuration root ({@code accounts/skola/**}). */
public final class Globs {

    private Globs() {}

    /** A matcher for a pattern, empty when the pattern is not a valid glob. */
    public static Optional<PathMatcher> compile(String pattern) {
        try {
            return Optional.of(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a relative path matches a pattern, or equals it. */
    public static boolean matches(String pattern, String file) {
        if (pattern.equals(file)) {
            return true;
        }
        return compile(pattern)
                .map(m -> {
                    try {
                        return m.matches(Path.of(file));
                    } catch (RuntimeException e) {
                        return false;
                    }
                })
                .orElse(false);
    }
}
