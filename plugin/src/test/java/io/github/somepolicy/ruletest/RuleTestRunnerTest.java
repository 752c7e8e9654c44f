package io.github.somepolicy.ruletest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.somepolicy.engine.Profiles;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.ReportSchemas;
import io.github.somepolicy.rule.RulePacks;
import io.github.somepolicy.schema.SchemaValidator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule tests run on a copy of the example configuration, as a municipality's tests would. */
class RuleTestRunnerTest {

    private static final Path EXAMPLE = Path.of("../example-config");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final String LIBRARY = "accounts/kultur-och-fritid/instagram-ekebybibliotek.yaml";
    private static SchemaValidator schemas;

    @TempDir
    Path temp;

    private Path root;
    private Path work;

    @BeforeAll
    static void compileSchemas() {
        schemas = new SchemaValidator();
    }

    @BeforeEach
    void copyExample() throws IOException {
        root = temp.resolve("config");
        work = temp.resolve("config/target/somepolicy/tests");
        copy(EXAMPLE, root);
    }

    @Test
    void theExampleTestsPassAndCoverItsRule() throws Exception {
        List<Outcome> outcomes = runAll();
        assertThat(outcomes)
                .extracting(o -> o.test().name())
                .containsExactly(
                        "moderator-work-email-fires",
                        "moderator-work-email-quiet",
                        "waiver-covers-late-snapshot",
                        "waiver-ends-on-expiry");
        assertThat(outcomes).allSatisfy(o -> assertThat(o.differences()).isEmpty());
        Coverage coverage = Coverage.of(
                RuleTestRunner.needingTests(
                        root, Limits.DEFAULT, Profiles.installed().configuration(root), java.util.Set.of()),
                outcomes);
        assertThat(coverage.rules()).extracting(Coverage.RuleCoverage::rule).containsExactly("moderator-work-email");
        assertThat(coverage.uncovered()).isEmpty();
    }

