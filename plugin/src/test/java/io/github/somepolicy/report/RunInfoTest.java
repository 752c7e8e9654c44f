package io.github.somepolicy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunInfoTest {

    private static final RunInfo RUN = new RunInfo("1.0.0", SampleReports.TODAY, "baseline", 1, 1);

    @Test
    void knowsNothingOfTheRepositoryUnlessTold() {
        assertThat(RUN.rootPath()).isEmpty();
        assertThat(RUN.provenance()).isEmpty();
        assertThat(RUN.repositoryPath("a.yaml")).isEmpty();
    }

    @Test
    void normalisesTheConfigurationRoot() {
        assertThat(RUN.withRootPath("./kommun//config/").rootPath()).contains("kommun/config");
        assertThat(RUN.withRootPath(".").rootPath()).contains("");
        assertThat(RUN.withRootPath("").repositoryPath("a.yaml")).contains("a.yaml");
        assertThat(RUN.withRootPath("config").repositoryPath("accounts/a.yaml")).contains("config/accounts/a.yaml");
    }

    @Test
    void rejectsARootOutsideTheRepository() {
        assertThatThrownBy(() -> RUN.withRootPath("/abs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RUN.withRootPath("a/../../b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RUN.withRootPath("a\\b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RUN.withRootPath("file:/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsEverythingElseWhenAddingProvenance() {
        RunInfo placed = RUN.withRootPath("config")
                .withProvenance(Provenance.of(URI.create("https://example.org/k.git"), "abc", "main"));
        assertThat(placed.rootPath()).contains("config");
        assertThat(placed.profile()).isEqualTo("baseline");
        assertThat(placed.provenance().orElseThrow().branch()).contains("main");
    }

    @Test
    void provenanceNeedsAnAbsoluteRepositoryAndARevision() {
        assertThatThrownBy(() -> new Provenance(URI.create("relative/path"), "abc", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Provenance(URI.create("https://example.org/k.git"), " ", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
