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

    /** A path that climbs out of the repository into a folder beside it, as in {@code ../../beside/x}. */
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
        // Whatever lies beside the repository on this machine (a developer's checkout may have folders
        // there; a municipality's clone has none): no file may name a path into it.
        List<String> beside = new ArrayList<>();
        Path parent = repository.getParent();
        if (parent != null) {
            try (Stream<Path> entries = Files.list(parent)) {
                entries.filter(Files::isDirectory)
                        .filter(entry -> !entry.equals(repository))
                        .forEach(entry -> beside.add("../" + entry.getFileName() + "/"));
            }
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String path : beside) {
                if (text.contains(path)) {
                    offenders.add(repository.relativize(file) + " (names " + path + ")");
                }
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
