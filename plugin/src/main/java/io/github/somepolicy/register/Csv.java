package io.github.somepolicy.register;

import java.util.List;

/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break, quotes doubled. A cell that a spreadsheet would run as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, as OWASP advises.
 */
public final class Csv {

    private Csv() {}

    /** One record, ending in CRLF. */
    public static String row(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** One field, defused and quoted as needed. */
    public static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
