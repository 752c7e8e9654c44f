package io.github.somepolicy.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.somepolicy.engine.EffectivePolicy;
import io.github.somepolicy.engine.EffectiveRule;
import io.github.somepolicy.engine.Profiles;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.RuleMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code rules} goal as Maven configures it from its plugin descriptor: the rules in force for a
 * built-in profile or a configuration, the rules that are off on request, and a clear stop on an unknown
 * profile.
 */
@MojoTest
class RulesMojoTest {

    private static final String VIOLATION = "${basedir}/src/test/resources/mojo/violation";

    private final List<RuleMetadata> catalogue = Catalogue.builtIn().rules();

    @TempDir
    Path root;

    @Test
    @InjectMojo(goal = RulesMojo.GOAL_NAME)
    @MojoParameter(name = "profile", value = "strict")
    @MojoParameter(name = "locale", value = "en")
    void listsEveryRuleUnderStrict(RulesMojo mojo) throws Exception {
        RecordingLog log = record(mojo);

        mojo.execute();

        int all = catalogue.size();
        assertThat(log.lines)
                .first()
                .isEqualTo("[info] somepolicy: " + all + " of " + all
                        + " rules in force under the built-in profile 'strict' (id, severity, title, requirements):");
        Messages english = Messages.of(Locale.ENGLISH);
        for (RuleMetadata rule : catalogue) {
            assertThat(log.lines).as(rule.id()).anySatisfy(line -> assertThat(line)
                    .matches(Pattern.quote("[info]   " + rule.id()) + " +"
                            + rule.defaultSeverity().id() + "( +.*)?")
                    .contains(english.has(rule.titleKey()) ? "  " + english.format(rule.titleKey()) : "")
                    .endsWith(
                            rule.requirements().isEmpty()
                                    ? english.has(rule.titleKey()) ? english.format(rule.titleKey()) : ""
                                    : "(" + String.join(", ", rule.requirements()) + ")"));
        }
        assertThat(log.lines).noneMatch(line -> line.contains("are off"));
    }

    @Test
    @InjectMojo(goal = RulesMojo.GOAL_NAME)
    @MojoParameter(name = "profile", value = "baseline")
    @MojoParameter(name = "locale", value = "en")
    void hidesTheRulesThatAreOff(RulesMojo mojo) throws Exception {
        RecordingLog log = record(mojo);

        mojo.execute();

        EffectivePolicy baseline = Profiles.builtIn().profile("baseline");
        long off = baseline.rules().stream().filter(EffectiveRule::off).count();
        assertThat(off).isPositive();
        for (EffectiveRule rule : baseline.rules()) {
            boolean listed = log.lines.stream().anyMatch(line -> line.startsWith("[info]   " + rule.id() + " "));
            assertThat(listed).as(rule.id()).isEqualTo(!rule.off());
        }
        assertThat(log.lines)
                .last()
                .isEqualTo("[info] " + off + " rule(s) are off and not listed. List them too with"
                        + " -Dsomepolicy.showOff=true.");
    }

