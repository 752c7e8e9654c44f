package io.github.somepolicy.load;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * File names from their own bytes. Java turns a name into text with the locale's encoding
 * ({@code sun.jnu.encoding}): under {@code LANG=C}, common in CI images, {@code välkommen.md} becomes
 * {@code v??lkommen.md}, and a name with a byte that is not UTF-8 becomes {@code a\uFFFD.yaml} whatever
 * the byte was. A path's URI keeps the bytes, so the name is read from there: as UTF-8, each byte that
 * is not UTF-8 written {@code %FF} (a file path never holds a backslash here).
 */
public final class FileNames {

    private FileNames() {}

    /** The path below a root, {@code /}-separated, from the names' bytes; empty when it is not below it. */
    public static Optional<String> relative(Path root, Path path) {
        String top = root.toAbsolutePath().toUri().getRawPath();
        String full = path.toAbsolutePath().toUri().getRawPath();
        if (!top.endsWith("/")) {
            top = top + "/";
        }
        if (!full.startsWith(top)) {
            return Optional.empty();
        }
        String rest = full.substring(top.length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return Optional.of(decode(rest));
    }

    /** The last name of a path, from its bytes. */
    public static String name(Path path) {
        String raw = path.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        return decode(raw.substring(raw.lastIndexOf('/') + 1));
    }

    /** A percent-encoded URI path as UTF-8 text, each byte that is not UTF-8 as {@code %FF}. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return utf8(bytes.toByteArray());
    }

    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 4);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.put(String.format(Locale.ROOT, "%%%02X", in.get() & 0xFF));
                }
            } else {
                try {
                    result.throwException();
                } catch (CharacterCodingException e) {
                    break;
                }
            }
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
