package io.github.somepolicy.ruletest;

import io.github.somepolicy.engine.EffectivePolicy;
import io.github.somepolicy.engine.EffectiveRule;
import io.github.somepolicy.engine.Profiles;
import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs rule tests. Each test's configuration is laid out under a work folder of the test goal's own
 * (the real configuration copied, without links, with the test's files laid over it and its removed
 * paths left out), validated by the same engine as {@code check} against the test's date and profile,
 * and its findings compared with what the test expects.
 */
public final class RuleTestRunner {

    /** The file that marks a folder as laid out by a test run, so a later run may delete it. */
    static final String MARKER = ".somepolicy-rule-test";

    private final Validator validator;
    private final Profiles profiles;
    private final Path root;
    private final Path work;
    private final LocalDate today;
    private final Limits limits;
    private final String toolVersion;

    /**
     * @param validator the engine
     * @param profiles the profiles and catalogue, with the same rule packs as the engine
     * @param root the real configuration root
     * @param work the folder the runner lays test configurations out in; never inside the configuration
     *     outside its {@code target/}
     * @param today the date for tests that set none
     * @param limits the backstops
     * @param toolVersion the plugin's version, for the reports
     */
    public RuleTestRunner(
            Validator validator,
            Profiles profiles,
            Path root,
            Path work,
            LocalDate today,
            Limits limits,
            String toolVersion) {
        this.validator = validator;
        this.profiles = profiles;
        this.root = root.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        this.today = today;
        this.limits = limits;
        this.toolVersion = toolVersion;
    }

    /**
     * Runs one test.
     *
     * @throws IOException when the work folder cannot be written
     * @throws SomepolicyException when the test's configuration cannot be read at all
     */
    public Outcome run(RuleTest test) throws IOException, SomepolicyException {
        List<Outcome.Difference> invalid = new ArrayList<>();
        Path configuration = layOut(test, invalid);
        Optional<String> profileProblem = test.profile().flatMap(p -> setProfile(configuration, p));
        if (profileProblem.isPresent()) {
            invalid.add(new Outcome.Difference(
                    Outcome.Kind.INVALID,
                    "",
                    Location.ofFile(test.file()),
                    Message.of("ruletest.profile-unknown", test.profile().orElseThrow(), profileProblem.get())));
        }
        if (!invalid.isEmpty()) {
            return new Outcome(test, invalid, List.of(), List.of());
        }
        Report report = validator.validate(
                new ValidationRequest(configuration, test.today().orElse(today), limits, toolVersion, 1));
        EffectivePolicy policy = profiles.configuration(configuration);
        Set<String> known = new TreeSet<>();
        policy.rules().forEach(rule -> known.add(rule.id()));
        report.rules().forEach(rule -> known.add(rule.metadata().id()));
        return new Outcome(
                test, compare(test, report.findings(), known, configuration), report.findings(), named(test));
    }

    /** The rules a test names, in the order it names them. */
    static List<String> named(RuleTest test) {
        Set<String> rules = new LinkedHashSet<>();
        test.expected().forEach(e -> rules.add(e.rule()));
        test.notExpected().forEach(f -> rules.add(f.rule()));
        return List.copyOf(rules);
    }

