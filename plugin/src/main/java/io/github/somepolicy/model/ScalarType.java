package io.github.somepolicy.model;

import java.util.regex.Pattern;

/**
 * The type of a plain scalar under strict YAML 1.2 core rules: only {@code true} and {@code false} are
 * booleans, integers are decimal without leading zeros, and everything else is text.
 */
public enum ScalarType {
    NULL,
    BOOLEAN,
    INTEGER,
    DECIMAL,
    STRING;

    private static final Pattern INTEGER_PATTERN = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL_PATTERN = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)([eE][-+]?[0-9]+)?");

    /** The type of a plain scalar's text. */
    public static ScalarType of(String plainText) {
        if (plainText.isEmpty() || plainText.equals("null") || plainText.equals("~")) {
            return NULL;
        }
        if (plainText.equals("true") || plainText.equals("false")) {
            return BOOLEAN;
        }
        char first = plainText.charAt(0);
        if ((first >= '0' && first <= '9') || first == '-') {
            if (INTEGER_PATTERN.matcher(plainText).matches()) {
                return INTEGER;
            }
            if (DECIMAL_PATTERN.matcher(plainText).matches()) {
                return DECIMAL;
            }
        }
        return STRING;
    }
}
