package io.github.somepolicy.load;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.SourcePosition;
import io.github.somepolicy.model.Violation;
import java.util.Optional;

/**
 * Decodes a file as strict UTF-8 and rejects code points that have no place in a configuration, each
 * reported with its line and column (the parser itself would give only an offset or nothing).
 */
final class TextDecoder {

    static final String RULE = "file-encoding";

    private TextDecoder() {}

    /** The decoded text, or the first problem found. */
    static Result decode(String file, byte[] bytes) {
        int offset = 0;
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return Result.failed(Violation.of(RULE, Location.ofFile(file), "load.encoding.utf16"));
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            offset = 3;
        }
        String quick = quick(bytes, offset);
        if (quick != null) {
            return new Result(Optional.of(quick), Optional.empty());
        }
        return strict(file, bytes, offset);
    }

    /** Decodes byte by byte, naming the first problem with its line and column. */
    static Result strict(String file, byte[] bytes, int offset) {
        StringBuilder text = new StringBuilder(bytes.length);
        int line = 1;
        int column = 1;
        int i = offset;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F) {
                // printable ASCII, most of any file: allowed, one column wide, never a line break
                text.append((char) b);
                i++;
                column++;
                continue;
            }
            int codePoint;
            int length;
            if (b < 0x80) {
                codePoint = b;
                length = 1;
            } else if (b >= 0xC2 && b <= 0xDF) {
                codePoint = b & 0x1F;
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                codePoint = b & 0x0F;
                length = 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                codePoint = b & 0x07;
                length = 4;
            } else {
                return invalid(file, line, column, b);
            }
            if (i + length > bytes.length) {
                return invalid(file, line, column, b);
            }
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return invalid(file, line, column, b);
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            boolean overlong = (length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000);
            if (overlong || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return invalid(file, line, column, b);
            }
            Optional<String> forbidden = forbidden(codePoint);
            if (forbidden.isPresent()) {
                return Result.failed(Violation.of(
                        RULE,
                        Location.at(file, new SourcePosition(line, column)),
                        forbidden.get(),
                        String.format(java.util.Locale.ROOT, "U+%04X", codePoint)));
            }
            text.appendCodePoint(codePoint);
            i += length;
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else if (codePoint == '\r') {
                if (i < bytes.length && bytes[i] == '\n') {
                    text.append('\n');
                    i++;
                }
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Result(Optional.of(text.toString()), Optional.empty());
    }

    /**
     * The text when the bytes are well-formed UTF-8 without a forbidden code point, found with the
     * runtime's own decoder and one pass over its characters; {@code null} otherwise (or when the text
     * holds U+FFFD, which the runtime also puts in place of a malformed sequence), and the decoding
     * below then finds the problem and its line and column. Both give the same text for every input
     * they accept.
     */
    static String quick(byte[] bytes, int offset) {
        String text = new String(bytes, offset, bytes.length - offset, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c == '\uFFFD' || forbidden(c).isPresent()) {
                return null;
            }
        }
        return text;
    }

    private static Result invalid(String file, int line, int column, int firstByte) {
        return Result.failed(Violation.of(
                RULE,
                Location.at(file, new SourcePosition(line, column)),
                "load.encoding.invalid",
                String.format(java.util.Locale.ROOT, "0x%02X", firstByte)));
    }

    private static Optional<String> forbidden(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return Optional.empty();
        }
        if (codePoint < 0x20 || codePoint == 0x7F || (codePoint >= 0x80 && codePoint <= 0x9F)) {
            return Optional.of("load.encoding.control");
        }
        if (codePoint == 0x2028 || codePoint == 0x2029) {
            return Optional.of("load.encoding.line-separator");
        }
        if ((codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
            return Optional.of("load.encoding.bidi");
        }
        if (codePoint == 0xFEFF || codePoint == 0xFFFE || codePoint == 0xFFFF) {
            return Optional.of("load.encoding.control");
        }
        return Optional.empty();
    }

    /** Either the text or the problem that stopped the decoding. */
    record Result(Optional<String> text, Optional<Violation> problem) {
        static Result failed(Violation violation) {
            return new Result(Optional.empty(), Optional.of(violation));
        }
    }
}
