package io.github.somepolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of the code base, checked on the sources. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/somepolicy");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("io\\.github\\.somepolicy\\.([a-z.]+)\\.[A-Z]");

    private static final Map<String, Set<String>> DEPENDENCIES = new HashMap<>();
    private static final Map<String, Set<String>> EXTERNAL = new HashMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
            String source = Files.readString(file);
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                String imported = imports.group(1);
                if (imported.startsWith("io.github.somepolicy.")) {
                    addInternal(pkg, imported.substring("io.github.somepolicy.".length()));
                } else {
                    EXTERNAL.computeIfAbsent(pkg.split("\\.")[0], k -> new HashSet<>())
                            .add(imported);
                }
            }
            Matcher qualified = QUALIFIED.matcher(source);
            while (qualified.find()) {
                addInternal(pkg, qualified.group(1));
            }
        }
    }

    /** Packages are compared by their first segment: report.sarif is part of report. */
    private static void addInternal(String fromPackage, String to) {
        String from = fromPackage.split("\\.")[0];
        String target = to.replaceAll("\\.[A-Z].*$", "").split("\\.")[0];
        if (!target.equals(from)) {
            DEPENDENCIES.computeIfAbsent(from, k -> new HashSet<>()).add(target);
        }
    }

    @Test
    void onlyTheMavenPackageSeesMaven() {
        EXTERNAL.forEach((pkg, imports) -> {
            if (!pkg.startsWith("maven")) {
                assertThat(imports).as(pkg).noneMatch(i -> i.startsWith("org.apache.maven"));
            }
        });
        assertThat(EXTERNAL.get("maven")).anyMatch(i -> i.startsWith("org.apache.maven"));
    }

    @Test
    void nothingDependsOnTheMavenPackage() {
        DEPENDENCIES.forEach((pkg, targets) -> {
            if (!pkg.startsWith("maven")) {
                assertThat(targets).as(pkg).noneMatch(t -> t.startsWith("maven"));
            }
        });
    }

    @Test
    void reportsDoNotDependOnTheEngine() {
        DEPENDENCIES.forEach((pkg, targets) -> {
            if (pkg.startsWith("report")) {
                assertThat(targets).as(pkg).noneMatch(t -> t.startsWith("engine"));
            }
        });
    }

    @Test
    void thereAreNoPackageCycles() {
        for (String start : DEPENDENCIES.keySet()) {
            List<String> path = new ArrayList<>();
            assertThat(cycleFrom(start, start, path, new HashSet<>()))
                    .as("cycle " + path)
                    .isFalse();
        }
    }

    private static boolean cycleFrom(String start, String current, List<String> path, Set<String> seen) {
        for (String next : DEPENDENCIES.getOrDefault(current, Set.of())) {
            if (next.equals(start)) {
                path.add(current);
                path.add(next);
                return true;
            }
            if (seen.add(next) && cycleFrom(start, next, path, seen)) {
                path.add(0, current);
                return true;
            }
        }
        return false;
    }
}
