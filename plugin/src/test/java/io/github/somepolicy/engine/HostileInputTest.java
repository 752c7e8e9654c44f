package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite: one small sample per class of hostile input under
 * {@code src/test/resources/hostile/samples/} (written by {@code src/test/hostile-gen/generate.py}), each
 * with its exact outcome in {@code expected.txt}: the findings of that file as {@code line:column rule},
 * or {@code pass}. All samples are validated in one run beside a complete, compliant configuration, which
 * must stay free of findings; the run must not throw, and no file may change.
 * {@code -Dsomepolicy.updateHostile=true} rewrites the expected outcomes from a run, for review.
 */
class HostileInputTest {

    private static final Path SAMPLES = Path.of("src/test/resources/hostile/samples");
    private static final Path EXPECTED = Path.of("src/test/resources/hostile/expected.txt");
    private static final Path BASE = Path.of("src/test/resources/rules/_base");

    @TempDir
    static Path root;

    private static Report report;
    private static Map<String, String> before;

    @BeforeAll
    static void validateEverySample() throws Exception {
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
        Path samples = Files.createDirectories(root.resolve("samples"));
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path sample : files.toList()) {
                Files.copy(sample, samples.resolve(sample.getFileName()));
            }
        }
        before = HostileFilesTest.checksums(root);
        report = new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
    }

    private static Map<String, String> outcomes() throws Exception {
        Map<String, String> outcomes = new TreeMap<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            files.forEach(sample -> outcomes.put(sample.getFileName().toString(), "pass"));
        }
        Map<String, List<Finding>> byFile = report.findings().stream()
                .filter(f -> f.location().file().startsWith("samples/"))
                .collect(Collectors.groupingBy(f -> f.location().file().substring("samples/".length())));
        byFile.forEach((file, findings) -> outcomes.put(
                file,
                findings.stream()
                        .map(f -> f.location().start() + " " + f.ruleId())
                        .distinct()
                        .collect(Collectors.joining(", "))));
        return outcomes;
    }

    private static Map<String, String> expected() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            expected.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return expected;
    }

    @TestFactory
    Stream<DynamicTest> everySampleHasItsExactOutcome() throws Exception {
        Map<String, String> actual = outcomes();
        if (Boolean.getBoolean("somepolicy.updateHostile")) {
            List<String> lines = new ArrayList<>(List.of(
                    "# The exact outcome of each hostile sample: its findings as line:column rule, or pass.",
                    "# Checked by HostileInputTest; review every change."));
            actual.forEach((file, outcome) -> lines.add(file + ": " + outcome));
            Files.write(EXPECTED, lines, StandardCharsets.UTF_8);
        }
        Map<String, String> expected = expected();
        assertThat(expected.keySet()).as("every sample has an expected outcome").isEqualTo(actual.keySet());
        return expected.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> assertThat(actual.get(entry.getKey()))
                        .as(entry.getKey())
                        .isEqualTo(entry.getValue())));
    }

    @Test
    void theCompliantConfigurationBesideTheSamplesStaysClean() {
        // A check across accounts may name the compliant account beside a sample that shares a person
        // with it (the same name with another address); that finding points at the sample too.
        assertThat(report.findings())
                .filteredOn(f -> f.related().stream().noneMatch(r -> r.file().startsWith("samples/")))
                .allSatisfy(f -> assertThat(f.location().file()).startsWith("samples/"));
    }

    @Test
    void everyFindingHasAPositionAndNoFileChanged() throws Exception {
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.location().start().line()).isPositive();
            assertThat(f.location().start().column()).isPositive();
        });
        assertThat(HostileFilesTest.checksums(root)).isEqualTo(before);
    }
}
