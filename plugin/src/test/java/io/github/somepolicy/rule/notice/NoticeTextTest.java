package io.github.somepolicy.rule.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an account's notice: the file inside the root, then the account's own text; problems as values. */
class NoticeTextTest {

    @TempDir
    Path root;

    private static Document account(String notice) {
        String yaml = "kind: account\nversion: 1\nname: Testby bibliotek\n" + notice;
        LoadResult loaded = new YamlLoader(Limits.DEFAULT)
                .load("accounts/kultur/facebook-bibliotek.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return new Document(
                "accounts/kultur/facebook-bibliotek.yaml",
                FileKind.ACCOUNT,
                loaded.root().orElseThrow());
    }

    private NoticeText.Reading read(String notice) {
        return NoticeText.read(account(notice), root);
    }

    @Test
    void theFileComesFirstAndTheAccountsOwnTextAfterIt() throws IOException {
        Files.createDirectories(root.resolve("notices"));
        Files.writeString(root.resolve("notices/standard.md"), "# Om kontot\n\nEn **allmän** handling.\n");
        NoticeText.Reading reading =
                read("notice:\n  file: notices/standard.md\n  text: |\n    Kontakt: kultur@testby.se\n");
        assertThat(reading).isInstanceOf(NoticeText.Found.class);
        NoticeText.Found found = (NoticeText.Found) reading;
        assertThat(found.text()).isEqualTo("# om kontot en allmän handling. kontakt: kultur@testby.se");
        assertThat(found.at().start().toString()).isEqualTo("5:9");
    }

    @Test
    void withoutAFileTheTextIsWhereFindingsGo() {
        NoticeText.Reading reading = read("notice:\n  text: Kontot drivs av Testby kommun.\n");
        assertThat(reading.at().start().toString()).isEqualTo("5:9");
        assertThat(((NoticeText.Found) reading).text()).isEqualTo("kontot drivs av testby kommun.");
    }

    @Test
    void noNoticeIsReportedAtTheNoticeKeyOrTheStartOfTheFile() {
        assertThat(read("notice:\n  location: https://www.testby.se/om\n"))
                .isInstanceOf(NoticeText.Absent.class)
                .extracting(r -> r.at().start().toString())
                .isEqualTo("4:1");
        assertThat(read(""))
                .isInstanceOf(NoticeText.Absent.class)
                .extracting(r -> r.at().start().toString())
                .isEqualTo("1:1");
    }

