package io.github.somepolicy.load;

import io.github.somepolicy.model.Violation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error as people fix it: at the character that caused it, which is often before the place
 * where the parser gave up, and in the reader's language only.
 *
 * <ul>
 *   <li>A quote that is never closed, or closed only many lines further on so that the keys in between
 *       became part of one long value: at the opening quote.
 *   <li>The parser's common complaints (a colon in a plain value, a tab, a key without its colon, an
 *       indentation that does not match): a sentence of our own at the parser's position.
 *   <li>Anything else: a general sentence at the parser's position.
 * </ul>
 * The source line is never quoted, so a secret on it cannot leak through the message.
 */
final class SyntaxProblem {

    /** A line that starts like a key, as swallowed by a quoted value that runs on. */
    private static final Pattern KEY_LINE = Pattern.compile("\\n[ \\t]*-?[ \\t]*[A-Za-z_][A-Za-z0-9_-]*:(\\s|$)");

    private SyntaxProblem() {}

    static Violation of(String file, String text, MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int endLine = at == null ? 0 : at.getLine() + 1;
        if (context.contains("quoted scalar") && e.getContextMark() != null) {
            return violation(file, e.getContextMark(), "load.syntax.quote", endLine);
        }
        Mark runaway = runawayQuote(text, at);
        if (runaway != null) {
            return violation(file, runaway, "load.syntax.quote", endLine);
        }
        String key;
        if (problem.contains("mapping values are not allowed")) {
            key = "load.syntax.colon";
        } else if (problem.contains("'\\t'") || problem.contains("\\t")) {
            key = "load.syntax.tab";
        } else if (problem.contains("could not find expected ':'")) {
            key = "load.syntax.no-colon";
        } else if (problem.startsWith("expected <block end>") || problem.contains("expected <block")) {
            key = "load.syntax.indentation";
        } else if (problem.contains("escape")) {
            key = "load.syntax.escape";
        } else {
            key = "load.syntax";
        }
        return violation(file, at, key, endLine);
    }

    private static Violation violation(String file, Mark mark, String key, int line) {
        return Violation.of(YamlLoader.RULE_SYNTAX, YamlLoader.location(file, mark, ""), key, line);
    }

    /** A line whose value starts with a quote: after a key and its colon, or a list item's dash. */
    private static final Pattern QUOTED_VALUE =
            Pattern.compile("(?m)^[ \\t]*(?:-[ \\t]+)?(?:[^\\s\"'#:][^:#\\n]*:[ \\t]+)?([\"'])");

    /**
     * The opening quote of a value before the error that is closed only lines later, by a quote that
     * belongs elsewhere, so that lines looking like keys became part of the value.
     */
    private static Mark runawayQuote(String text, Mark problem) {
        if (problem == null) {
            return null;
        }
        int end = Math.min(text.length(), problem.getIndex());
        Matcher value = QUOTED_VALUE.matcher(text);
        int from = 0;
        while (from < end && value.find(from)) {
            int open = value.start(1);
            if (open >= end) {
                break;
            }
            char quote = text.charAt(open);
            int close = closing(text, open + 1, quote);
            int stop = close < 0 ? text.length() : close;
            if (KEY_LINE.matcher(text.substring(open, stop)).find()) {
                return mark(text, open);
            }
            from = Math.max(value.end(), stop + 1);
        }
        return null;
    }

    private static int closing(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Mark mark(String text, int index) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, index);
        return new Mark("", index, line, column, new int[0], 0);
    }
}
