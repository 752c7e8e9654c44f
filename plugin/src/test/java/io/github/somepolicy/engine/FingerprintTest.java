package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The up-to-date fingerprint: content, not time, decides; every change is named. */
class FingerprintTest {

    private static final Map<String, String> SETTINGS = Map.of("today", "2026-11-23", "failOn", "error");

    @TempDir
    Path root;

    @BeforeEach
    void writeConfiguration() throws IOException {
        Files.createDirectories(root.resolve("accounts/kommunikation"));
        Files.createDirectories(root.resolve("notices"));
        Files.createDirectories(root.resolve("target/somepolicy"));
        Files.writeString(root.resolve("organisation.yaml"), "kind: organisation\n");
        Files.writeString(root.resolve("accounts/kommunikation/facebook.yaml"), "kind: account\n");
        Files.writeString(root.resolve("notices/standard.md"), "Välkommen\n");
        Files.writeString(root.resolve("target/somepolicy/somepolicy.txt"), "a report\n");
    }

    private Fingerprint take(Map<String, String> settings) throws IOException {
        return Fingerprint.of(settings, root, Optional.of(root.resolve("target/somepolicy")));
    }

    @Test
    void isUnchangedWhenOnlyTimesChange() throws IOException {
        Fingerprint before = take(SETTINGS);
        Files.setLastModifiedTime(
                root.resolve("organisation.yaml"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        Files.writeString(root.resolve("accounts/kommunikation/facebook.yaml"), "kind: account\n");

        assertThat(take(SETTINGS).differenceFrom(before)).isEmpty();
    }

    @Test
    void namesAChangedFileAndLeavesOutBuildOutputAndLogs() throws IOException {
        Fingerprint before = take(SETTINGS);
        Files.writeString(root.resolve("target/somepolicy/somepolicy.txt"), "another report\n");
        Files.writeString(root.resolve("build.log"), "a log\n");
        assertThat(take(SETTINGS).differenceFrom(before)).isEmpty();

        Files.writeString(root.resolve("notices/standard.md"), "Välkommen hit\n");

        assertThat(take(SETTINGS).differenceFrom(before))
                .contains(Message.of("mojo.not-up-to-date.file", "notices/standard.md"));
        assertThat(before.files())
                .containsOnlyKeys("organisation.yaml", "accounts/kommunikation/facebook.yaml", "notices/standard.md");
    }

    @Test
    void namesAnAddedAndARemovedFile() throws IOException {
        Fingerprint before = take(SETTINGS);
        Files.writeString(root.resolve("accounts/kommunikation/x.yaml"), "kind: account\n");
        assertThat(take(SETTINGS).differenceFrom(before))
                .contains(Message.of("mojo.not-up-to-date.file-added", "accounts/kommunikation/x.yaml"));

        Files.delete(root.resolve("accounts/kommunikation/x.yaml"));
        Files.delete(root.resolve("organisation.yaml"));
        assertThat(take(SETTINGS).differenceFrom(before))
                .contains(Message.of("mojo.not-up-to-date.file-removed", "organisation.yaml"));
    }

    @Test
    void namesAChangedSettingSuchAsTheDate() throws IOException {
        Fingerprint before = take(SETTINGS);

        Fingerprint tomorrow = take(Map.of("today", "2026-11-24", "failOn", "error"));

        assertThat(tomorrow.differenceFrom(before)).contains(Message.of("mojo.not-up-to-date.setting", "today"));
        assertThat(before.settings()).containsKey("engine");
    }

    @Test
    void survivesBeingWrittenAndReadBack() throws IOException {
        Files.writeString(root.resolve("name with\ttab.yaml"), "kind: account\n");
        Fingerprint fingerprint = take(SETTINGS);

        Optional<Fingerprint.Stored> stored =
                Fingerprint.parse(fingerprint.toText(Map.of("result.summary", "1 error\nand more")));

        assertThat(stored).isPresent();
        assertThat(stored.get().fingerprint()).isEqualTo(fingerprint);
        assertThat(stored.get().extra()).containsEntry("result.summary", "1 error\nand more");
        assertThat(Fingerprint.parse("something else\n")).isEmpty();
    }
}