    /** The comparison of findings with a test's expectations; public for the tests of the comparison. */
    static List<Outcome.Difference> compare(
            RuleTest test, List<Finding> findings, Set<String> known, Path configuration) {
        List<Outcome.Difference> differences = new ArrayList<>();
        for (RuleTest.Expectation expectation : test.expected()) {
            checkNames(
                    expectation.rule(), expectation.file(), expectation.declared(), known, configuration, differences);
        }
        for (RuleTest.Forbidden forbidden : test.notExpected()) {
            checkNames(forbidden.rule(), forbidden.file(), forbidden.declared(), known, configuration, differences);
        }
        if (!differences.isEmpty()) {
            return differences;
        }
        // A finding is compared when an expectation names its rule, in its file or in any file.
        List<Finding> open = new ArrayList<>();
        for (Finding finding : findings) {
            boolean named = test.expected().stream()
                    .anyMatch(e -> e.rule().equals(finding.ruleId())
                            && e.file()
                                    .map(f -> f.equals(finding.location().file()))
                                    .orElse(true));
            if (named || test.failOnOtherFindings()) {
                open.add(finding);
            }
        }
        // Exact matches first, so that a loose expectation does not take the finding a precise one names.
        List<RuleTest.Expectation> unmatched = new ArrayList<>();
        List<RuleTest.Expectation> ordered = new ArrayList<>(test.expected());
        ordered.sort(Comparator.comparingInt(RuleTestRunner::precision).reversed());
        for (RuleTest.Expectation expectation : ordered) {
            Optional<Finding> match =
                    open.stream().filter(f -> matches(expectation, f)).findFirst();
            if (match.isPresent()) {
                open.remove(match.get());
            } else {
                unmatched.add(expectation);
            }
        }
        unmatched.sort(Comparator.comparing(e -> e.declared()));
        for (RuleTest.Expectation expectation : unmatched) {
            Optional<Finding> near = open.stream()
                    .filter(f -> f.ruleId().equals(expectation.rule()))
                    .filter(f -> expectation
                            .file()
                            .map(file -> file.equals(f.location().file()))
                            .orElse(true))
                    .findFirst();
            if (near.isPresent()) {
                open.remove(near.get());
                differences.add(new Outcome.Difference(
                        Outcome.Kind.DIFFERENT,
                        expectation.rule(),
                        near.get().location(),
                        Message.of(
                                "ruletest.different",
                                expectation.describe(),
                                describe(near.get()),
                                expectation.declared().start().line())));
            } else {
                differences.add(new Outcome.Difference(
                        Outcome.Kind.MISSING,
                        expectation.rule(),
                        expectation.declared(),
                        Message.of("ruletest.missing", expectation.describe())));
            }
        }
        for (Finding finding : open) {
            if (test.notExpected().stream().anyMatch(f -> forbids(f, finding))) {
                continue; // named below, once, as a rule that must not fire
            }
            differences.add(new Outcome.Difference(
                    Outcome.Kind.UNEXPECTED,
                    finding.ruleId(),
                    finding.location(),
                    Message.of("ruletest.unexpected", describe(finding))));
        }
        for (RuleTest.Forbidden forbidden : test.notExpected()) {
            for (Finding finding : findings) {
                if (forbids(forbidden, finding)) {
                    differences.add(new Outcome.Difference(
                            Outcome.Kind.FIRED,
                            finding.ruleId(),
                            finding.location(),
                            Message.of(
                                    "ruletest.fired",
                                    describe(finding),
                                    forbidden.declared().start().line())));
                }
            }
        }
        return differences;
    }

    private static void checkNames(
            String rule,
            Optional<String> file,
            Location declared,
            Set<String> known,
            Path configuration,
            List<Outcome.Difference> differences) {
        if (!known.contains(rule)) {
            differences.add(new Outcome.Difference(
                    Outcome.Kind.INVALID,
                    rule,
                    declared,
                    io.github.somepolicy.schema.Suggestions.closest(rule, List.copyOf(known))
                            .map(suggestion -> Message.of("ruletest.unknown-rule.suggest", rule, suggestion))
                            .orElse(Message.of("ruletest.unknown-rule", rule))));
        }
        if (file.isPresent()
                && (configuration == null
                        || !Files.isRegularFile(configuration.resolve(file.get()), LinkOption.NOFOLLOW_LINKS))) {
            differences.add(new Outcome.Difference(
                    Outcome.Kind.INVALID, rule, declared, Message.of("ruletest.unknown-file", file.get())));
        }
    }

    private static boolean forbids(RuleTest.Forbidden forbidden, Finding finding) {
        return finding.ruleId().equals(forbidden.rule())
                && forbidden
                        .file()
                        .map(f -> f.equals(finding.location().file()))
                        .orElse(true);
    }

    private static int precision(RuleTest.Expectation e) {
        return (e.file().isPresent() ? 1 : 0)
                + (e.line().isPresent() ? 1 : 0)
                + (e.path().isPresent() ? 1 : 0)
                + (e.severity().isPresent() ? 1 : 0)
                + (e.waived().isPresent() ? 1 : 0);
    }

