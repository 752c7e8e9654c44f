package io.github.somepolicy.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.console.ConsoleWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every rule fixture: {@code rules/<rule-id>/<case>/} holds the files that replace or add to the
 * compliant configuration in {@code rules/_base/}, and {@code expected.txt} the rule's findings in
 * console format (none for {@code pass-} cases). The date is fixed at 2026-11-23.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/rules");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path work;

    @Test
    void theBaseConfigurationHasNoFindings() throws Exception {
        Report report = run(FIXTURES.resolve("_base"), null);
        assertThat(lines(report, null)).isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> fixtures() throws IOException {
        List<DynamicNode> rules = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            for (Path ruleDir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String ruleId = ruleDir.getFileName().toString();
                if (ruleId.startsWith("_")) {
                    continue;
                }
                List<DynamicTest> cases = new ArrayList<>();
                try (Stream<Path> caseDirs = Files.list(ruleDir)) {
                    for (Path caseDir :
                            caseDirs.filter(Files::isDirectory).sorted().toList()) {
                        cases.add(DynamicTest.dynamicTest(
                                caseDir.getFileName().toString(), () -> runCase(ruleId, caseDir)));
                    }
                }
                rules.add(DynamicContainer.dynamicContainer(ruleId, cases));
            }
        }
        return rules.stream();
    }

    private void runCase(String ruleId, Path caseDir) throws Exception {
        Report report = run(FIXTURES.resolve("_base"), caseDir);
        Path expectedFile = caseDir.resolve("expected.txt");
        if (Boolean.getBoolean("somepolicy.updateFixtures")
                && caseDir.getFileName().toString().startsWith("fail-")) {
            // an intended change of a failing case's findings: written, then reviewed in the diff
            Files.write(expectedFile, lines(report, ruleId), StandardCharsets.UTF_8);
        }
        List<String> expected = Files.exists(expectedFile)
                ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank())
                        .toList()
                : List.of();
        if (caseDir.getFileName().toString().startsWith("fail-")) {
            assertThat(expected).as("a failing case names its findings").isNotEmpty();
        }
        assertThat(lines(report, ruleId)).containsExactlyElementsOf(expected);
    }

    private Report run(Path base, Path overlay) throws Exception {
        Path root = Files.createTempDirectory(work, "config");
        copy(base, root);
        if (overlay != null) {
            copy(overlay, root);
            Files.deleteIfExists(root.resolve("expected.txt"));
        }
        return new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "test"));
    }

    static List<String> lines(Report report, String ruleId) {
        Messages messages = Messages.of(Locale.ENGLISH);
        List<String> lines = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (ruleId == null || finding.ruleId().equals(ruleId)) {
                lines.add(ConsoleWriter.line(finding, messages));
            }
        }
        return lines;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
