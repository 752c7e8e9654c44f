package io.github.somepolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build and its tests need nothing beside the repository: a municipality's clone has nothing there. */
class SelfContainedTest {

    /** A path that climbs out of the repository into a sibling folder, as in {@code ../../shared/x}. */
    private static final Pattern OUTSIDE = Pattern.compile("(\\.\\./){2,}(?!\\.\\.)[A-Za-z_][\\w.-]*/[\\w.-]+");

    @Test
    void noBuildFileTestOrScriptReadsBesideTheRepository() throws IOException {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        List<String> offenders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String top : List.of(
                "pom.xml",
                "plugin/pom.xml",
                "example-config/pom.xml",
                "bench",
                ".ci",
                "plugin/src/test/java",
                "plugin/src/it")) {
            Path start = repository.resolve(top);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> !file.toString().contains("/target/"))
                        .filter(file -> !file.getFileName().toString().equals("SelfContainedTest.java"))
                        .filter(file ->
                                file.getFileName().toString().matches(".*\\.(java|xml|groovy|sh|properties)|run"))
                        .forEach(files::add);
            }
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.contains("shared/spec") || text.contains("shared/seeds") || text.contains("../shared")) {
                offenders.add(repository.relativize(file).toString());
            }
            if (file.toString().endsWith("pom.xml") || file.toString().contains("/.ci/")) {
                if (OUTSIDE.matcher(text).find()) {
                    offenders.add(repository.relativize(file) + " (climbs out of the repository)");
                }
            }
        }
        assertThat(files).as("files looked at").hasSizeGreaterThan(20);
        assertThat(offenders).isEmpty();
    }
}
