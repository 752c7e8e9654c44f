package io.github.somepolicy.maven;

import io.github.somepolicy.engine.EffectivePolicy;
import io.github.somepolicy.engine.Profiles;
import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.output.OutputDirectory;
import io.github.somepolicy.rule.RulePacks;
import io.github.somepolicy.ruletest.Coverage;
import io.github.somepolicy.ruletest.Outcome;
import io.github.somepolicy.ruletest.RuleTest;
import io.github.somepolicy.ruletest.RuleTestJunit;
import io.github.somepolicy.ruletest.RuleTestRunner;
import io.github.somepolicy.ruletest.RuleTests;
import io.github.somepolicy.schema.SchemaValidator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the rule tests kept in the configuration's {@code tests/} folder: each {@code tests/<name>/test.yaml}
 * names a small configuration (or the real one with some files laid over it), a date and a profile, and
 * the findings expected. Prints each test's result with the differences, writes them as JUnit XML, lists
 * the custom, rule-pack and re-parameterised rules that lack a test making them fire or one keeping them
 * quiet, and fails the build on a failing test (and, with {@code failOnUncovered}, on an uncovered rule).
 */
@Mojo(name = TestMojo.GOAL_NAME, defaultPhase = LifecyclePhase.TEST, requiresProject = false, threadSafe = true)
public final class TestMojo extends AbstractValidatingMojo {

    /** The goal's name. */
    public static final String GOAL_NAME = "test";

    /** The JUnit XML file the results are written to, in the report directory. */
    public static final String JUNIT_FILE = "somepolicy-tests-junit.xml";

    /** Skips the rule tests. Maven's {@code skipTests} skips them too. */
    @Parameter(property = PropertyNames.TEST_SKIP, defaultValue = "false")
    boolean skip;

    /** Maven's switch for skipping tests. */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    /** Only these tests, by folder name, comma-separated; all when empty. */
    @Parameter(property = PropertyNames.TEST_NAMES)
    String names;

    /**
     * Fails the build when a rule that needs tests (a custom rule, a rule pack's rule, a built-in rule whose
     * parameters the configuration changes) lacks a passing test in which it fires or one in which it must
     * not fire.
     */
    @Parameter(property = PropertyNames.FAIL_ON_UNCOVERED, defaultValue = "false")
    boolean failOnUncovered;

    /** Where the JUnit XML is written, and the tests' configurations are laid out (under {@code tests/}). */
    @Parameter(property = PropertyNames.REPORT_DIRECTORY, defaultValue = "${project.build.directory}/somepolicy")
    File reportDirectory;

    /**
     * A folder of compiled classes holding a rule pack (its {@code META-INF/services} entry, catalogue,
     * bundles and checks), loaded beside the packs on the plugin's class path: a rule pack's own build
     * sets it to {@code ${project.build.outputDirectory}} to test its rules before the pack is packaged.
     */
    @Parameter(property = PropertyNames.RULE_PACK_CLASSES)
    File rulePackClasses;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        java.util.Locale language = MojoSupport.locale(locale);
        if (skip || skipTests) {
            getLog().info(Messages.of(language).format("ruletest.skip"));
            return;
        }
        RulePacks packs = packs(Messages.of(language));
        Messages messages = Messages.of(language, packs.bundles());
        LocalDate date = date(messages);
        Path root = root().toAbsolutePath().normalize();
        Path reports = reportDirectory != null ? reportDirectory.toPath() : MojoSupport.output(root);
        // Both never inside the configuration (but under target/) and never through a link.
        OutputDirectory reportOutput = MojoSupport.confine(reports, root, messages);
        Path work =
                MojoSupport.confine(reports.resolve("tests"), root, messages).path();
        Limits limits = limits();
        SchemaValidator schemas = new SchemaValidator();

        RuleTests.Found found;
        try {
            found = RuleTests.find(root, schemas, limits);
        } catch (IOException e) {
            throw new MojoExecutionException(messages.format("ruletest.unreadable", root.resolve(RuleTest.DIRECTORY)));
        }
        Set<String> wanted = names == null || names.isBlank()
                ? Set.of()
                : new HashSet<>(
                        Arrays.stream(names.split(",")).map(String::strip).toList());
        List<RuleTest> tests = found.tests().stream()
                .filter(t -> wanted.isEmpty() || wanted.contains(t.name()))
                .toList();
        List<RuleTestJunit.Problem> problems = new ArrayList<>();
        for (Violation problem : found.problems()) {
            String text = messages.render(problem.message());
            getLog().error(problem.location() + ": " + text);
            problems.add(new RuleTestJunit.Problem(problem.location(), text));
        }
        getLog().info(messages.format("ruletest.header", tests.size(), RuleTest.DIRECTORY));

