package io.github.somepolicy.init;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.ExampleConfig;
import io.github.somepolicy.engine.Profiles;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScaffoldTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Stream<String> profiles() {
        return Profiles.names().stream();
    }

    private static Scaffold.Settings placeholders(String profile) {
        return new Scaffold.Settings(profile, Scaffold.NAME_PLACEHOLDER, Scaffold.WEBSITE_PLACEHOLDER, TODAY, "9.9");
    }

    /** A new repository, checked under each profile, has findings only where a placeholder is written. */
    @ParameterizedTest
    @MethodSource("profiles")
    void everyFindingPointsAtAPlaceholder(String profile, @TempDir Path root) throws Exception {
        Scaffold.write(root, placeholders(profile));

        Report report = new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "t"));

        assertThat(report.findings()).isNotEmpty();
        // the files are valid as they are written: the placeholders fit the schema
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("schema"));
        for (Finding finding : report.findings()) {
            List<String> lines =
                    Files.readAllLines(root.resolve(finding.location().file()), StandardCharsets.UTF_8);
            String line = lines.get(finding.location().start().line() - 1);
            assertThat(line)
                    .as(
                            "%s at %s:%d (%s)",
                            finding.ruleId(),
                            finding.location().file(),
                            finding.location().start().line(),
                            finding.message())
                    .containsAnyOf("FYLL I:", "fyll-i.example.com");
        }
        assertThat(report.findings()).anyMatch(f -> f.ruleId().equals("placeholder"));
        // the notices meet the profile's notice rules as they are written
        assertThat(report.findings()).noneMatch(f -> f.ruleId().startsWith("notice-"));
    }

    /** With the municipality's name and website given, those are no longer placeholders. */
    @Test
    void aGivenNameAndWebsiteAreWrittenInPlace(@TempDir Path root) throws Exception {
        Scaffold.write(root, new Scaffold.Settings("orebro", "Ekeby kommun", "https://www.ekeby.se", TODAY, "9.9"));

        Report report = new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "t"));

        assertThat(Files.readString(root.resolve("organisation.yaml"))).contains("name: \"Ekeby kommun\"");
        assertThat(Files.readString(root.resolve("notices/standard.md")))
                .contains("Ekeby kommun")
                .contains("https://www.ekeby.se")
                .doesNotContain("kommunens namn");
        assertThat(report.findings())
                .noneMatch(f -> f.location().file().equals("organisation.yaml")
                        && f.location().pointer().startsWith("/municipality"));
        assertThat(report.findings()).noneMatch(f -> f.ruleId().startsWith("notice-"));
    }

    /** A file that exists is kept byte for byte, and reported as kept. */
    @Test
    void neverReplacesAFile(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("organisation.yaml"), "mine\n");
        Files.createDirectories(root.resolve("notices"));
        Files.writeString(root.resolve("notices/standard.md"), "min text\n");

        Scaffold.Result result = Scaffold.write(root, placeholders("baseline"));

        assertThat(Files.readString(root.resolve("organisation.yaml"))).isEqualTo("mine\n");
        assertThat(Files.readString(root.resolve("notices/standard.md"))).isEqualTo("min text\n");
        assertThat(result.kept()).containsExactly("organisation.yaml", "notices/standard.md");
        assertThat(result.created()).contains("pom.xml", "somepolicy.yaml", "mvnw", ".gitlab-ci.yml");

        Scaffold.Result again = Scaffold.write(root, placeholders("malmo"));
        assertThat(again.created()).isEmpty();
        assertThat(Files.readString(root.resolve("somepolicy.yaml"))).contains("extends: baseline");
    }

    /** A folder on the way that is a link is refused: nothing is written through it. */
    @Test
    void neverWritesThroughALink(@TempDir Path root, @TempDir Path elsewhere) throws Exception {
        Files.createSymbolicLink(root.resolve("notices"), elsewhere);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Scaffold.write(root, placeholders("baseline")))
                .hasMessageContaining("link");
        try (Stream<Path> written = Files.list(elsewhere)) {
            assertThat(written).isEmpty();
        }
    }

    /** The CI files and the wrapper are this repository's own, copied at build time. */
    @Test
    void ciFilesAndWrapperAreTheRepositorysOwn(@TempDir Path root) throws Exception {
        Scaffold.write(root, placeholders("baseline"));
        Path repository = ExampleConfig.root();

        assertThat(root.resolve(".github/workflows/somepolicy.yml"))
                .hasSameBinaryContentAs(repository.resolve(".github/workflows/somepolicy.yml"));
        assertThat(root.resolve(".gitlab-ci.yml")).hasSameBinaryContentAs(repository.resolve(".gitlab-ci.yml"));
        assertThat(root.resolve(".mvn/jvm.config")).hasSameBinaryContentAs(repository.resolve(".mvn/jvm.config"));
        assertThat(root.resolve(".mvn/wrapper/maven-wrapper.properties"))
                .hasSameBinaryContentAs(repository.resolve("../.mvn/wrapper/maven-wrapper.properties"));
        assertThat(Files.isExecutable(root.resolve("mvnw"))).isTrue();
        assertThat(root.resolve("schemas/account.schema.json")).isRegularFile();
        assertThat(Files.readString(root.resolve("pom.xml"))).contains("<version>9.9</version>");
    }
}
