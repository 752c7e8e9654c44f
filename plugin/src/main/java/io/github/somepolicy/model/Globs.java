package io.github.somepolicy.model;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Glob patterns over paths relative to the configuration root ({@code accounts/skola/**}): {@code *}
 * matches within one folder name, {@code **} across folders, {@code ?} one character, {@code [a-z]} and
 * {@code [!a-z]} a class, {@code {a,b}} alternatives and {@code \} escapes, as in Java's glob syntax.
 *
 * <p>Patterns are written by users, so they are matched by a linear matcher (all the places a pattern
 * could be at are followed at once, character by character), never by backtracking: no pattern can
 * make a match run long. A pattern with more than {@link #MAX_WILDCARDS} wildcards, more than
 * {@link #MAX_ALTERNATIVES} alternatives or longer than {@link #MAX_LENGTH} characters is not a valid
 * glob.
 */
public final class Globs {

    /** The most {@code *} and {@code **} in one pattern. */
    public static final int MAX_WILDCARDS = 16;

    /** The most alternatives a pattern's braces expand to. */
    public static final int MAX_ALTERNATIVES = 64;

    /** The longest pattern. */
    public static final int MAX_LENGTH = 1024;

    private static final int MAX_CACHED = 4096;
    private static final Map<String, Optional<Glob>> CACHE = new ConcurrentHashMap<>();

    private Globs() {}

    /** A matcher for a pattern, empty when the pattern is not a valid glob. */
    public static Optional<PathMatcher> compile(String pattern) {
        return glob(pattern).map(glob -> path -> glob.matches(path.toString().replace('\\', '/')));
    }

    /** Whether a relative path matches a pattern, or equals it. */
    public static boolean matches(String pattern, String file) {
        if (pattern.equals(file)) {
            return true;
        }
        return glob(pattern).map(g -> g.matches(file)).orElse(false);
    }

    private static Optional<Glob> glob(String pattern) {
        Optional<Glob> known = CACHE.get(pattern);
        if (known == null) {
            known = parse(pattern);
            if (CACHE.size() < MAX_CACHED) {
                CACHE.putIfAbsent(pattern, known);
            }
        }
        return known;
    }

    private enum Kind {
        LITERAL,
        ONE,
        CLASS,
        STAR,
        ANYTHING
    }

    /** One step of a pattern: a character, {@code ?}, a class, {@code *} or {@code **}. */
    private record Token(Kind kind, char literal, String ranges, boolean negated) {
        boolean accepts(char c) {
            return switch (kind) {
                case LITERAL -> c == literal;
                case ONE, STAR -> c != '/';
                case ANYTHING -> true;
                case CLASS -> c != '/' && inClass(c) != negated;
            };
        }

        private boolean inClass(char c) {
            for (int i = 0; i < ranges.length(); i += 2) {
                if (c >= ranges.charAt(i) && c <= ranges.charAt(i + 1)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A parsed pattern: its alternatives, each a list of tokens. */
    private record Glob(List<List<Token>> alternatives) {
        boolean matches(String text) {
            for (List<Token> tokens : alternatives) {
                if (run(tokens, text)) {
                    return true;
                }
            }
            return false;
        }

        /** Follows every position the pattern can be at, one character at a time: O(text × pattern). */
        private static boolean run(List<Token> tokens, String text) {
            int n = tokens.size();
            boolean[] current = new boolean[n + 1];
            boolean[] next = new boolean[n + 1];
            current[0] = true;
            close(tokens, current);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                java.util.Arrays.fill(next, false);
                boolean any = false;
                for (int s = 0; s < n; s++) {
                    if (!current[s] || !tokens.get(s).accepts(c)) {
                        continue;
                    }
                    Kind kind = tokens.get(s).kind();
                    if (kind == Kind.STAR || kind == Kind.ANYTHING) {
                        next[s] = true;
                    } else {
                        next[s + 1] = true;
                    }
                    any = true;
                }
                if (!any) {
                    return false;
                }
                close(tokens, next);
                boolean[] swap = current;
                current = next;
                next = swap;
            }
            return current[n];
        }

        /** A wildcard may match nothing: the position after it is reached too. */
        private static void close(List<Token> tokens, boolean[] states) {
            for (int s = 0; s < tokens.size(); s++) {
                Kind kind = tokens.get(s).kind();
                if (states[s] && (kind == Kind.STAR || kind == Kind.ANYTHING)) {
                    states[s + 1] = true;
                }
            }
        }
    }

    private static Optional<Glob> parse(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<String> expanded = new ArrayList<>();
        if (!expand(pattern, expanded)) {
            return Optional.empty();
        }
        List<List<Token>> alternatives = new ArrayList<>();
        for (String alternative : expanded) {
            Optional<List<Token>> tokens = tokens(alternative);
            if (tokens.isEmpty()) {
                return Optional.empty();
            }
            alternatives.add(tokens.get());
        }
        return Optional.of(new Glob(List.copyOf(alternatives)));
    }

    /** Expands one level of {@code {a,b}} (Java's globs do not nest them); false when it is malformed. */
    private static boolean expand(String pattern, List<String> out) {
        int open = -1;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = pattern.indexOf(']', i + 1);
                if (close < 0) {
                    return false;
                }
                i = close;
            } else if (c == '{') {
                if (open >= 0) {
                    return false;
                }
                open = i;
            } else if (c == '}') {
                if (open < 0) {
                    return false;
                }
                String before = pattern.substring(0, open);
                String after = pattern.substring(i + 1);
                List<String> tails = new ArrayList<>();
                if (!expand(after, tails)) {
                    return false;
                }
                for (String choice : split(pattern.substring(open + 1, i))) {
                    for (String tail : tails) {
                        out.add(before + choice + tail);
                        if (out.size() > MAX_ALTERNATIVES) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        if (open >= 0) {
            return false;
        }
        out.add(pattern);
        return true;
    }

    private static List<String> split(String choices) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < choices.length(); i++) {
            char c = choices.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ',') {
                parts.add(choices.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(choices.substring(start));
        return parts;
    }

    private static Optional<List<Token>> tokens(String pattern) {
        List<Token> tokens = new ArrayList<>();
        int wildcards = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= pattern.length()) {
                        return Optional.empty();
                    }
                    tokens.add(new Token(Kind.LITERAL, pattern.charAt(++i), "", false));
                }
                case '?' -> tokens.add(new Token(Kind.ONE, c, "", false));
                case '*' -> {
                    boolean twice = i + 1 < pattern.length() && pattern.charAt(i + 1) == '*';
                    if (twice) {
                        i++;
                        while (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                            i++;
                        }
                    }
                    if (++wildcards > MAX_WILDCARDS) {
                        return Optional.empty();
                    }
                    Kind kind = twice ? Kind.ANYTHING : Kind.STAR;
                    // "**" after "*" or "*" after "**" adds nothing: keep one wildcard, the wider one.
                    if (!tokens.isEmpty()
                            && (tokens.get(tokens.size() - 1).kind() == Kind.STAR
                                    || tokens.get(tokens.size() - 1).kind() == Kind.ANYTHING)) {
                        Token last = tokens.remove(tokens.size() - 1);
                        kind = last.kind() == Kind.ANYTHING ? Kind.ANYTHING : kind;
                    }
                    tokens.add(new Token(kind, c, "", false));
                }
                case '[' -> {
                    int close = pattern.indexOf(']', i + 2);
                    if (close < 0) {
                        return Optional.empty();
                    }
                    String body = pattern.substring(i + 1, close);
                    boolean negated = body.startsWith("!");
                    if (negated) {
                        body = body.substring(1);
                    }
                    StringBuilder ranges = new StringBuilder();
                    for (int k = 0; k < body.length(); k++) {
                        char from = body.charAt(k);
                        char to = from;
                        if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                            to = body.charAt(k + 2);
                            k += 2;
                        }
                        if (to < from) {
                            return Optional.empty();
                        }
                        ranges.append(from).append(to);
                    }
                    tokens.add(new Token(Kind.CLASS, c, ranges.toString(), negated));
                    i = close;
                }
                default -> tokens.add(new Token(Kind.LITERAL, c, "", false));
            }
        }
        return Optional.of(List.copyOf(tokens));
    }

    /** Whether a pattern is a valid glob for {@link #matches}. */
    public static boolean isValid(String pattern) {
        return glob(pattern).isPresent();
    }

    /** Whether a pattern can match more than one file: it has a wildcard, a class or alternatives. */
    public static boolean isWide(String pattern) {
        return glob(pattern)
                .map(g -> g.alternatives().size() > 1
                        || g.alternatives().get(0).stream().anyMatch(t -> t.kind() != Kind.LITERAL))
                .orElse(false);
    }

    /** A path a matcher is asked about, as text. */
    static String text(Path path) {
        return path.toString().replace('\\', '/');
    }
}
