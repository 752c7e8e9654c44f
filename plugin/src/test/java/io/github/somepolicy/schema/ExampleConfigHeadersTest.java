package io.github.somepolicy.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.ExampleConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code # yaml-language-server: $schema=} header in example-config names a schema a copy of
 * example-config alone can reach: the published address of one of the schemas, or a file inside
 * example-config. A header pointing out of it ({@code ../../../schemas/...}) finds nothing once the folder
 * is copied.
 */
class ExampleConfigHeadersTest {

    private static final Pattern HEADER = Pattern.compile("(?m)^#\\s*yaml-language-server:\\s*\\$schema=(\\S+)\\s*$");
    private static final String PUBLISHED = SchemaValidator.BASE_URI;

    @Test
    void everyHeaderStaysReachableFromACopyOfTheConfiguration() throws IOException {
        Path example = ExampleConfig.root();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(example)) {
            files = walk.filter(
                            p -> p.toString().endsWith(".yaml") && !p.toString().contains("/target/"))
                    .toList();
        }
        int headers = 0;
        for (Path file : files) {
            Matcher matcher = HEADER.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                headers++;
                String target = matcher.group(1);
                if (target.startsWith("https://")) {
                    assertThat(target).as(file.toString()).startsWith(PUBLISHED);
                    assertThat(Path.of("..", "schemas", target.substring(PUBLISHED.length())))
                            .as(file + ": a schema the project publishes")
                            .isRegularFile();
                } else {
                    Path resolved = file.getParent().resolve(target).normalize();
                    assertThat(resolved)
                            .as(file + " names " + target)
                            .startsWith(example)
                            .isRegularFile();
                }
            }
        }
        assertThat(headers).isPositive();
    }
}