    static boolean matches(RuleTest.Expectation e, Finding f) {
        return e.rule().equals(f.ruleId())
                && e.file().map(file -> file.equals(f.location().file())).orElse(true)
                && e.line().map(line -> line == f.location().start().line()).orElse(true)
                && e.path().map(path -> path.equals(f.location().pointer())).orElse(true)
                && e.severity().map(s -> s == f.severity()).orElse(true)
                && e.waived().map(w -> w == f.waived()).orElse(true);
    }

    /** A finding as an expectation would name it, so the two can be compared by eye. */
    static String describe(Finding f) {
        StringBuilder out = new StringBuilder(f.ruleId())
                .append(" @ ")
                .append(f.location().file())
                .append(':')
                .append(f.location().start().line());
        if (!f.location().pointer().isEmpty()) {
            out.append(' ').append(f.location().pointer());
        }
        out.append(" (").append(f.severity().id()).append(')');
        if (f.waived()) {
            out.append(" waived");
        }
        return out.toString();
    }

    /** Lays out a test's configuration in its own folder of the work folder, and returns that folder. */
    private Path layOut(RuleTest test, List<Outcome.Difference> invalid) throws IOException {
        Path folder = work.resolve(test.name());
        clear(folder);
        Path configuration = folder.resolve("configuration");
        Files.createDirectories(configuration);
        Files.writeString(folder.resolve(MARKER), test.file() + "\n", StandardCharsets.UTF_8);
        if (test.base() == RuleTest.Base.CONFIGURATION) {
            copyTree(root, configuration, true);
            for (String removed : test.remove()) {
                Path target = configuration.resolve(removed).normalize();
                if (!target.startsWith(configuration) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    invalid.add(new Outcome.Difference(
                            Outcome.Kind.INVALID,
                            "",
                            Location.ofFile(test.file()),
                            Message.of("ruletest.remove-missing", removed)));
                } else {
                    Files.delete(target);
                }
            }
        }
        Path files = root.resolve(RuleTest.DIRECTORY).resolve(test.name()).resolve(RuleTest.FILES);
        if (Files.isDirectory(files, LinkOption.NOFOLLOW_LINKS)) {
            copyTree(files, configuration, false);
        } else if (test.base() == RuleTest.Base.NONE) {
            invalid.add(new Outcome.Difference(
                    Outcome.Kind.INVALID,
                    "",
                    Location.ofFile(test.file()),
                    Message.of("ruletest.no-files", RuleTest.DIRECTORY + "/" + test.name() + "/" + RuleTest.FILES)));
        }
        return configuration;
    }

