package io.github.somepolicy.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading checks what a file must say before its schema applies: its kind and its format version. */
class DocumentLoaderTest {

    @TempDir
    Path root;

    private final List<Violation> violations = new ArrayList<>();

    private Optional<Document> load(String text) throws Exception {
        Path file = root.resolve("a.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new DocumentLoader(Limits.DEFAULT).load(new FileScanner.SourceFile("a.yaml", file, 0), violations);
    }

    @Test
    void aFileOfAKnownKindAndVersionIsADocument() throws Exception {
        assertThat(load("kind: account\nversion: 1\nname: x\n"))
                .hasValueSatisfying(document -> assertThat(document.kind()).isEqualTo(FileKind.ACCOUNT));
        assertThat(violations).isEmpty();
    }

    @Test
    void aMisspeltKindIsNamedWithASuggestionAtItsValue() throws Exception {
        assertThat(load("kind: acount\nversion: 1\n")).isEmpty();
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.ruleId()).isEqualTo("file-kind");
            assertThat(violation.message().key()).isEqualTo("engine.kind.unknown.suggest");
            assertThat(violation.message().args()).containsExactly("acount", "account");
            assertThat(violation.location().start().line()).isEqualTo(1);
            assertThat(violation.location().start().column()).isEqualTo(7);
        });
    }

    @Test
    void aMissingKindAndAnotherFormatVersionStopTheFile() throws Exception {
        assertThat(load("version: 1\nname: x\n")).isEmpty();
        assertThat(violations).extracting(v -> v.message().key()).containsExactly("engine.kind.missing");
        violations.clear();
        assertThat(load("kind: account\nversion: 2\n")).isEmpty();
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.ruleId()).isEqualTo("format-version");
            assertThat(violation.location().start().line()).isEqualTo(2);
        });
    }

    @Test
    void aVersionThatIsNoNumberIsLeftToTheSchema() throws Exception {
        assertThat(load("kind: account\nversion: one\n")).isPresent();
        assertThat(violations).isEmpty();
    }
}
