package io.github.somepolicy.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryStateTest {

    @TempDir
    Path top;

    @Test
    void aConfigurationInASubfolderOfARepositoryWithAnOrigin() throws Exception {
        Path config = Files.createDirectories(top.resolve("kommun/sociala medier"));
        Files.writeString(config.resolve("somepolicy.yaml"), "kind: policy\nversion: 1\n");
        try (Git git =
                Git.init().setDirectory(top.toFile()).setInitialBranch("main").call()) {
            StoredConfig settings = git.getRepository().getConfig();
            settings.setString(
                    "remote", "origin", "url", "https://x-access-token:ghs_secret@github.com/ekeby/sociala-medier.git");
            settings.save();
            git.add().addFilepattern(".").call();
            RevCommit commit = git.commit()
                    .setMessage("first")
                    .setAuthor("Test", "test@example.org")
                    .setCommitter("Test", "test@example.org")
                    .setSign(false)
                    .call();

            RepositoryState state = RepositoryState.of(config).orElseThrow();

            assertThat(state.rootPath()).isEqualTo("kommun/sociala medier");
            assertThat(state.provenance()).hasValueSatisfying(provenance -> {
                assertThat(provenance.repositoryUri()).isEqualTo(URI.create("https://github.com/ekeby/sociala-medier"));
                assertThat(provenance.revisionId()).isEqualTo(commit.name());
                assertThat(provenance.branch()).contains("main");
            });
            assertThat(state.toString()).doesNotContain("ghs_secret").doesNotContain("x-access-token");
        }
    }

    @Test
    void withoutAnOriginOrACommitThereIsNoProvenance() throws Exception {
        try (Git git = Git.init().setDirectory(top.toFile()).call()) {
            assertThat(RepositoryState.of(top)).hasValue(new RepositoryState("", Optional.empty()));
        }
    }

    @Test
    void outsideGitThereIsNothing(@TempDir Path elsewhere) {
        assertThat(RepositoryState.of(elsewhere)).isEmpty();
    }

    @Test
    void remoteAddressesBecomePublicOnesWithoutCredentials() {
        assertThat(RepositoryState.publicAddress("git@github.com:ekeby/sociala-medier.git"))
                .contains(URI.create("https://github.com/ekeby/sociala-medier"));
        assertThat(RepositoryState.publicAddress("ssh://git@gitlab.ekeby.se:2222/komm/konton.git"))
                .contains(URI.create("https://gitlab.ekeby.se/komm/konton"));
        assertThat(RepositoryState.publicAddress("https://user:pass@gitlab.com/ekeby/konton"))
                .contains(URI.create("https://gitlab.com/ekeby/konton"));
        assertThat(RepositoryState.publicAddress("/srv/git/konton.git")).isEmpty();
        assertThat(RepositoryState.publicAddress("file:///srv/git/konton.git")).isEmpty();
        assertThat(RepositoryState.publicAddress("")).isEmpty();
    }
}
