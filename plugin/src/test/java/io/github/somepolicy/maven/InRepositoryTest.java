package io.github.somepolicy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.diff.RepositoryState;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.sarif.SarifWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The check goal's reports say where the configuration sits in Git. */
class InRepositoryTest {

    @TempDir
    Path top;

    @Test
    void theSarifReportNamesTheRepositoryTheCommitAndTheConfigurationFolder() throws Exception {
        Path config = Files.createDirectories(top.resolve("konfiguration"));
        Files.writeString(config.resolve("somepolicy.yaml"), "kind: policy\nversion: 1\n");
        RevCommit commit;
        try (Git git =
                Git.init().setDirectory(top.toFile()).setInitialBranch("main").call()) {
            StoredConfig settings = git.getRepository().getConfig();
            settings.setString("remote", "origin", "url", "git@github.com:ekeby/sociala-medier.git");
            settings.save();
            git.add().addFilepattern(".").call();
            commit = git.commit()
                    .setMessage("first")
                    .setAuthor("Test", "test@example.org")
                    .setCommitter("Test", "test@example.org")
                    .setSign(false)
                    .call();
        }
        Report report = new Validator()
                .validate(new ValidationRequest(config, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));

        Report placed = MojoSupport.inRepository(report, RepositoryState.of(config));

        StringWriter out = new StringWriter();
        new SarifWriter().write(placed, Locale.ENGLISH, out);
        JsonNode run = new ObjectMapper().readTree(out.toString()).path("runs").get(0);
        JsonNode provenance = run.path("versionControlProvenance").get(0);
        assertThat(provenance.path("repositoryUri").asString()).isEqualTo("https://github.com/ekeby/sociala-medier");
        assertThat(provenance.path("revisionId").asString()).isEqualTo(commit.name());
        assertThat(provenance.path("branch").asString()).isEqualTo("main");
        assertThat(run.path("originalUriBaseIds").path("CONFIGROOT").path("uri").asString())
                .isEqualTo("konfiguration/");
    }

    @Test
    void outsideGitTheReportIsAsItWas(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("somepolicy.yaml"), "kind: policy\nversion: 1\n");
        Report report = new Validator()
                .validate(new ValidationRequest(elsewhere, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
        assertThat(MojoSupport.inRepository(report, RepositoryState.of(elsewhere)))
                .isEqualTo(report);
    }
}