        Profiles profiles;
        try {
            profiles = Profiles.of(packs);
        } catch (SomepolicyException e) {
            throw new MojoExecutionException(messages.render(e.userMessage()));
        }
        Validator validator = new Validator(schemas, packs);
        RuleTestRunner runner =
                new RuleTestRunner(validator, profiles, root, work, date, limits, MojoSupport.pluginVersion());
        List<Outcome> outcomes = new ArrayList<>();
        for (RuleTest test : tests) {
            Outcome outcome;
            try {
                outcome = runner.run(test);
            } catch (IOException e) {
                throw new MojoExecutionException(messages.format("ruletest.work-failed", e.getMessage()));
            } catch (SomepolicyException e) {
                throw new MojoExecutionException(messages.render(e.userMessage()));
            }
            outcomes.add(outcome);
            String description = test.description().isBlank()
                    ? ""
                    : " (" + test.description().strip() + ")";
            if (outcome.passed()) {
                getLog().info(messages.format("ruletest.passed", test.name()) + description);
            } else {
                getLog().error(messages.format("ruletest.failed", test.name()) + description);
                for (Outcome.Difference difference : outcome.differences()) {
                    getLog().error("    " + difference.location() + ": " + messages.render(difference.message()));
                }
            }
        }

        Coverage coverage;
        try {
            EffectivePolicy policy = profiles.configuration(root);
            Set<String> packRules = new HashSet<>();
            packs.catalogue().rules().stream()
                    .map(rule -> rule.id())
                    .filter(id -> packs.names().stream().anyMatch(pack -> id.startsWith(pack + "-")))
                    .forEach(packRules::add);
            List<String> needing = RuleTestRunner.needingTests(root, limits, policy, packRules);
            coverage = Coverage.of(needing, outcomes);
        } catch (SomepolicyException e) {
            throw new MojoExecutionException(messages.render(e.userMessage()));
        }
        List<Coverage.RuleCoverage> uncovered = coverage.uncovered();
        getLog().info(messages.format(
                "ruletest.coverage", coverage.rules().size(), coverage.rules().size() - uncovered.size()));
        for (Coverage.RuleCoverage rule : coverage.rules()) {
            if (rule.covered()) {
                getLog().info("    "
                        + messages.format(
                                "ruletest.coverage.covered",
                                rule.rule(),
                                String.join(", ", rule.firing()),
                                String.join(", ", rule.quiet())));
            } else if (failOnUncovered) {
                getLog().error("    " + RuleTestJunit.gap(rule, messages));
            } else {
                getLog().warn("    " + RuleTestJunit.gap(rule, messages));
            }
        }

        try {
            java.io.StringWriter out = new java.io.StringWriter();
            RuleTestJunit.write(outcomes, problems, coverage, failOnUncovered, date, messages, out);
            reportOutput.write(JUNIT_FILE, out.toString());
        } catch (IOException e) {
            throw MojoSupport.writeFailed(reports, e, messages);
        }

        long failed = outcomes.stream().filter(o -> !o.passed()).count() + problems.size();
        int total = outcomes.size() + problems.size();
        getLog().info(messages.format("ruletest.summary", total, total - failed, failed));
        if (failed > 0) {
            throw new MojoFailureException(messages.format("ruletest.build-failed", failed));
        }
        if (failOnUncovered && !uncovered.isEmpty()) {
            throw new MojoFailureException(messages.format("ruletest.build-uncovered", uncovered.size()));
        }
        if (tests.isEmpty() && found.problems().isEmpty() && !wanted.isEmpty()) {
            throw new MojoFailureException(messages.format("ruletest.none-matched", names));
        }
    }

    /** The rule packs on the plugin's class path, and the one in {@code rulePackClasses} when it is set. */
    private RulePacks packs(Messages messages) throws MojoExecutionException {
        if (rulePackClasses == null) {
            return RulePacks.installed();
        }
        if (!rulePackClasses.isDirectory()) {
            throw new MojoExecutionException(messages.format("ruletest.pack-classes-missing", rulePackClasses));
        }
        try {
            java.net.URLClassLoader loader = new java.net.URLClassLoader(
                    new java.net.URL[] {rulePackClasses.toURI().toURL()}, TestMojo.class.getClassLoader());
            return RulePacks.discover(loader);
        } catch (java.net.MalformedURLException e) {
            throw new MojoExecutionException(messages.format("ruletest.pack-classes-missing", rulePackClasses));
        }
    }
}
