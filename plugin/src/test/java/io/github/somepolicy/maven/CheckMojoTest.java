package io.github.somepolicy.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The {@code check} goal as Maven configures it from its plugin descriptor: the build fails on a policy
 * violation, reports without failing under {@code failOn never}, and stops with an execution error on a
 * parameter it cannot read. The fixture in {@code src/test/resources/mojo/violation/} has one account
 * without a stand-in moderator.
 */
@MojoTest
class CheckMojoTest {

    private static final String VIOLATION = "${basedir}/src/test/resources/mojo/violation";
    private static final String REPORTS = "${basedir}/target/mojo-test/";
    private static final String FINDING = "accounts/kommunikation/facebook-provbykommun.yaml:11:5: error"
            + " [moderation-backup] The account has no stand-in moderator.";

    @Test
    @InjectMojo(goal = CheckMojo.GOAL_NAME)
    @MojoParameter(name = "directory", value = VIOLATION)
    @MojoParameter(name = "reportDirectory", value = REPORTS + "fails")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "today", value = "2026-11-23")
    void failsTheBuildOnAPolicyViolation(CheckMojo mojo) throws Exception {
        RecordingLog log = prepare(mojo);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("somepolicy found 1 finding at or above 'error'. Fix them, waive them in"
                        + " somepolicy.yaml, or set <failOn> (somepolicy.failOn) to a higher level.");

        assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[error] " + FINDING));
        assertThat(log.lines)
                .contains("[info] somepolicy: 3 files, 1 account: 1 error, 0 warnings, 0 notes, 0 waived"
                        + " (profile baseline, date 2026-11-23).");
        assertThat(reports(mojo)).containsExactly("somepolicy.sarif", "somepolicy.txt");
    }

    @Test
    @InjectMojo(goal = CheckMojo.GOAL_NAME)
    @MojoParameter(name = "directory", value = VIOLATION)
    @MojoParameter(name = "reportDirectory", value = REPORTS + "never")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "today", value = "2026-11-23")
    @MojoParameter(name = "failOn", value = "never")
    void reportsWithoutFailingWhenFailOnIsNever(CheckMojo mojo) throws Exception {
        RecordingLog log = prepare(mojo);

        mojo.execute();

        assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[error] " + FINDING));
        assertThat(reports(mojo)).containsExactly("somepolicy.sarif", "somepolicy.txt");
        assertThat(Files.readString(mojo.reportDirectory.toPath().resolve("somepolicy.sarif")))
                .contains("\"ruleId\" : \"moderation-backup\"");
    }

    @Test
    @InjectMojo(goal = CheckMojo.GOAL_NAME)
    @MojoParameter(name = "directory", value = VIOLATION)
    @MojoParameter(name = "reportDirectory", value = REPORTS + "bad-failon")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "today", value = "2026-11-23")
    @MojoParameter(name = "failOn", value = "fatal")
    void stopsOnAnUnknownFailOnLevel(CheckMojo mojo) throws Exception {
        prepare(mojo);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown failOn level 'fatal'. Use error, warning, note or never.");
        assertThat(reports(mojo)).isEmpty();
    }

    @Test
    @InjectMojo(goal = CheckMojo.GOAL_NAME)
    @MojoParameter(name = "directory", value = VIOLATION)
    @MojoParameter(name = "reportDirectory", value = REPORTS + "bad-today")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "today", value = "2026-02-30")
    void stopsOnADateThatDoesNotExist(CheckMojo mojo) throws Exception {
        prepare(mojo);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("somepolicy.today '2026-02-30' is not a date. Write it as YYYY-MM-DD.");
        assertThat(reports(mojo)).isEmpty();
    }

    @Test
    @InjectMojo(goal = CheckMojo.GOAL_NAME)
    @MojoParameter(name = "directory", value = VIOLATION)
    @MojoParameter(name = "reportDirectory", value = REPORTS + "blocked/reports")
    @MojoParameter(name = "locale", value = "en")
    @MojoParameter(name = "today", value = "2026-11-23")
    @MojoParameter(name = "failOn", value = "never")
    void stopsWithAClearErrorWhenTheReportDirectoryCannotBeWritten(CheckMojo mojo) throws Exception {
        Path blocked = mojo.reportDirectory.toPath().getParent();
        Files.createDirectories(blocked.getParent());
        Files.deleteIfExists(blocked);
        Files.writeString(blocked, "a file where the report directory's parent should be");
        mojo.setLog(new RecordingLog());

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("The report could not be written to " + mojo.reportDirectory.toPath());
    }

    /** Gives the mojo a recording log and an empty report directory, free of an earlier run's files. */
    private static RecordingLog prepare(CheckMojo mojo) throws IOException {
        Path directory = mojo.reportDirectory.toPath();
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        return log;
    }

    /** The names of the files in the report directory. */
    private static List<String> reports(CheckMojo mojo) throws IOException {
        Path directory = mojo.reportDirectory.toPath();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(Path::getFileName).map(Path::toString).sorted().toList();
        }
    }
}
