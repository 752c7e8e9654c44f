package io.github.somepolicy.report.junit;

/** Escaping for XML 1.0: characters XML cannot hold at all are replaced by U+FFFD. */
public final class Xml {

    private Xml() {}

    /** Text content. */
    public static String text(String value) {
        return escape(value, false);
    }

    /** An attribute value in double quotes; line breaks are kept as character references. */
    public static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    boolean allowed = (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || (c >= 0x10000 && c <= 0x10FFFF);
                    if (!allowed) {
                        out.append('\uFFFD');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
