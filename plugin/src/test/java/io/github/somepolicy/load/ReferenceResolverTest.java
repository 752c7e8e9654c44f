package io.github.somepolicy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceResolverTest {

    @TempDir
    Path dir;

    @Test
    void resolvesFilesInsideTheRoot() throws Exception {
        Path root = Files.createDirectories(dir.resolve("config"));
        Files.createDirectories(root.resolve("notices"));
        Files.writeString(root.resolve("notices/a.md"), "text");
        ReferenceResolver resolver = new ReferenceResolver(root);
        assertThat(resolver.resolve("notices/a.md").status()).isEqualTo(ReferenceResolver.Status.OK);
        assertThat(resolver.resolve("notices/../notices/a.md").status()).isEqualTo(ReferenceResolver.Status.OK);
        assertThat(resolver.resolve("notices/b.md").status()).isEqualTo(ReferenceResolver.Status.MISSING);
        assertThat(resolver.resolve("notices").status()).isEqualTo(ReferenceResolver.Status.NOT_REGULAR);
    }

    @Test
    void neverLeavesTheRoot() throws Exception {
        Path root = Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("secret.md"), "secret");
        ReferenceResolver resolver = new ReferenceResolver(root);
        for (String reference :
                new String[] {"../secret.md", "/etc/passwd", "notices/../../secret.md", "C:\\x.md", "", "."}) {
            assertThat(resolver.resolve(reference).status())
                    .as(reference)
                    .isEqualTo(ReferenceResolver.Status.OUTSIDE_ROOT);
        }
    }

    @Test
    void neverFollowsLinks() throws Exception {
        Path root = Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("secret.md"), "secret");
        Files.createSymbolicLink(root.resolve("link.md"), dir.resolve("secret.md"));
        Files.createSymbolicLink(root.resolve("linkdir"), dir);
        ReferenceResolver resolver = new ReferenceResolver(root);
        assertThat(resolver.resolve("link.md").status()).isEqualTo(ReferenceResolver.Status.LINK);
        assertThat(resolver.resolve("linkdir/secret.md").status()).isEqualTo(ReferenceResolver.Status.LINK);
    }
}
