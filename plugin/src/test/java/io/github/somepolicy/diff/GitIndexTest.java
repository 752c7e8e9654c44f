package io.github.somepolicy.diff;

import static io.github.somepolicy.diff.TestRepository.ORGANISATION;
import static io.github.somepolicy.diff.TestRepository.POLICY;
import static io.github.somepolicy.diff.TestRepository.TODAY;
import static io.github.somepolicy.diff.TestRepository.libraryAccount;
import static io.github.somepolicy.diff.TestRepository.municipalityAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.engine.Fingerprint;
import io.github.somepolicy.engine.ResultCache;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Git's index names the files it holds as unchanged by their blob, so a fresh clone is not hashed again;
 * never where a checkout changes a file's bytes, and never for a file changed since.
 */
class GitIndexTest {

    private static final String A = "accounts/kommunikation/facebook-testby.yaml";
    private static final String B = "accounts/kultur/instagram-biblioteket.yaml";

    @TempDir
    Path top;

    /** A repository with the configuration in {@code config/}, its files an hour old when committed. */
    private TestRepository repository() throws Exception {
        TestRepository repository = TestRepository.create(top.resolve("origin"))
                .write("config/somepolicy.yaml", POLICY)
                .write("config/organisation.yaml", ORGANISATION)
                .write("config/" + A, municipalityAccount())
                .write("config/" + B, libraryAccount());
        settle(repository.top());
        return repository.commit("base");
    }