    /**
     * Copies the regular files of a tree, never through a link; from the real configuration, leaves out
     * what {@code check} never reads and the tests themselves.
     */
    private void copyTree(Path from, Path to, boolean configuration) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from)) {
                    String name = dir.getFileName().toString();
                    boolean skipped = FileScanner.isSkippedDirectory(name)
                            || (configuration && dir.getParent().equals(from) && name.equals(RuleTest.DIRECTORY))
                            || dir.toAbsolutePath().normalize().startsWith(work);
                    if (skipped) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && attrs.size() <= limits.maxFileBytes()) {
                    Files.copy(
                            file,
                            to.resolve(from.relativize(file).toString()),
                            StandardCopyOption.REPLACE_EXISTING,
                            LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes a folder an earlier run laid out, and only such a folder: it carries the marker. A laid-out
     * configuration is a working copy rebuilt whole on every run, so it is cleared by its marker rather
     * than file by file through {@code OutputDirectory}'s manifest (whose atomic, synced writes would cost
     * a sync per copied file); the folder it lies in is confined by the goal as every output is.
     */
    private static void clear(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(folder) || !Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder + " (not laid out by a rule test run; left as it is)");
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }

    /**
     * Makes the laid-out configuration extend a profile: the value of {@code extends} in its policy file is
     * replaced, or the key is added. Gives the reason when that cannot be done.
     */
    private Optional<String> setProfile(Path configuration, String profile) {
        if (!profile.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return Optional.of("-");
        }
        try {
            if (!profiles.available().contains(profile)) {
                return Optional.of(String.join(", ", profiles.available()));
            }
            Path policy = null;
            for (String name : Validator.POLICY_FILES) {
                if (Files.isRegularFile(configuration.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    policy = configuration.resolve(name);
                    break;
                }
            }
            if (policy == null) {
                Files.writeString(
                        configuration.resolve(Validator.POLICY_FILES.get(0)),
                        "kind: policy\nversion: 1\nextends: " + profile + "\n",
                        StandardCharsets.UTF_8);
                return Optional.empty();
            }
            String text = Files.readString(policy, StandardCharsets.UTF_8);
            Optional<Node.Mapping> tree = new YamlLoader(limits)
                    .parse(policy.getFileName().toString(), text)
                    .root();
            Optional<Node> current = tree.flatMap(t -> t.get("extends"));
            List<String> lines = new ArrayList<>(text.lines().toList());
            if (current.isPresent()
                    && current.get() instanceof Node.Scalar scalar
                    && scalar.location().start().line()
                            == scalar.location().end().line()) {
                int index = scalar.location().start().line() - 1;
                String line = lines.get(index);
                int from = line.offsetByCodePoints(0, scalar.location().start().column() - 1);
                int to = line.offsetByCodePoints(0, scalar.location().end().column() - 1);
                lines.set(index, line.substring(0, from) + profile + line.substring(to));
            } else if (current.isEmpty()
                    && tree.isPresent()
                    && tree.get().entries().stream()
                            .allMatch(e -> e.keyLocation().start().column() == 1)) {
                lines.add("extends: " + profile);
            } else {
                return Optional.of("extends");
            }
            Files.writeString(policy, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage() == null ? "-" : e.getMessage());
        }
    }

    /**
     * The rules whose tests a configuration needs: its custom rules, the rule packs' rules in force, and
     * the built-in rules whose parameters its {@code somepolicy.yaml} sets, except those it turns off.
     *
     * @param root the configuration root
     * @param limits the backstops for reading the policy file
     * @param policy the configuration's effective policy
     * @param packRules the ids of the installed rule packs' rules
     */
    public static List<String> needingTests(Path root, Limits limits, EffectivePolicy policy, Set<String> packRules) {
        Set<String> rules = new LinkedHashSet<>();
        Optional<Node.Mapping> user = Optional.empty();
        for (String name : Validator.POLICY_FILES) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    user = new YamlLoader(limits)
                            .load(name, FileScanner.readBounded(file, limits.maxFileBytes()))
                            .root();
                } catch (IOException e) {
                    user = Optional.empty();
                }
                break;
            }
        }
        Node.Mapping settings = user.flatMap(u -> u.get("rules"))
                .filter(Node.Mapping.class::isInstance)
                .map(Node.Mapping.class::cast)
                .orElse(new Node.Mapping(List.of(), Location.ofFile("")));
        user.flatMap(u -> u.get("customRules"))
                .filter(Node.Sequence.class::isInstance)
                .ifPresent(list -> {
                    for (Node item : ((Node.Sequence) list).items()) {
                        item.child("id")
                                .flatMap(Node::text)
                                .filter(id -> !off(settings, id))
                                .ifPresent(rules::add);
                    }
                });
        for (EffectiveRule rule : policy.inForce()) {
            if (packRules.contains(rule.id())) {
                rules.add(rule.id());
            }
        }
        for (Node.Entry entry : settings.entries()) {
            boolean parameters = entry.value() instanceof Node.Mapping m
                    && m.keys().stream().anyMatch(key -> !key.equals("severity"));
            if (parameters && policy.rule(entry.key()).map(r -> !r.off()).orElse(false)) {
                rules.add(entry.key());
            }
        }
        return List.copyOf(rules);
    }

    private static boolean off(Node.Mapping settings, String id) {
        Optional<Node> setting = settings.get(id);
        Optional<String> severity = setting.flatMap(
                        s -> s instanceof Node.Mapping m ? m.get("severity") : Optional.of(s))
                .flatMap(Node::text);
        return severity.filter("off"::equals).isPresent();
    }
}
