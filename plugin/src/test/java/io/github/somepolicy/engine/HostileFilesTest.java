package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory of hostile files: each bad file gets exactly its expected finding with a position, the
 * run never throws and finishes in seconds, and no file changes.
 */
class HostileFilesTest {

    @TempDir
    Path root;

    @Test
    void everyHostileFileGetsOnePositionedFindingAndNothingChanges() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("alias-bomb.yaml", billionLaughs().getBytes(StandardCharsets.UTF_8));
        files.put(
                "deep.yaml",
                ("kind: account\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("duplicate.yaml", "kind: account\nversion: 1\nkind: account\n".getBytes(StandardCharsets.UTF_8));
        files.put(
                "gadget.yaml",
                "kind: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.put("utf16.yaml", "\uFEFFkind: account".getBytes(StandardCharsets.UTF_16LE));
        files.put("latin1.yaml", "kind: account\nname: Malm\u00f6\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("nul.yaml", "kind: account\nname: a\u0000b\n".getBytes(StandardCharsets.UTF_8));
        files.put("multi.yaml", "kind: account\n---\nkind: account\n".getBytes(StandardCharsets.UTF_8));
        files.put("merge.yaml", "kind: account\n<<: {version: 1}\n".getBytes(StandardCharsets.UTF_8));
        files.put("empty.yaml", new byte[0]);
        files.put("list.yaml", "- kind: account\n".getBytes(StandardCharsets.UTF_8));
        files.put("no-kind.yaml", "name: x\n".getBytes(StandardCharsets.UTF_8));
        files.put("tab-indent.yaml", "kind: account\n\tname: x\n".getBytes(StandardCharsets.UTF_8));
        files.put("crash.yaml", "!0%0".getBytes(StandardCharsets.UTF_8));
        files.put(
                "huge.yaml",
                ("kind: account\nname: " + "x".repeat(2 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(root.resolve(file.getKey()), file.getValue());
        }
        Map<String, String> before = checksums(root);

        long start = System.nanoTime();
        Report report = new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        Map<String, List<String>> byFile = report.findings().stream()
                .collect(Collectors.groupingBy(
                        f -> f.location().file(),
                        TreeMap::new,
                        Collectors.mapping(HostileFilesTest::describe, Collectors.toList())));
        assertThat(byFile.keySet()).containsAll(files.keySet());
        assertThat(byFile.get("alias-bomb.yaml")).allMatch(s -> s.contains("yaml-forbidden-construct"));
        assertThat(byFile.get("deep.yaml")).containsExactly("2:35 file-limit");
        assertThat(byFile.get("duplicate.yaml")).containsExactly("3:1 yaml-duplicate-key");
        assertThat(byFile.get("gadget.yaml")).allMatch(s -> s.endsWith("yaml-forbidden-construct"));
        assertThat(byFile.get("utf16.yaml")).containsExactly("1:1 file-encoding");
        assertThat(byFile.get("latin1.yaml")).containsExactly("2:11 file-encoding");
        assertThat(byFile.get("nul.yaml")).containsExactly("2:8 file-encoding");
        assertThat(byFile.get("multi.yaml")).containsExactly("2:1 yaml-forbidden-construct");
        assertThat(byFile.get("merge.yaml")).containsExactly("2:1 yaml-forbidden-construct");
        assertThat(byFile.get("empty.yaml")).containsExactly("1:1 yaml-structure");
        assertThat(byFile.get("list.yaml")).containsExactly("1:1 yaml-structure");
        assertThat(byFile.get("no-kind.yaml")).containsExactly("1:1 file-kind");
        assertThat(byFile.get("tab-indent.yaml")).containsExactly("2:1 yaml-syntax");
        assertThat(byFile.get("crash.yaml")).hasSize(1);
        assertThat(byFile.get("huge.yaml")).containsExactly("1:1 file-limit");
        assertThat(report.findings()).allMatch(f -> f.location().start().line() >= 1);
        assertThat(millis).isLessThan(10_000);
        assertThat(checksums(root)).isEqualTo(before);
    }

    private static String describe(Finding finding) {
        return finding.location().start() + " " + finding.ruleId();
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("kind: account\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 40; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                try {
                    sums.put(
                            dir.relativize(file).toString(),
                            HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return sums;
    }
}