    @Test
    @InjectMojo(goal = RulesMojo.GOAL_NAME)
    @MojoParameter(name = "profile", value = "baseline")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "showOff", value = "true")
    void showsTheRulesThatAreOffOnRequest(RulesMojo mojo) throws Exception {
        RecordingLog log = record(mojo);

        mojo.execute();

        for (EffectiveRule rule : Profiles.builtIn().profile("baseline").rules()) {
            assertThat(log.lines)
                    .as(rule.id())
                    .anyMatch(line ->
                            line.matches(Pattern.quote("[info]   " + rule.id()) + " +" + rule.severityId() + " .*"));
        }
    }

    @Test
    @InjectMojo(goal = RulesMojo.GOAL_NAME)
    @MojoParameter(name = "directory", value = VIOLATION)
    void listsTheRulesOfAConfigurationInSwedish(RulesMojo mojo) throws Exception {
        RecordingLog log = record(mojo);

        mojo.execute();

        Path directory = mojo.directory.toPath().toAbsolutePath().normalize();
        EffectivePolicy policy = Profiles.builtIn().configuration(directory);
        assertThat(log.lines)
                .first()
                .isEqualTo("[info] somepolicy: " + policy.inForce().size() + " av " + catalogue.size()
                        + " regler gäller för konfigurationen i " + directory
                        + ", profil 'baseline' (id, allvarlighetsgrad, rubrik, krav):");
        RuleMetadata backup = Catalogue.builtIn().rule("moderation-backup").orElseThrow();
        assertThat(log.lines).anySatisfy(line -> assertThat(line)
                .startsWith("[info]   moderation-backup ")
                .contains(" error ")
                .contains("  " + Messages.of(Locale.forLanguageTag("sv")).format(backup.titleKey()) + "  ")
                .endsWith("(" + String.join(", ", backup.requirements()) + ")"));
    }

    @Test
    @InjectMojo(goal = RulesMojo.GOAL_NAME)
    @MojoParameter(name = "locale", value = "en")
    void showsTheParametersThatDifferFromTheDefaults(RulesMojo mojo) throws Exception {
        RuleMetadata rule = catalogue.stream()
                .filter(r -> r.parameterDefaults().values().stream().anyMatch(v -> v instanceof Boolean))
                .findFirst()
                .orElse(catalogue.stream()
                        .filter(r -> !r.parameterDefaults().isEmpty())
                        .findFirst()
                        .orElseThrow());
        Map.Entry<String, Object> parameter = rule.parameterDefaults().entrySet().stream()
                .filter(e -> e.getValue() instanceof Boolean)
                .findFirst()
                .orElse(rule.parameterDefaults().entrySet().iterator().next());
        Object changed = parameter.getValue() instanceof Boolean flag ? !flag : List.of();
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                "kind: policy\nversion: 1\nextends: strict\nrules:\n  " + rule.id() + ":\n    severity: note\n"
                        + "    parameters:\n      " + parameter.getKey() + ": " + EffectiveRule.yaml(changed) + "\n"
                        + "overrides:\n  - files: [\"accounts/**\"]\n    rules:\n      " + rule.id() + ": off\n");
        mojo.directory = root.toFile();
        RecordingLog log = record(mojo);

        mojo.execute();

        int line = log.lines.indexOf(log.lines.stream()
                .filter(l -> l.startsWith("[info]   " + rule.id() + " "))
                .findFirst()
                .orElseThrow());
        assertThat(log.lines.get(line)).matches(Pattern.quote("[info]   " + rule.id()) + " +note .*");
        assertThat(log.lines.get(line + 1))
                .isEqualTo("[info]       " + parameter.getKey() + ": " + EffectiveRule.yaml(changed));
        assertThat(log.lines)
                .last()
                .isEqualTo("[info] somepolicy.yaml also sets 1 rule(s) for some files only (overrides); those"
                        + " settings are not shown here.");
    }

    @Test
    @InjectMojo(goal = RulesMojo.GOAL_NAME)
    @MojoParameter(name = "locale", value = "en")
    void warnsAboutMistakesInThePolicy(RulesMojo mojo) throws Exception {
        Files.writeString(
                root.resolve("somepolicy.yaml"), "kind: policy\nversion: 1\nrules:\n  moderation-backpu: off\n");
        mojo.directory = root.toFile();
        RecordingLog log = record(mojo);

        mojo.execute();

        assertThat(log.lines)
                .contains("[warning] somepolicy.yaml:4:3: Unknown rule 'moderation-backpu'. Did you mean"
                        + " 'moderation-backup'?")
                .anySatisfy(line -> assertThat(line).startsWith("[warning] somepolicy.yaml has 1 problem(s)"));
    }

    @Test
    @InjectMojo(goal = RulesMojo.GOAL_NAME)
    @MojoParameter(name = "profile", value = "stirct")
    @MojoParameter(name = "locale", value = "en")
    void stopsOnAnUnknownProfileWithASuggestion(RulesMojo mojo) {
        record(mojo);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown profile 'stirct'. Did you mean 'strict'? Profiles available: "
                        + String.join(", ", Profiles.names()) + ".")
                .hasNoCause();
    }

    @Test
    @InjectMojo(goal = RulesMojo.GOAL_NAME)
    @MojoParameter(name = "profile", value = "kommunen")
    @MojoParameter(name = "locale", value = "sv")
    void stopsOnAnUnknownProfileInSwedish(RulesMojo mojo) {
        record(mojo);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage(
                        "Okänd profil 'kommunen'. Tillgängliga profiler: " + String.join(", ", Profiles.names()) + ".");
    }

    @Test
    @InjectMojo(goal = RulesMojo.GOAL_NAME)
    @MojoParameter(name = "directory", value = "${basedir}/src/test/resources/mojo/no-such-directory")
    @MojoParameter(name = "locale", value = "en")
    void stopsOnAMissingDirectory(RulesMojo mojo) {
        record(mojo);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("The configuration directory ")
                .hasMessageEndingWith(
                        "does not exist. Set somepolicy.directory to the directory that holds somepolicy.yaml.")
                .hasNoCause();
    }

    private static RecordingLog record(RulesMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        return log;
    }
}
