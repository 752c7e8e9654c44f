package io.github.somepolicy.ruletest;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.schema.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds and reads the rule tests of a configuration: every {@code tests/<name>/test.yaml}, in name order.
 * A declaration that cannot be read or does not follow {@code rule-test.schema.json} is a problem with
 * its file, line and column, and its test does not run.
 */
public final class RuleTests {

    /** The rule id under which problems in a test's declaration are reported. */
    public static final String RULE = "rule-test-invalid";

    private static final String SCHEMA = "rule-test.schema.json";

    private RuleTests() {}

    /**
     * What reading the tests gave.
     *
     * @param tests the tests that can run
     * @param problems what is wrong in the declarations, and in the folder
     */
    public record Found(List<RuleTest> tests, List<Violation> problems) {
        public Found {
            tests = List.copyOf(tests);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the tests under a configuration root.
     *
     * @param root the configuration root
     * @param schemas the schema validator, for the declarations' schema
     * @param limits the backstops for reading YAML
     * @throws IOException when the tests folder exists but cannot be listed
     */
    public static Found find(Path root, SchemaValidator schemas, Limits limits) throws IOException {
        Path folder = root.resolve(RuleTest.DIRECTORY);
        List<RuleTest> tests = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Found(tests, problems);
        }
        Map<String, Path> byName = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    byName.put(name, entry);
                }
            }
        }
        YamlLoader loader = new YamlLoader(limits);
        for (Map.Entry<String, Path> entry : byName.entrySet()) {
            String file = RuleTest.DIRECTORY + "/" + entry.getKey() + "/" + RuleTest.DECLARATION;
            Path declaration = entry.getValue().resolve(RuleTest.DECLARATION);
            if (!Files.isRegularFile(declaration, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Violation.of(
                        RULE,
                        Location.ofFile(RuleTest.DIRECTORY + "/" + entry.getKey()),
                        "ruletest.no-declaration",
                        RuleTest.DECLARATION));
                continue;
            }
            if (Files.size(declaration) > limits.maxFileBytes()) {
                problems.add(Violation.of(RULE, Location.ofFile(file), "ruletest.too-large", limits.maxFileBytes()));
                continue;
            }
            LoadResult loaded = loader.load(file, Files.readAllBytes(declaration));
            List<Violation> own = new ArrayList<>(loaded.problems());
            if (loaded.root().isPresent()) {
                own.addAll(schemas.validateFragment(
                        "rule-test", schema(), file, loaded.root().get()));
            } else if (own.isEmpty()) {
                own.add(Violation.of(RULE, Location.ofFile(file), "ruletest.empty"));
            }
            if (!own.isEmpty()) {
                own.forEach(v -> problems.add(new Violation(RULE, v.location(), v.related(), v.message())));
                continue;
            }
            read(entry.getKey(), file, loaded.root().get(), problems).ifPresent(tests::add);
        }
        return new Found(tests, problems);
    }

    private static Optional<RuleTest> read(String name, String file, Node.Mapping root, List<Violation> problems) {
        Optional<LocalDate> today = Optional.empty();
        Optional<Node> todayNode = root.get("today");
        if (todayNode.isPresent()) {
            try {
                today = Optional.of(LocalDate.parse(todayNode.get().text().orElse("")));
            } catch (DateTimeParseException e) {
                problems.add(Violation.of(
                        RULE,
                        todayNode.get().location(),
                        "ruletest.bad-date",
                        todayNode.get().text().orElse("")));
                return Optional.empty();
            }
        }
        List<RuleTest.Expectation> expected = new ArrayList<>();
        for (Node item : items(root, "expected")) {
            Node.Mapping m = (Node.Mapping) item;
            expected.add(new RuleTest.Expectation(
                    m.get("rule").flatMap(Node::text).orElseThrow(),
                    m.get("file").flatMap(Node::text).map(RuleTests::slashes),
                    m.get("line").flatMap(Node::text).map(Integer::valueOf),
                    m.get("path").flatMap(Node::text),
                    m.get("severity").flatMap(Node::text).flatMap(Severity::fromId),
                    m.get("waived").flatMap(Node::text).map(Boolean::valueOf),
                    item.location()));
        }
        List<RuleTest.Forbidden> notExpected = new ArrayList<>();
        for (Node item : items(root, "notExpected")) {
            Node.Mapping m = (Node.Mapping) item;
            notExpected.add(new RuleTest.Forbidden(
                    m.get("rule").flatMap(Node::text).orElseThrow(),
                    m.get("file").flatMap(Node::text).map(RuleTests::slashes),
                    item.location()));
        }
        if (expected.isEmpty() && notExpected.isEmpty()) {
            problems.add(Violation.of(RULE, root.location(), "ruletest.nothing-expected"));
            return Optional.empty();
        }
        List<String> remove = new ArrayList<>();
        items(root, "remove").forEach(n -> n.text().map(RuleTests::slashes).ifPresent(remove::add));
        return Optional.of(new RuleTest(
                name,
                file,
                root.get("description").flatMap(Node::text).orElse(""),
                root.get("base").flatMap(Node::text).filter("none"::equals).isPresent()
                        ? RuleTest.Base.NONE
                        : RuleTest.Base.CONFIGURATION,
                remove,
                today,
                root.get("profile").flatMap(Node::text),
                root.get("otherFindings")
                        .flatMap(Node::text)
                        .filter("fail"::equals)
                        .isPresent(),
                expected,
                notExpected));
    }

    private static String slashes(String path) {
        String out = path.replace('\\', '/');
        while (out.startsWith("./")) {
            out = out.substring(2);
        }
        return out;
    }

    private static List<Node> items(Node.Mapping root, String key) {
        return root.get(key)
                .filter(Node.Sequence.class::isInstance)
                .map(n -> ((Node.Sequence) n).items())
                .orElse(List.of());
    }

    private static Map<String, Object> schema;

    private static synchronized Map<String, Object> schema() {
        if (schema == null) {
            try (InputStream in = RuleTests.class.getResourceAsStream("/schemas/" + SCHEMA)) {
                if (in == null) {
                    throw new IllegalStateException("schema missing from the plugin: " + SCHEMA);
                }
                Map<String, Object> read =
                        new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
                read.remove("$id");
                read.remove("$schema");
                schema = read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }
}
