package io.github.somepolicy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path directory;

    @Test
    void writesTheFormatsFileWithTheWritersBytes() throws Exception {
        Path written = ReportFiles.write(
                directory.resolve("target/somepolicy"),
                ReportFormat.MARKDOWN,
                SampleReports.edgeCases(),
                Locale.ENGLISH);
        assertThat(written.getFileName().toString()).isEqualTo("somepolicy.md");
        StringWriter expected = new StringWriter();
        ReportFormat.MARKDOWN.writer().write(SampleReports.edgeCases(), Locale.ENGLISH, expected);
        assertThat(Files.readAllBytes(written)).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesAnOldReportAndLeavesNoTemporaryFile() throws Exception {
        Path target = directory.resolve("somepolicy.txt");
        Files.writeString(target, "old report, longer than the new one");
        ReportFiles.writeAtomically(target, "new\n");
        assertThat(Files.readString(target)).isEqualTo("new\n");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void reportsGetThePermissionsTheUmaskGivesEveryOtherFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(directory.resolve("ordinary"));
        Set<PosixFilePermission> umaskDefault = Files.getPosixFilePermissions(ordinary);
        Path report = ReportFiles.writeAtomically(directory.resolve("somepolicy.sarif"), "{}\n");
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(umaskDefault);
        // The usual umask 022 (or 002) lets the group and others read; a private temporary file would not.
        if (umaskDefault.contains(PosixFilePermission.OTHERS_READ)) {
            assertThat(Files.getPosixFilePermissions(report))
                    .contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        }
    }

    @Test
    void aValueThatIsNotValidUtf16IsStillWritten() throws Exception {
        Path target = ReportFiles.writeAtomically(directory.resolve("r.txt"), "a\uD800b\n");
        assertThat(Files.readString(target)).isEqualTo("a?b\n");
    }
}