    /** Sets every file's time an hour back, as for files written well before the index. */
    private static void settle(Path folder) throws Exception {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.toString().contains("/.git/")) {
                    Files.setLastModifiedTime(file, hourAgo);
                }
            }
        }
    }

    private static String blob(Path file) throws Exception {
        return Fingerprint.GIT_BLOB
                + new ObjectInserter.Formatter()
                        .idFor(Constants.OBJ_BLOB, Files.readAllBytes(file))
                        .name();
    }

    private static Fingerprint.Hashes hashes(Path root) throws Exception {
        return Fingerprint.files(root, Optional.empty(), Optional.empty(), () -> GitIndex.trusted(root), 0);
    }

    @Test
    void namesTheFilesGitHoldsUnchangedByTheirBlobAndHashesTheRest() throws Exception {
        try (TestRepository repository = repository()) {
            Path root = repository.top().resolve("config");
            Files.writeString(root.resolve("notes.yaml"), "kind: notes\n");
            Files.writeString(root.resolve(B), libraryAccount() + "# changed\n");

            Map<String, Fingerprint.Tracked> tracked = GitIndex.trusted(root);
            Fingerprint.Hashes hashes = hashes(root);

            assertThat(tracked).containsOnlyKeys("somepolicy.yaml", "organisation.yaml", A, B);
            assertThat(tracked.get(A).id()).isEqualTo(blob(root.resolve(A)));
            assertThat(hashes.files().get(A)).isEqualTo(blob(root.resolve(A)));
            assertThat(hashes.files().get("organisation.yaml")).isEqualTo(blob(root.resolve("organisation.yaml")));
            // changed since the commit, and not in the index: hashed, as without Git
            Map<String, String> plain = Fingerprint.files(root, Optional.empty(), Optional.empty(), Map::of)
                    .files();
            assertThat(hashes.files().get(B)).isEqualTo(plain.get(B)).hasSize(64);
            assertThat(hashes.files().get("notes.yaml")).isEqualTo(plain.get("notes.yaml"));
            assertThat(hashes.indexed()).isEqualTo(3);
        }
    }

    @Test
    void leavesOutAnEntryWrittenInTheSameInstantAsTheIndex() throws Exception {
        try (TestRepository repository = repository()) {
            Path root = repository.top().resolve("config");
            Path index = repository.top().resolve(".git/index");
            // The account's time as late as the index's own: Git would look at its bytes again.
            Files.writeString(root.resolve(A), municipalityAccount() + "# later\n");
            repository.git().add().addFilepattern("config/" + A).call();
            FileTime written = Files.getLastModifiedTime(index);
            Files.setLastModifiedTime(root.resolve(A), written);
            repository.git().add().addFilepattern("config/" + A).call();
            Files.setLastModifiedTime(index, written);

            assertThat(GitIndex.trusted(root)).doesNotContainKey(A).containsKey(B);
        }
    }

    @Test
    void trustsNothingWhereACheckoutChangesTheBytes() throws Exception {
        try (TestRepository repository = repository()) {
            Path root = repository.top().resolve("config");
            assertThat(GitIndex.trusted(root)).isNotEmpty();

            StoredConfig config = repository.git().getRepository().getConfig();
            config.setString("core", null, "autocrlf", "true");
            config.save();
            assertThat(GitIndex.trusted(root)).isEmpty();
            config.setString("core", null, "autocrlf", "input");
            config.save();
            assertThat(GitIndex.trusted(root)).isNotEmpty();
            config.setString("core", null, "eol", "crlf");
            config.save();
            assertThat(GitIndex.trusted(root)).isEmpty();
            config.unset("core", null, "eol");
            config.save();

            // Line feeds stay line feeds on checkout; carriage returns and filters change the bytes.
            repository.write(".gitattributes", "* text=auto eol=lf\n*.png binary\n");
            assertThat(GitIndex.trusted(root)).isNotEmpty();
            repository.write(".gitattributes", "*.yaml text eol=crlf\n");
            assertThat(GitIndex.trusted(root)).isEmpty();
            repository.write(".gitattributes", "# only a comment: eol=crlf\n");
            repository.write("config/accounts/.gitattributes", "*.yaml filter=lfs\n");
            settle(repository.top());
            repository.commit("attributes");
            assertThat(GitIndex.trusted(root)).isEmpty();
        }
    }

    @Test
    void givesNothingFromADamagedIndexAndEveryFileIsHashed() throws Exception {
        try (TestRepository repository = repository()) {
            Path root = repository.top().resolve("config");
            Files.write(repository.top().resolve(".git/index"), "DIRC not an index at all".getBytes());

            assertThat(GitIndex.trusted(root)).isEmpty();
            assertThat(hashes(root).indexed()).isZero();
            assertThat(hashes(root).files().get(A)).hasSize(64);
        }
    }

    @Test
    void givesNothingOutsideAWorkTree() throws Exception {
        Files.createDirectories(top.resolve("plain"));
        assertThat(GitIndex.trusted(top.resolve("plain"))).isEmpty();
        assertThat(GitIndex.trusted(top.resolve("missing"))).isEmpty();
    }

    @Test
    void aFreshCloneReusesTheResultsOfItsBaseAndFindsWhatAFullRunFinds() throws Exception {
        try (TestRepository repository = repository()) {
            Path first = repository.top().resolve("config");
            ResultCache kept = ResultCache.empty();
            kept.knowHashes(hashes(first).files());
            new Validator().validate(new ValidationRequest(first, TODAY, Limits.DEFAULT, "test"), kept);
            byte[] cache = kept.toBytes();

            // CI: a fresh clone of the same commit with the cache of the base, and one account changed.
            Path clone = top.resolve("clone");
            try (Git git = Git.cloneRepository()
                    .setURI(repository.top().toUri().toString())
                    .setDirectory(clone.toFile())
                    .call()) {
                settle(clone);
                git.add().addFilepattern(".").call();
            }
            Path root = clone.resolve("config");
            Files.writeString(root.resolve(B), libraryAccount() + "# ändrad i pull requesten\n");

            Fingerprint.Hashes hashes = hashes(root);
            assertThat(hashes.indexed()).isEqualTo(3);
            assertThat(hashes.files().get(A)).startsWith(Fingerprint.GIT_BLOB);
            assertThat(hashes.files().get(B)).hasSize(64);
            ResultCache results = ResultCache.parse(cache).orElseThrow();
            results.knowHashes(hashes.files());
            ValidationRequest request = new ValidationRequest(root, TODAY, Limits.DEFAULT, "test");
            Report cached = new Validator().validate(request, results);

            assertThat(results.checked()).isEqualTo(1);
            assertThat(results.reused()).isEqualTo(1);
            assertThat(cached.findings())
                    .isEqualTo(new Validator().validate(request).findings());
        }
    }

    @Test
    void aResultKeptWithoutTheUpToDateCheckIsFoundByARunWithItAndBack() throws Exception {
        try (TestRepository repository = repository()) {
            Path root = repository.top().resolve("config");
            ValidationRequest request = new ValidationRequest(root, TODAY, Limits.DEFAULT, "test");
            // Without the up-to-date check nothing names the files: their SHA-256s are the names.
            ResultCache bySha = ResultCache.empty();
            new Validator().validate(request, bySha);
            assertThat(bySha.checked()).isEqualTo(2);

            ResultCache byBlob = ResultCache.parse(bySha.toBytes()).orElseThrow();
            byBlob.knowHashes(hashes(root).files());
            new Validator().validate(request, byBlob);
            assertThat(byBlob.checked()).isZero();
            assertThat(byBlob.reused()).isEqualTo(2);

            ResultCache backAgain = ResultCache.parse(byBlob.toBytes()).orElseThrow();
            new Validator().validate(request, backAgain);
            assertThat(backAgain.checked()).isZero();
        }
    }

    @Test
    void hashesAFewUnknownFilesRatherThanOpenTheRepository() throws Exception {
        try (TestRepository repository = repository()) {
            Path root = repository.top().resolve("config");
            boolean[] asked = {false};
            Fingerprint.Hashes hashes = Fingerprint.files(root, Optional.empty(), Optional.empty(), () -> {
                asked[0] = true;
                return GitIndex.trusted(root);
            });

            assertThat(asked[0]).isFalse();
            assertThat(hashes.indexed()).isZero();
            assertThat(hashes.files().get(A)).hasSize(64);
        }
    }

    @Test
    void readsTheStateAndTheIndexInOneOpening() throws Exception {
        try (TestRepository repository = repository()) {
            Path root = repository.top().resolve("config");

            GitIndex.Checkout both = GitIndex.checkout(root, true);
            GitIndex.Checkout stateOnly = GitIndex.checkout(root, false);

            assertThat(both.state()).isEqualTo(RepositoryState.of(root)).isPresent();
            assertThat(both.state().get().rootPath()).isEqualTo("config");
            assertThat(both.index()).isEqualTo(GitIndex.trusted(root)).containsKey(A);
            assertThat(stateOnly.index()).isEmpty();
            assertThat(GitIndex.checkout(top.resolve("missing"), true).state()).isEmpty();
        }
    }
}
