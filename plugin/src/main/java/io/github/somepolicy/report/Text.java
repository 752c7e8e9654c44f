package io.github.somepolicy.report;

/** Escaping shared by the text-based report formats. */
public final class Text {

    private Text() {}

    /**
     * Makes a value safe for one line of a log: line breaks and other control characters become visible
     * escapes, so a value cannot start a line of its own (and so cannot forge a CI workflow command).
     */
    public static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append(' ');
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A relative file path as a URI reference: each byte outside RFC 3986's unreserved set and '/' percent-encoded. */
    public static String uriPath(String file) {
        StringBuilder out = new StringBuilder();
        for (byte b : file.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
