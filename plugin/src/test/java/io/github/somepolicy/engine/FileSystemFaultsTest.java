package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File-system faults beside a complete, compliant configuration: each gets its clear finding, nothing
 * hangs, nothing is read through a link or from a special file, and every file of the configuration is
 * byte for byte the same afterwards.
 */
class FileSystemFaultsTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";
    private static final String PROFILE = "kind: policy\nversion: 1\nextends: strict\n";

    @TempDir
    Path root;

    @TempDir
    Path outside;

    @BeforeEach
    void copyBase() throws Exception {
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
    }

    /** Validates the configuration with a guard against hanging; the findings as file:line:col rule key. */
    private List<String> run() throws Exception {
        Map<String, String> before = HostileFilesTest.checksums(root);
        Report report = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test")));
        assertThat(HostileFilesTest.checksums(root)).as("no file changed").isEqualTo(before);
        return report.findings().stream()
                .map(f -> f.location() + " " + f.ruleId() + " " + f.message().key())
                .toList();
    }

    @Test
    void theConfigurationAloneIsClean() throws Exception {
        assertThat(run()).isEmpty();
    }

    @Test
    void linksToFilesAreReportedAndNeverFollowed() throws Exception {
        Files.writeString(outside.resolve("secret.yaml"), "kind: account\npassword: hunter2\n");
        Files.createSymbolicLink(root.resolve("accounts/inside-link.yaml"), root.resolve(ACCOUNT));
        Files.createSymbolicLink(root.resolve("accounts/outside-link.yaml"), outside.resolve("secret.yaml"));
        Files.createSymbolicLink(root.resolve("accounts/dangling.yaml"), outside.resolve("gone.yaml"));
        Files.createSymbolicLink(root.resolve("accounts/zero.yaml"), Path.of("/dev/zero"));
        Files.createSymbolicLink(root.resolve("accounts/loop-a.yaml"), root.resolve("accounts/loop-b.yaml"));
        Files.createSymbolicLink(root.resolve("accounts/loop-b.yaml"), root.resolve("accounts/loop-a.yaml"));

        assertThat(run())
                .containsExactlyInAnyOrder(
                        "accounts/dangling.yaml:1:1 file-skipped scan.symlink",
                        "accounts/inside-link.yaml:1:1 file-skipped scan.symlink",
                        "accounts/loop-a.yaml:1:1 file-skipped scan.symlink",
                        "accounts/loop-b.yaml:1:1 file-skipped scan.symlink",
                        "accounts/outside-link.yaml:1:1 file-skipped scan.symlink",
                        "accounts/zero.yaml:1:1 file-skipped scan.symlink");
    }

    @Test
    void linkedDirectoriesAreReportedAndNotEntered() throws Exception {
        Files.createDirectories(outside.resolve("more"));
        Files.writeString(outside.resolve("more/broken.yaml"), "kind: account\n");
        Files.createSymbolicLink(root.resolve("accounts/more"), outside.resolve("more"));
        Files.createSymbolicLink(root.resolve("accounts/kommunikation/again"), root.resolve("accounts"));

        assertThat(run())
                .containsExactlyInAnyOrder(
                        "accounts/kommunikation/again:1:1 file-skipped scan.symlink-directory",
                        "accounts/more:1:1 file-skipped scan.symlink-directory");
    }

    @Test
    void aNamedPipeIsReportedWithoutBlocking() throws Exception {
        Path pipe = root.resolve("accounts/pipe.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");

        assertThat(run()).containsExactly("accounts/pipe.yaml:1:1 file-skipped scan.not-regular");
    }

    @Test
    void anUnreadableFileIsReported() throws Exception {
        Path file = root.resolve("accounts/locked.yaml");
        Files.writeString(file, "kind: account\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file), "the tests run as a user who can read any file (root)");
        try {
            assertThat(run()).containsExactly("accounts/locked.yaml:1:1 file-skipped scan.unreadable");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aDirectoryNamedLikeAYamlFileIsADirectory() throws Exception {
        Files.createDirectories(root.resolve("accounts/arkiv.yaml"));
        Files.writeString(root.resolve("accounts/arkiv.yaml/profile.yaml"), PROFILE);

        assertThat(run()).isEmpty();
    }

    @Test
    void namesThatDifferOnlyInCaseOrNormalisationAreReported() throws Exception {
        Files.createDirectories(root.resolve("profiles"));
        Files.writeString(root.resolve("profiles/Extra.yaml"), PROFILE);
        Files.writeString(root.resolve("profiles/extra.yaml"), PROFILE);
        String composed = Normalizer.normalize("profiles/\u00f6vrigt.yaml", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("profiles/\u00f6vrigt.yaml", Normalizer.Form.NFD);
        Files.writeString(root.resolve(composed), PROFILE);
        try {
            Files.writeString(root.resolve(decomposed), PROFILE);
        } catch (IOException e) {
            Files.delete(root.resolve(composed));
        }
        List<String> findings = run();
        assertThat(findings).contains("profiles/extra.yaml:1:1 file-name-collision scan.name-collision");
        if (Files.exists(root.resolve(decomposed)) && Files.exists(root.resolve(composed))) {
            assertThat(findings).hasSize(2).anySatisfy(line -> assertThat(line)
                    .endsWith(" file-name-collision scan.name-collision")
                    .contains("vrigt.yaml"));
        }
    }

    @Test
    void aReadOnlyConfigurationIsValidatedAsItIs() throws Exception {
        List<Path> paths;
        try (var walk = Files.walk(root)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            path.toFile().setWritable(false, false);
        }
        try {
            assertThat(run()).isEmpty();
        } finally {
            for (Path path : paths) {
                path.toFile().setWritable(true, true);
            }
        }
    }

    @Test
    void aFileThatDisappearsOrIsReplacedAfterTheScanIsNotRead() throws Exception {
        FileScanner.Scan scan = FileScanner.scan(root, file -> false, Limits.DEFAULT);
        FileScanner.SourceFile account = scan.files().stream()
                .filter(f -> f.file().equals(ACCOUNT))
                .findFirst()
                .orElseThrow();
        Files.delete(account.path());
        assertThatThrownBy(() -> FileScanner.readBounded(account.path(), Limits.DEFAULT.maxFileBytes()))
                .isInstanceOf(IOException.class);
        Files.createSymbolicLink(account.path(), Path.of("/dev/zero"));
        assertThatThrownBy(() -> FileScanner.readBounded(account.path(), Limits.DEFAULT.maxFileBytes()))
                .isInstanceOf(IOException.class);
        Files.delete(account.path());
        Files.createDirectories(account.path());
        assertThatThrownBy(() -> FileScanner.readBounded(account.path(), Limits.DEFAULT.maxFileBytes()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aFileThatGrowsPastTheLimitIsReadOnlyToTheLimit() throws Exception {
        Path file = root.resolve(ACCOUNT);
        Files.write(file, "x".repeat(4096).getBytes(StandardCharsets.UTF_8));
        assertThat(FileScanner.readBounded(file, 1024)).hasSize(1025);
    }
}