    @Test
    void aFileThatCannotBeUsedIsAProblemNeverAnException() throws IOException {
        Files.createDirectories(root.resolve("notices/arkiv.md"));
        Files.write(root.resolve("notices/latin1.md"), "Allmän handling".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(root.resolve("notices/stor.md"), new byte[(int) NoticeText.MAX_BYTES + 1]);
        Files.writeString(root.resolve("notices/tom.md"), " \n\n");
        assertThat(problem("../utanfor.md")).isEqualTo(NoticeText.Problem.OUTSIDE_ROOT);
        assertThat(problem("notices/../../utanfor.md")).isEqualTo(NoticeText.Problem.OUTSIDE_ROOT);
        assertThat(problem("/etc/passwd")).isEqualTo(NoticeText.Problem.OUTSIDE_ROOT);
        assertThat(problem("'C:\\\\notices\\\\standard.md'")).isEqualTo(NoticeText.Problem.OUTSIDE_ROOT);
        assertThat(problem("notices/saknas.md")).isEqualTo(NoticeText.Problem.MISSING);
        assertThat(problem("notices/arkiv.md")).isEqualTo(NoticeText.Problem.NOT_REGULAR);
        assertThat(problem("notices/latin1.md")).isEqualTo(NoticeText.Problem.NOT_UTF8);
        assertThat(problem("notices/stor.md")).isEqualTo(NoticeText.Problem.TOO_BIG);
        assertThat(read("notice:\n  file: notices/tom.md\n")).isInstanceOf(NoticeText.Empty.class);
    }

    @Test
    void aLinkIsNeverFollowed() throws IOException {
        Path outside = Files.createTempFile("notice", ".md");
        try {
            Files.writeString(outside, "Allmän handling");
            Files.createDirectories(root.resolve("notices"));
            try {
                Files.createSymbolicLink(root.resolve("notices/lank.md"), outside);
            } catch (UnsupportedOperationException | IOException e) {
                return; // no links on this file system
            }
            assertThat(problem("notices/lank.md")).isEqualTo(NoticeText.Problem.LINK);
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    private NoticeText.Problem problem(String file) {
        NoticeText.Reading reading = read("notice:\n  file: " + file + "\n");
        assertThat(reading).as(file).isInstanceOf(NoticeText.Unreadable.class);
        return ((NoticeText.Unreadable) reading).problem();
    }

    @Test
    void aFileNormalisedOnceAndJoinedGivesTheSameTextAsTheWholeNoticeNormalised() {
        java.util.List<String> parts = java.util.List.of(
                "",
                " ",
                "\n",
                "\u001F",
                "x\u001F",
                "\u001Fy",
                "\u00A0",
                "**",
                "> citat",
                "text _",
                "_ text",
                "slut\\",
                "~",
                "~ början",
                "ΟΔΟΣ",
                "Σ",
                "e\u0301",
                "\u0301e",
                "a\u0308",
                "\u0308",
                "  Kontakt: Kultur@Testby.se \n\n",
                "\u2028rad\u2029",
                "\r",
                "\n\r\n",
                "Fet__",
                "__fet",
                "\u200B",
                "ord\u00AD",
                "İstanbul",
                "\uD83D\uDE00",
                "\uD83D");
        for (String file : parts) {
            NoticeText.FileText normalised = NoticeText.normalisedFile(file);
            assertThat(normalised.alone()).as("file %s alone", file).isEqualTo(NoticeText.normalise(file));
            for (String own : parts) {
                assertThat(normalised.followedBy(own))
                        .as("file %s, own text %s", file, own)
                        .isEqualTo(NoticeText.normalise(file + "\n\n" + own));
            }
        }
    }

    @Test
    void aNoticeFileSharedByTheRunIsNormalisedOnceAndReadsTheSame() throws IOException {
        Files.createDirectories(root.resolve("notices"));
        Files.writeString(root.resolve("notices/standard.md"), "# Om kontot\n\nEn **allmän** handling.\n");
        java.util.List<String> normalisedFiles = new java.util.ArrayList<>();
        java.util.List<Path> readFiles = new java.util.ArrayList<>();
        Document document = account("notice:\n  file: notices/standard.md\n  text: |\n    Kontakt: kultur@testby.se\n");
        NoticeText.Reading shared = NoticeText.read(
                document,
                root,
                content -> {
                    normalisedFiles.add(content);
                    return NoticeText.normalisedFile(content);
                },
                path -> {
                    readFiles.add(path);
                    return NoticeText.contents(path);
                });
        assertThat(shared).isEqualTo(NoticeText.read(document, root));
        assertThat(normalisedFiles).containsExactly("# Om kontot\n\nEn **allmän** handling.\n");
        assertThat(readFiles).singleElement().satisfies(path -> assertThat(path)
                .endsWith(Path.of("notices/standard.md")));
        // a file kept from an earlier account is taken as it was read
        NoticeText.Contents kept = new NoticeText.Contents("Kept text.", java.util.Optional.empty());
        assertThat(NoticeText.read(document, root, NoticeText::normalisedFile, path -> kept))
                .isInstanceOfSatisfying(NoticeText.Found.class, found -> assertThat(found.fileContent())
                        .isEqualTo("Kept text."));
    }

    @Test
    void aPhraseInTheFileAloneIsInEveryNoticeMadeOfTheFile() {
        java.util.List<String> files = java.util.List.of(
                "Inlägg är allmän handling", "allmän handling\u001F", "**Allmän** handling_", "ΟΔΟΣ handling", "  ");
        java.util.List<String> owns =
                java.util.List.of("", "ar bra", "\u001Fx", "s", "_en", "\u0308", "handlingar", "  \n");
        Phrases phrases = Phrases.of(java.util.List.of("allmän handling*", "handling", "οδος"));
        int found = 0;
        for (String file : files) {
            NoticeText.FileText text = NoticeText.normalisedFile(file);
            if (!phrases.foundIn(text.alone())) {
                continue;
            }
            found++;
            for (String own : owns) {
                assertThat(phrases.foundIn(text.followedBy(own)))
                        .as("file %s, own text %s", file, own)
                        .isTrue();
            }
        }
        assertThat(found).isEqualTo(4);
    }

    /** The normalisation gives, on random texts, what its chain of expressions gives when run in full. */
    @Test
    void normalisingSkipsOnlyStepsThatWouldChangeNothing() {
        String[] pieces = {
            "a", "Ö", "o\u0308", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2028", "\u3000", ">", "> ", "\\", "\\*",
            "*", "**", "`", "~~", "~", "_", "a_b", "\u00AD", "\u200B", "\u2060", "\u2019", "\u02BC", "\u2018", "Σ", "ς",
            ".", "x"
        };
        for (String text : io.github.somepolicy.RandomTexts.of(20261206, 20_000, 9, pieces)) {
            assertThat(NoticeText.normalise(text))
                    .as(io.github.somepolicy.RandomTexts.shown(text))
                    .isEqualTo(byExpressions(text));
        }
    }

    private static String byExpressions(String text) {
        String result = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        result = result.replaceAll("[\\u00AD\\u200B\\u200C\\u200D\\u2060]", "");
        result = result.replaceAll("(?m)^[ \\t]*(?:>[ \\t]?)+", "");
        result = result.replaceAll("\\\\(?=\\p{Punct})", "");
        result = result.replaceAll("[*`]+|~~", "");
        result = result.replaceAll("(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])", "");
        result = result.replaceAll("[\\u2018\\u2019\\u02BC]", "'");
        result = result.toLowerCase(java.util.Locale.ROOT);
        result = java.text.Normalizer.normalize(result, java.text.Normalizer.Form.NFC);
        return result.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
