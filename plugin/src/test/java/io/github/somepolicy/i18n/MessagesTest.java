package io.github.somepolicy.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.model.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    /** Every bundle of a language merged; fails when a key is in two bundles. */
    static Properties bundle(String suffix) throws IOException {
        Properties merged = new Properties();
        for (String name : Messages.BUNDLES) {
            Properties properties = new Properties();
            String resource = "/" + name.replace('.', '/') + suffix + ".properties";
            try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : properties.stringPropertyNames()) {
                assertThat(merged.containsKey(key))
                        .as("key in two bundles: " + key)
                        .isFalse();
                merged.setProperty(key, properties.getProperty(key));
            }
        }
        return merged;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> swedish = new TreeSet<>(bundle("_sv").stringPropertyNames());
        assertThat(swedish).containsExactlyElementsOf(english);
    }

    @Test
    void everyPatternParsesAndUsesTheSameArguments() throws IOException {
        Properties english = bundle("");
        Properties swedish = bundle("_sv");
        for (String key : english.stringPropertyNames()) {
            if (key.equals("custom.text")) {
                continue; // a custom rule's own text: argument 0 in English, 1 in Swedish
            }
            MessageFormat en = new MessageFormat(english.getProperty(key), Locale.ROOT);
            MessageFormat sv = new MessageFormat(swedish.getProperty(key), Locale.ROOT);
            assertThat(sv.getFormatsByArgumentIndex().length).as(key).isEqualTo(en.getFormatsByArgumentIndex().length);
        }
    }

    @Test
    void noPatternLosesAnApostrophe() throws IOException {
        for (Properties bundle : new Properties[] {bundle(""), bundle("_sv")}) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
                String rendered = format.format(sampleArguments(format));
                long quotesIn = pattern.chars().filter(c -> c == '\'').count();
                long quotesOut = rendered.chars().filter(c -> c == '\'').count();
                assertThat(quotesOut * 2).as(key).isEqualTo(quotesIn);
            }
        }
    }

    @Test
    void rendersInTheChosenLanguageWithTranslatedTerms() {
        Message message = Message.of("schema.type", "term.number", "term.text");
        assertThat(Messages.of(Locale.ENGLISH).render(message)).isEqualTo("Expected text here, found a number.");
        assertThat(Messages.of(Locale.forLanguageTag("sv")).render(message))
                .isEqualTo("Här förväntas text, men här står ett tal.");
    }

    @Test
    void unknownLanguagesFallBackToEnglish() {
        assertThat(Messages.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aMissingKeyRendersAsTheKeySoNothingIsLost() {
        assertThat(Messages.of(Locale.ENGLISH).render(Message.of("no.such.key", "x")))
                .isEqualTo("no.such.key [x]");
    }

    /** Text for each argument, and a number where the pattern formats one (a count in a choice, say). */
    private static Object[] sampleArguments(MessageFormat format) {
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[Math.max(8, formats.length)];
        for (int i = 0; i < args.length; i++) {
            boolean numeric = i < formats.length && formats[i] instanceof java.text.NumberFormat;
            args[i] = numeric ? (Object) 2 : String.valueOf((char) ('A' + i));
        }
        return args;
    }

    /** Counts read the same in every message of both languages: digits only, as in the summary line. */
    @Test
    void countsAreDigitsWithoutEnglishGrouping() {
        assertThat(Messages.of(java.util.Locale.forLanguageTag("sv")).format("mojo.cache.used", 1, 9999, "x"))
                .contains("1 filer kontrollerade, 9999 oförändrade")
                .doesNotContain("9,999");
        assertThat(Messages.of(java.util.Locale.ENGLISH).format("mojo.cache.used", 12345, 0, "x"))
                .contains("12345 files checked, 0 unchanged");
    }
}
