package io.github.somepolicy.rule.custom;

/**
 * How large a custom rule's regular expression becomes once compiled. RE2/J matches in linear time but
 * expands counted repetitions when it compiles: {@code ((((a{1000}){1000}){1000}){1000})} would need
 * 10<sup>12</sup> instructions and exhausts memory. The size is estimated the same way (each repetition
 * multiplies what it repeats; {@code *}, {@code +} and {@code ?} count twice) and a pattern above
 * {@link #MAX_SIZE}, or longer than {@link #MAX_LENGTH} characters, is refused before RE2/J sees it.
 */
final class PatternSize {

    /** The largest estimated program, in instructions: far above any pattern for a field's format. */
    static final long MAX_SIZE = 10_000;

    /** The longest pattern, in characters. */
    static final int MAX_LENGTH = 1_000;

    private static final long CAP = MAX_SIZE * 1_000;

    private final String pattern;
    private int at;

    private PatternSize(String pattern) {
        this.pattern = pattern;
    }

    /** Whether a pattern is small enough to compile; a syntax error is left for RE2/J to report. */
    static boolean bounded(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            return false;
        }
        try {
            return new PatternSize(pattern).alternation() <= MAX_SIZE;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private boolean more() {
        return at < pattern.length();
    }

    private char peek() {
        return pattern.charAt(at);
    }

    private long alternation() {
        long total = sequence();
        while (more() && peek() == '|') {
            at++;
            total = capped(total + sequence());
        }
        return total;
    }

    private long sequence() {
        long total = 0;
        while (more() && peek() != '|' && peek() != ')') {
            total = capped(total + repeated(atom()));
        }
        return total;
    }

    private long atom() {
        char c = peek();
        if (c == '(') {
            at++;
            if (more() && peek() == '?') {
                int end = at;
                while (end < pattern.length() && ":)>".indexOf(pattern.charAt(end)) < 0) {
                    end++;
                }
                if (end < pattern.length() && pattern.charAt(end) == ')') {
                    at = end + 1;
                    return 0; // flags only: (?i)
                }
                at = end + 1;
            }
            long inner = alternation();
            if (more() && peek() == ')') {
                at++;
            }
            return Math.max(1, inner);
        }
        if (c == '[') {
            at++;
            if (more() && peek() == '^') {
                at++;
            }
            if (more() && peek() == ']') {
                at++;
            }
            while (more() && peek() != ']') {
                if (peek() == '\\') {
                    at++;
                } else if (pattern.startsWith("[:", at)) {
                    int end = pattern.indexOf(":]", at);
                    at = end < 0 ? at : end + 1;
                }
                at++;
            }
            at++;
            return 1;
        }
        if (c == '\\') {
            at += 2;
            char escape = pattern.charAt(at - 1);
            if ((escape == 'p' || escape == 'P' || escape == 'x') && more() && peek() == '{') {
                at = pattern.indexOf('}', at) + 1;
            } else if (escape == 'Q') {
                int end = pattern.indexOf("\\E", at);
                long literal = (end < 0 ? pattern.length() : end) - at;
                at = end < 0 ? pattern.length() : end + 2;
                return Math.max(1, literal);
            }
            return 1;
        }
        at++;
        return 1;
    }

    private long repeated(long atom) {
        long size = atom;
        while (more()) {
            char c = peek();
            if (c == '*' || c == '+' || c == '?') {
                at++;
                size = capped(size * 2);
            } else if (c == '{') {
                int close = pattern.indexOf('}', at);
                if (close < 0) {
                    break;
                }
                String body = pattern.substring(at + 1, close);
                if (!body.matches("\\d{1,7}(,\\d{0,7})?")) {
                    break;
                }
                String[] counts = body.split(",", -1);
                long times = counts.length > 1 && !counts[1].isEmpty()
                        ? Long.parseLong(counts[1])
                        : Long.parseLong(counts[0]) + (counts.length > 1 ? 1 : 0);
                size = capped(size * Math.max(1, times));
                at = close + 1;
            } else {
                break;
            }
            if (more() && (peek() == '?' || peek() == '+')) {
                at++;
            }
        }
        return size;
    }

    private static long capped(long value) {
        return Math.min(value, CAP);
    }
}
