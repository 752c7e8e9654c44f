package io.github.somepolicy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick decoding gives what the strict one gives, and leaves every problem to it. */
class TextDecoderTest {

    /** Pieces from which random inputs are made: text, every forbidden kind, and malformed sequences. */
    private static final byte[][] PIECES = {
        "a".getBytes(StandardCharsets.UTF_8),
        "ö".getBytes(StandardCharsets.UTF_8),
        "€".getBytes(StandardCharsets.UTF_8),
        "😀".getBytes(StandardCharsets.UTF_8),
        "\n".getBytes(StandardCharsets.UTF_8),
        "\r".getBytes(StandardCharsets.UTF_8),
        "\t".getBytes(StandardCharsets.UTF_8),
        "\u0001".getBytes(StandardCharsets.UTF_8),
        "\u007F".getBytes(StandardCharsets.UTF_8),
        "\u0085".getBytes(StandardCharsets.UTF_8),
        "\u2028".getBytes(StandardCharsets.UTF_8),
        "\u202E".getBytes(StandardCharsets.UTF_8),
        "\uFEFF".getBytes(StandardCharsets.UTF_8),
        "\uFFFD".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xC0, (byte) 0x80},
        {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xC3},
        {(byte) 0xFF},
        {(byte) 0x80},
    };

    @Test
    void quickAndStrictDecodingAgree() {
        Random random = new Random(20261206);
        int quick = 0;
        for (int run = 0; run < 20_000; run++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int i = random.nextInt(8); i > 0; i--) {
                // mostly text, now and then a problem
                byte[] piece = PIECES[random.nextInt(4) == 0 ? random.nextInt(PIECES.length) : random.nextInt(7)];
                bytes.writeBytes(piece);
            }
            byte[] input = bytes.toByteArray();
            // a byte order mark at the start is left out by both, as decode leaves it out
            int offset = input.length >= 3
                            && (input[0] & 0xFF) == 0xEF
                            && (input[1] & 0xFF) == 0xBB
                            && (input[2] & 0xFF) == 0xBF
                    ? 3
                    : 0;
            String fast = TextDecoder.quick(input, offset);
            TextDecoder.Result strict = TextDecoder.strict("f.yaml", input, offset);
            if (fast != null) {
                quick++;
                assertThat(strict.text())
                        .as("%s", java.util.HexFormat.of().formatHex(input))
                        .contains(fast);
            } else {
                assertThat(strict.problem().isPresent()
                                || strict.text().orElseThrow().contains("\uFFFD"))
                        .as("%s", java.util.HexFormat.of().formatHex(input))
                        .isTrue();
            }
            assertThat(TextDecoder.decode("f.yaml", input))
                    .isEqualTo(
                            fast != null
                                    ? new TextDecoder.Result(java.util.Optional.of(fast), java.util.Optional.empty())
                                    : strict);
        }
        assertThat(quick).as("inputs the quick decoding took").isGreaterThan(5_000);
    }
}
