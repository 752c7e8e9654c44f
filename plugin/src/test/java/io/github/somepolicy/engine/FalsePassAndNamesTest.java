package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No stale pass and no confusing names: a notice where the up-to-date check does not look is refused,
 * names that are not UTF-8 are two names, {@code maxFiles} does not depend on directory order, and
 * names are shown as they are. The configuration is unchanged afterwards.
 */
class FalsePassAndNamesTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path root;

    @BeforeEach
    void configuration() throws Exception {
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
    }

    private Report validate(Limits limits) throws Exception {
        return new Validator().validate(new ValidationRequest(root, TODAY, limits, "test"));
    }

    private static List<String> of(Report report, String rule) {
        return report.findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(f -> f.location().file() + " " + f.message().key())
                .toList();
    }

    @Test
    void aNoticeInAFolderTheFingerprintSkipsIsRefused() throws Exception {
        for (String folder : List.of(".notices", "target", "node_modules", "docs/.hidden")) {
            Files.createDirectories(root.resolve(folder));
            Files.copy(root.resolve("notices/standard.md"), root.resolve(folder + "/standard.md"));
            Files.writeString(
                    root.resolve(ACCOUNT),
                    Files.readString(root.resolve(ACCOUNT))
                            .replaceFirst("file: \\S+", "file: " + folder + "/standard.md"));
            Map<String, byte[]> before = FileSystemChecksums.of(root);
            assertThat(of(validate(Limits.DEFAULT), "notice-present"))
                    .as(folder)
                    .containsExactly(ACCOUNT + " rule.notice-present.message.skipped-folder");
            assertThat(FileSystemChecksums.of(root)).isEqualTo(before);
        }
    }

    @Test
    void namesThatAreNotUtf8AreTwoNamesShownByTheirBytes() throws Exception {
        Process made;
        try {
            made = new ProcessBuilder(
                            "sh",
                            "-c",
                            "printf 'kind: account\\n' > \"$(printf 'a\\377.yaml')\"; "
                                    + "printf 'kind: account\\n' > \"$(printf 'a\\376.yaml')\"")
                    .directory(root.toFile())
                    .start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no shell to make names that are not UTF-8");
            return;
        }
        Assumptions.assumeTrue(made.waitFor() == 0);
        Fingerprint first = Fingerprint.of(Map.of(), root, Optional.empty());
        assertThat(first.files().keySet()).contains("a%FF.yaml", "a%FE.yaml");
        Path fe;
        try (var list = Files.list(root)) {
            fe = list.filter(p -> io.github.somepolicy.load.FileNames.name(p).equals("a%FE.yaml"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(fe, "kind: account\nname: x\n");
        assertThat(Fingerprint.of(Map.of(), root, Optional.empty()).differenceFrom(first))
                .isPresent();
        Report report = validate(Limits.DEFAULT);
        assertThat(of(report, "file-name-collision")).isEmpty();
        assertThat(report.findings()).extracting(f -> f.location().file()).contains("a%FF.yaml", "a%FE.yaml");
    }

    @Test
    void aTabInAFileNameIsShownAsATab() throws Exception {
        Files.writeString(root.resolve("accounts/kommunikation/facebook\ttab.yaml"), "kind: account\n");
        Report report = validate(Limits.DEFAULT);
        assertThat(report.findings()).extracting(Finding::location).anyMatch(l -> l.file()
                .equals("accounts/kommunikation/facebook\ttab.yaml"));
        String line = io.github.somepolicy.report.console.ConsoleWriter.line(
                report.findings().stream()
                        .filter(f -> f.location().file().contains("\t"))
                        .findFirst()
                        .orElseThrow(),
                io.github.somepolicy.i18n.Messages.of(java.util.Locale.ENGLISH));
        assertThat(line).startsWith("accounts/kommunikation/facebook\\ttab.yaml:");
    }

    @Test
    void maxFilesKeepsTheAccountsWhateverTheDirectoryOrder() throws Exception {
        for (int i = 0; i < 30; i++) {
            Files.createDirectories(root.resolve("aaa-junk"));
            Files.writeString(root.resolve("aaa-junk/junk-" + i + ".yaml"), "junk: " + i + "\n");
        }
        int wanted = 3; // organisation.yaml, somepolicy.yaml (read apart) and the account
        Report report = validate(new Limits(Limits.DEFAULT.maxFileBytes(), Limits.DEFAULT.maxDepth(), wanted));
        assertThat(report.runInfo().accounts()).isEqualTo(1);
        assertThat(of(report, "file-skipped")).hasSize(30 + 1 - (wanted - 2)).allMatch(s -> s.startsWith("aaa-junk/"));
    }
}