    @Test
    void aMissingFindingIsNamedAtTheExpectation() throws Exception {
        write("tests/missing/test.yaml", """
                kind: rule-test
                version: 1
                expected:
                  - rule: moderator-work-email
                    file: %s
                """.formatted(LIBRARY));
        Outcome outcome = only("missing");
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Outcome.Kind.MISSING);
            assertThat(d.location().file()).isEqualTo("tests/missing/test.yaml");
            assertThat(d.location().start().line()).isEqualTo(4);
            assertThat(render(d, Locale.ENGLISH))
                    .contains("Expected finding not reported: moderator-work-email @ " + LIBRARY);
            assertThat(render(d, Locale.forLanguageTag("sv"))).startsWith("Väntat fynd rapporterades inte");
        });
    }

    @Test
    void anotherSeverityOrPlaceIsADifferenceAtTheFinding() throws Exception {
        privateAddress("different");
        write("tests/different/test.yaml", """
                kind: rule-test
                version: 1
                expected:
                  - rule: moderator-work-email
                    file: %s
                    path: /moderation/moderators/1/email
                    severity: warning
                """.formatted(LIBRARY));
        Outcome outcome = only("different");
        assertThat(outcome.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Outcome.Kind.DIFFERENT);
            assertThat(d.location().file()).isEqualTo(LIBRARY);
            assertThat(d.location().start().line()).isEqualTo(48);
            assertThat(render(d, Locale.ENGLISH))
                    .contains("Reported as moderator-work-email @ " + LIBRARY
                            + ":48 /moderation/moderators/0/email (error)")
                    .contains("expected as moderator-work-email @ " + LIBRARY
                            + " /moderation/moderators/1/email (warning)");
        });
    }

    @Test
    void aRuleThatMustNotFireButDoesFailsTheTestAndSoDoesAnUnlistedFindingWhenAsked() throws Exception {
        privateAddress("fires");
        write("tests/fires/test.yaml", """
                kind: rule-test
                version: 1
                otherFindings: fail
                notExpected:
                  - rule: moderator-work-email
                    file: %s
                """.formatted(LIBRARY));
        Outcome outcome = only("fires");
        assertThat(outcome.differences())
                .filteredOn(d -> d.kind() == Outcome.Kind.FIRED)
                .singleElement()
                .satisfies(d -> assertThat(d.location().file()).isEqualTo(LIBRARY));
        // Every finding is unlisted, the waived finding of the real configuration too.
        assertThat(outcome.differences())
                .filteredOn(d -> d.kind() == Outcome.Kind.UNEXPECTED)
                .extracting(Outcome.Difference::rule)
                .contains("archive-snapshot-overdue")
                .doesNotContain("moderator-work-email")
                .hasSize(outcome.findings().size() - 1);
    }

    @Test
    void otherRulesAndOtherFilesAreNotComparedByDefault() throws Exception {
        privateAddress("scoped");
        write("tests/scoped/test.yaml", """
                kind: rule-test
                version: 1
                today: 2027-06-01
                expected:
                  - rule: archive-snapshot-overdue
                    file: accounts/raddningstjanst/x-ekebyraddning.yaml
                    waived: false
                """);
        // Other accounts' snapshots are overdue on that date too, and the moderator rule fires: neither counts.
        assertThat(only("scoped").differences()).isEmpty();
    }

    @Test
    void aTestsProfileReplacesTheOneTheConfigurationExtends() throws Exception {
        write("tests/baseline/test.yaml", """
                kind: rule-test
                version: 1
                today: 2027-06-01
                profile: baseline
                notExpected:
                  - rule: archive-snapshot-overdue
                """);
        write("tests/malmo/test.yaml", """
                kind: rule-test
                version: 1
                today: 2027-06-01
                expected:
                  - rule: archive-snapshot-overdue
                    file: accounts/raddningstjanst/x-ekebyraddning.yaml
                """);
        List<Outcome> outcomes = runAll();
        assertThat(outcomes)
                .allSatisfy(o -> assertThat(o.differences()).as(o.test().name()).isEmpty());
        assertThat(Files.readString(root.resolve("somepolicy.yaml"))).contains("extends: malmo");
    }

    @Test
    void baseNoneChecksOnlyTheTestsOwnFiles() throws Exception {
        write("tests/own/test.yaml", """
                kind: rule-test
                version: 1
                base: none
                expected:
                  - rule: account-unit-exists
                    file: accounts/a.yaml
                notExpected:
                  - rule: account-type
                """);
        write("tests/own/files/accounts/a.yaml", Files.readString(root.resolve(LIBRARY)));
        Outcome outcome = only("own");
        assertThat(outcome.differences()).isEmpty();
        assertThat(outcome.findings()).extracting(f -> f.location().file()).doesNotContain(LIBRARY);
    }

    @Test
    void unknownRulesAndFilesAreNamedWithASuggestion() throws Exception {
        write("tests/typo/test.yaml", """
                kind: rule-test
                version: 1
                expected:
                  - rule: moderator-work-mail
                  - rule: moderation-backup
                    file: accounts/kultur/nothing.yaml
                remove: [accounts/none.yaml]
                """);
        Outcome outcome = only("typo");
        assertThat(outcome.differences()).extracting(Outcome.Difference::kind).containsOnly(Outcome.Kind.INVALID);
        List<String> texts = outcome.differences().stream()
                .map(d -> render(d, Locale.ENGLISH))
                .toList();
        assertThat(texts).anyMatch(t -> t.contains("remove names accounts/none.yaml"));
        Outcome again = only("typo", "remove: [accounts/none.yaml]", "");
        List<String> second = again.differences().stream()
                .map(d -> d.location() + " " + render(d, Locale.ENGLISH))
                .toList();
        assertThat(second)
                .containsExactly(
                        "tests/typo/test.yaml:4:5 No rule moderator-work-mail is known in this configuration; did you mean moderator-work-email?",
                        "tests/typo/test.yaml:5:5 The file accounts/kultur/nothing.yaml is not in the test's configuration: check the path, relative to the configuration root.");
    }

    @Test
    void badDeclarationsArePositionedProblemsAndDoNotRun() throws Exception {
        write("tests/a-broken/test.yaml", """
                kind: rule-test
                version: 1
                expected:
                  - rule: Not_An_Id
                    line: 0
                    colour: red
                """);
        write("tests/b-syntax/test.yaml", "kind: rule-test\nversion: 1\nexpected: [\n");
        write("tests/c-empty/test.yaml", "kind: rule-test\nversion: 1\n");
        Files.createDirectories(root.resolve("tests/d-no-declaration"));
        RuleTests.Found found = RuleTests.find(root, schemas, Limits.DEFAULT);
        assertThat(found.tests()).extracting(RuleTest::name).doesNotContain("a-broken", "b-syntax", "c-empty");
        Messages english = Messages.of(Locale.ENGLISH);
        List<String> problems = found.problems().stream()
                .map(v -> v.location() + " " + english.render(v.message()))
                .toList();
        assertThat(found.problems()).extracting(Violation::ruleId).containsOnly(RuleTests.RULE);
        assertThat(problems).anyMatch(p -> p.startsWith("tests/a-broken/test.yaml:4:"));
        assertThat(problems).anyMatch(p -> p.startsWith("tests/a-broken/test.yaml:5:"));
        assertThat(problems).anyMatch(p -> p.startsWith("tests/a-broken/test.yaml:6:") && p.contains("colour"));
        assertThat(problems).anyMatch(p -> p.startsWith("tests/b-syntax/test.yaml:"));
        assertThat(problems)
                .anyMatch(p -> p.startsWith("tests/c-empty/test.yaml:1:1") && p.contains("expects nothing"));
        assertThat(problems).anyMatch(p -> p.startsWith("tests/d-no-declaration:1:1") && p.contains("test.yaml"));
    }

    @Test
    void aCheckOfTheConfigurationNeverReadsItsTests() throws Exception {
        write("tests/broken/files/accounts/a.yaml", "kind: account\nversion: 1\nname: [\n");
        write("tests/broken/test.yaml", "kind: nothing-known\n");
        List<Finding> findings = new Validator(schemas)
                .validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "test"))
                .findings();
        assertThat(findings).extracting(f -> f.location().file()).noneMatch(f -> f.startsWith("tests/"));
    }

    @Test
    void theRealConfigurationIsNeverChangedAndOnlyMarkedFoldersAreCleared() throws Exception {
        privateAddress("fires");
        write("tests/fires/test.yaml", """
                kind: rule-test
                version: 1
                expected:
                  - rule: moderator-work-email
                """);
        Map<String, String> before = checksums(root);
        runAll();
        runAll();
        Map<String, String> after = checksums(root);
        after.keySet().removeIf(k -> k.startsWith("target/"));
        assertThat(after).isEqualTo(before);

        Path foreign = work.resolve("fires");
        Files.walk(foreign).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile()
                .delete());
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("keep.txt"), "not the test run's");
        RuleTestRunner runner = runner();
        RuleTest test = RuleTests.find(root, schemas, Limits.DEFAULT).tests().stream()
                .filter(t -> t.name().equals("fires"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> runner.run(test))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("left as it is");
        assertThat(foreign.resolve("keep.txt")).exists();
    }

    @Test
    void theJunitResultsFollowTheJunitSchemaAndCarryTheDifferences() throws Exception {
        write("tests/missing/test.yaml", """
                kind: rule-test
                version: 1
                expected:
                  - rule: moderator-work-email
                    file: %s
                """.formatted(LIBRARY));
        List<Outcome> outcomes = runAll();
        Coverage coverage = Coverage.of(List.of("moderator-work-email", "unit-manager"), outcomes);
        StringWriter out = new StringWriter();
        RuleTestJunit.write(
                outcomes,
                List.of(new RuleTestJunit.Problem(io.github.somepolicy.model.Location.ofFile("tests/x"), "broken <&>")),
                coverage,
                true,
                TODAY,
                Messages.of(Locale.ENGLISH),
                out);
        String xml = out.toString();
        assertThat(ReportSchemas.junitErrors(xml)).isEmpty();
        assertThat(xml)
                .contains("tests=\"6\" failures=\"2\"")
                .contains("Expected finding not reported: moderator-work-email @ " + LIBRARY)
                .contains("broken &lt;&amp;&gt;")
                .contains("<testcase name=\"unit-manager\" classname=\"coverage\" time=\"0\">")
                .contains("unit-manager: no test makes it fire and none keeps it quiet.");
    }

    private void privateAddress(String test) throws IOException {
        write(
                "tests/" + test + "/files/" + LIBRARY,
                Files.readString(root.resolve(LIBRARY)).replace("nils.berg@ekeby.se", "nils.berg@gmail.com"));
    }

    private Outcome only(String name) throws Exception {
        return runAll().stream()
                .filter(o -> o.test().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Outcome only(String name, String drop, String replacement) throws Exception {
        Path file = root.resolve("tests/" + name + "/test.yaml");
        Files.writeString(file, Files.readString(file).replace(drop, replacement));
        return only(name);
    }

    private List<Outcome> runAll() throws Exception {
        RuleTests.Found found = RuleTests.find(root, schemas, Limits.DEFAULT);
        RuleTestRunner runner = runner();
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (RuleTest test : found.tests()) {
            outcomes.add(runner.run(test));
        }
        return outcomes;
    }

    private RuleTestRunner runner() throws Exception {
        return new RuleTestRunner(
                new Validator(schemas), Profiles.of(RulePacks.installed()), root, work, TODAY, Limits.DEFAULT, "test");
    }

    private static String render(Outcome.Difference difference, Locale locale) {
        return Messages.of(locale).render(difference.message());
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName().toString().equals("target")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Map<String, String> checksums(Path root) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sums.put(
                        root.relativize(file).toString(),
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return sums;
    }
}
