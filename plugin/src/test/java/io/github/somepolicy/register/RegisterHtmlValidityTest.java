package io.github.somepolicy.register;

import static io.github.somepolicy.register.RegisterFixtures.SWEDISH;
import static io.github.somepolicy.register.RegisterFixtures.exampleConfig;
import static io.github.somepolicy.register.RegisterFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every page is valid HTML by the Nu HTML Checker, the validator behind validator.w3.org/nu. */
class RegisterHtmlValidityTest {

    @TempDir
    Path out;

    private static JsonNode check(Path page) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        return new ObjectMapper().readTree(validator.validate(page));
    }

    @Test
    void everyPageIsValidHtmlInBothLanguages() throws Exception {
        for (Locale locale : new Locale[] {SWEDISH, Locale.ENGLISH}) {
            Path dir = out.resolve(locale.getLanguage());
            RegisterResult result = new RegisterGenerator().generate(request(exampleConfig(), dir, locale));
            int pages = 0;
            for (Path file : result.written()) {
                if (!file.toString().endsWith(".html")) {
                    continue;
                }
                pages++;
                JsonNode messages = check(file).get("messages");
                assertThat(messages).as(file + ": " + messages).isEmpty();
            }
            assertThat(pages).isEqualTo(1 + result.register().units().size());
        }
    }

    @Test
    void theCheckerFindsABrokenPage() throws Exception {
        Path broken = out.resolve("broken.html");
        java.nio.file.Files.writeString(broken, "<!DOCTYPE html><html><head></head><body><table><td></body></html>");
        assertThat(check(broken).get("messages")).isNotEmpty();
    }
}
