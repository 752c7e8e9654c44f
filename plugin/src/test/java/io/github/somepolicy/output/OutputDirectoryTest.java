package io.github.somepolicy.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @TempDir
    Path top;

    Path config;

    @BeforeEach
    void configuration() throws Exception {
        config = Files.createDirectories(top.resolve("config"));
        Files.createDirectories(config.resolve("notices"));
        Files.writeString(config.resolve("notices/somepolicy.md"), "# Notice\n");
    }

    private String refusal(Path directory) {
        try {
            OutputDirectory.confine(directory, config, OutputDirectory.UNDER_TARGET);
            return "allowed";
        } catch (OutputDirectory.RefusedException e) {
            return e.userMessage().key();
        }
    }

    @Test
    void anOutputInsideTheConfigurationIsRefused() {
        assertThat(refusal(config.resolve("notices"))).isEqualTo("output.in-configuration");
        assertThat(refusal(config)).isEqualTo("output.holds-configuration");
        assertThat(refusal(top)).isEqualTo("output.holds-configuration");
        assertThat(refusal(config.resolve("target/somepolicy"))).isEqualTo("allowed");
        assertThat(refusal(top.resolve("reports"))).isEqualTo("allowed");
        assertThat(refusal(config.resolve("target/../notices"))).isEqualTo("output.in-configuration");
    }

    @Test
    void aLinkAnywhereOnTheWayIsRefused() throws Exception {
        Files.createDirectories(config.resolve("target"));
        Files.createSymbolicLink(config.resolve("target/somepolicy"), Path.of("../notices"));
        assertThat(refusal(config.resolve("target/somepolicy"))).isEqualTo("output.link");
        assertThat(refusal(config.resolve("target/somepolicy/register"))).isEqualTo("output.link");

        Path outside = Files.createDirectories(top.resolve("elsewhere"));
        Files.createSymbolicLink(top.resolve("reports"), outside);
        assertThat(refusal(top.resolve("reports/check"))).isEqualTo("output.link");
        assertThat(Files.readString(config.resolve("notices/somepolicy.md"))).isEqualTo("# Notice\n");
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void aLinkBelowTheDirectoryIsNeverWrittenThrough() throws Exception {
        OutputDirectory out = OutputDirectory.confine(top.resolve("site"), config, OutputDirectory.UNDER_TARGET);
        Files.createDirectories(out.path());
        Files.createSymbolicLink(out.path().resolve("units"), config.resolve("notices"));
        assertThatThrownBy(() -> out.write("units/kultur.html", "<p>"))
                .isInstanceOfSatisfying(
                        OutputDirectory.RefusedException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("output.link"));
        assertThatThrownBy(() -> out.write("../escape.txt", "x")).isInstanceOf(OutputDirectory.RefusedException.class);
        assertThat(config.resolve("notices")).isDirectoryContaining(p -> p.endsWith("somepolicy.md"));
        assertThat(Files.list(config.resolve("notices")).count()).isEqualTo(1);
        assertThat(top.resolve("escape.txt")).doesNotExist();
    }

    @Test
    void aLinkWhereAFileGoesIsReplacedNotFollowed() throws Exception {
        OutputDirectory out = OutputDirectory.confine(top.resolve("site"), config, OutputDirectory.UNDER_TARGET);
        Files.createDirectories(out.path());
        Files.createSymbolicLink(out.path().resolve("index.html"), config.resolve("notices/somepolicy.md"));
        out.write("index.html", "<h1>Register</h1>");
        assertThat(Files.isSymbolicLink(out.path().resolve("index.html"))).isFalse();
        assertThat(Files.readString(config.resolve("notices/somepolicy.md"))).isEqualTo("# Notice\n");
    }

    @Test
    void onlyWhatTheRunWroteIsEverDeleted() throws Exception {
        Path site = top.resolve("site");
        OutputDirectory first = OutputDirectory.confine(site, config, OutputDirectory.UNDER_TARGET);
        first.write("units/kultur.html", "kultur");
        first.write("units/skola.html", "skola");
        first.saveManifest();
        Files.writeString(site.resolve("units/about-us.html"), "web team");

        OutputDirectory second = OutputDirectory.confine(site, config, OutputDirectory.UNDER_TARGET);
        second.write("units/kultur.html", "kultur 2");
        assertThat(second.removeStale()).containsExactly("units/skola.html");
        second.saveManifest();
        assertThat(site.resolve("units/skola.html")).doesNotExist();
        assertThat(site.resolve("units/about-us.html")).hasContent("web team");

        // A page the plugin wrote and someone changed since is theirs now: it stays.
        OutputDirectory third = OutputDirectory.confine(site, config, OutputDirectory.UNDER_TARGET);
        Files.writeString(site.resolve("units/kultur.html"), "edited by hand");
        assertThat(third.removeStale()).isEmpty();
        assertThat(site.resolve("units/kultur.html")).hasContent("edited by hand");
    }

    @Test
    void aForgedManifestDeletesNothing() throws Exception {
        Path site = Files.createDirectories(top.resolve("site"));
        Path victim = Files.writeString(top.resolve("victim.txt"), "keep");
        String sum = OutputDirectory.sha256("keep".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(site.resolve("linked"), top);
        Files.writeString(
                site.resolve(OutputDirectory.MANIFEST),
                sum + " ../victim.txt\n" + sum + " linked/victim.txt\n" + sum + " " + victim + "\n");
        OutputDirectory out = OutputDirectory.confine(site, config, OutputDirectory.UNDER_TARGET);
        assertThat(out.removeStale()).isEmpty();
        assertThat(victim).hasContent("keep");
    }

    @Test
    void aCopyStopsOneBytePastTheLimit() throws Exception {
        OutputDirectory out = OutputDirectory.confine(top.resolve("base"), config, OutputDirectory.UNDER_TARGET);
        boolean more = out.copy("big.yaml", new ByteArrayInputStream(new byte[10_000]), 101);
        assertThat(more).isTrue();
        assertThat(Files.size(out.path().resolve("big.yaml"))).isEqualTo(101);
        assertThat(out.copy("small.yaml", new ByteArrayInputStream(new byte[50]), 101))
                .isFalse();
    }
}
