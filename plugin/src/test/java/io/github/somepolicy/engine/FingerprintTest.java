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

    /** Sets a file's modification time an hour back, as for a file checked out well before the run. */
    private Path settled(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }

    private Fingerprint.Hashes hashes(Optional<Fingerprint> earlier) throws IOException {
        return Fingerprint.files(root, Optional.of(root.resolve("target/somepolicy")), earlier, Map::of);
    }

    /** The earlier fingerprint with one file's hash replaced, to see whether a run takes it over unread. */
    private static Fingerprint withHash(Fingerprint fingerprint, String file, String hash) {
        Map<String, String> files = new java.util.TreeMap<>(fingerprint.files());
        files.put(file, hash);
        return new Fingerprint(fingerprint.settings(), files, fingerprint.stats());
    }

    @Test
    void takesOverTheHashOfAFileThatStandsAsItStood() throws IOException {
        settled("organisation.yaml");
        settled("notices/standard.md");
        Fingerprint earlier = withHash(take(SETTINGS), "organisation.yaml", "a".repeat(64));

        Fingerprint.Hashes now = hashes(Optional.of(earlier));

        // Not read again: the hash the earlier run kept is taken over, wrong as it is here.
        assertThat(now.files()).containsEntry("organisation.yaml", "a".repeat(64));
        assertThat(now.reused()).isEqualTo(2);
        assertThat(now.files().get("notices/standard.md"))
                .isEqualTo(earlier.files().get("notices/standard.md"));
        // The account was written a moment ago: it had not settled, so it is neither trusted nor kept.
        assertThat(earlier.stats()).containsOnlyKeys("organisation.yaml", "notices/standard.md");
        // Read back from the file it is kept in, the stats are the same.
        assertThat(Fingerprint.parse(earlier.toText(Map.of()))
                        .orElseThrow()
                        .fingerprint()
                        .stats())
                .isEqualTo(earlier.stats());
    }

    @Test
    void hashesAgainAFileWhoseSizeTimeOrIdentityChanged() throws IOException {
        Path organisation = settled("organisation.yaml");
        Path notice = settled("notices/standard.md");
        Fingerprint earlier = take(SETTINGS);
        String fake = "b".repeat(64);
        earlier = withHash(withHash(earlier, "organisation.yaml", fake), "notices/standard.md", fake);

        // Same size, another byte, the time moved by a second.
        FileTime before = Files.getLastModifiedTime(organisation);
        Files.writeString(organisation, "kind: organisatio!\n");
        Files.setLastModifiedTime(organisation, FileTime.from(before.toInstant().minusSeconds(1)));
        // Same size and time, but another file put in its place (as an editor saving by renaming does).
        FileTime noticeTime = Files.getLastModifiedTime(notice);
        Path replacement = root.resolve("notices/standard.md.new");
        Files.writeString(replacement, "Välkommeb\n");
        Files.move(replacement, notice, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(notice, noticeTime);

        Fingerprint.Hashes now = hashes(Optional.of(earlier));

        assertThat(now.reused()).isZero();
        assertThat(now.files().get("organisation.yaml")).isNotEqualTo(fake).hasSize(64);
        assertThat(now.files().get("notices/standard.md")).isNotEqualTo(fake).hasSize(64);
        assertThat(now.files()).isEqualTo(hashes(Optional.empty()).files());
    }

    @Test
    void neverTakesOverWhatStandsForALinkOrAnUnreadableFile() throws IOException {
        settled("organisation.yaml");
        Fingerprint earlier = withHash(take(SETTINGS), "organisation.yaml", "link:elsewhere");

        assertThat(hashes(Optional.of(earlier)).files().get("organisation.yaml"))
                .isEqualTo(take(SETTINGS).files().get("organisation.yaml"))
                .hasSize(64);
    }
}
