package io.github.somepolicy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The whole engine on structure-aware mutations of a complete, valid configuration: lines of the account
 * and of the policy are replaced, duplicated, moved, re-indented or cut, and values are swapped for
 * others of every kind. No exception may escape, every finding has a position, and the run never writes
 * into the configuration.
 */
class EngineFuzzTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] VALUES = {
        "",
        "~",
        "null",
        "[]",
        "{}",
        "0",
        "-1",
        "1e9",
        "2026-02-30",
        "P-1D",
        "yes",
        "NO",
        "\"\"",
        "'",
        "&a x",
        "*a",
        "!!str x",
        "<<: {}",
        "- x",
        "? x",
        ": x",
        "\"\\u\"",
        "\t",
        "#",
        "|",
        ">-",
        "@",
        "../../etc/passwd",
        "notices/standard.md",
        "lösenord: Sommar2026!",
        "ghp_R8fK2mQ9xTz4Lw7Yb3Nc6Vd1Hs5Jp0Ga8E",
        "19121212-1212",
        "kommunikation",
        "backup",
        "moderator",
        "closed",
        "active",
        "x".repeat(300)
    };

    private static final Validator VALIDATOR = new Validator();
    private static final Path ROOT = copyBase();
    private static final byte[] POLICY = read(ROOT.resolve("somepolicy.yaml"));
    private static final byte[] ACCOUNT_TEXT = read(ROOT.resolve(ACCOUNT));

    @FuzzTest(maxDuration = "20s")
    void mutatedConfigurationsGiveFindingsNeverExceptions(FuzzedDataProvider data) throws Exception {
        String account = mutate(new String(ACCOUNT_TEXT, StandardCharsets.UTF_8), data);
        String policy = data.consumeBoolean() ? mutate(new String(POLICY, StandardCharsets.UTF_8), data) : null;
        byte[] accountBytes = account.getBytes(StandardCharsets.UTF_8);
        byte[] policyBytes = policy == null ? POLICY : policy.getBytes(StandardCharsets.UTF_8);
        Files.write(ROOT.resolve(ACCOUNT), accountBytes);
        Files.write(ROOT.resolve("somepolicy.yaml"), policyBytes);

        Report report;
        try {
            report = VALIDATOR.validate(new ValidationRequest(ROOT, TODAY, Limits.DEFAULT, "fuzz"));
        } catch (SomepolicyException e) {
            throw new AssertionError("the configuration root is readable: " + e.userMessage(), e);
        }

        for (Finding finding : report.findings()) {
            assertThat(finding.location().start().line()).as(finding.toString()).isPositive();
            assertThat(finding.location().start().column())
                    .as(finding.toString())
                    .isPositive();
            assertThat(finding.ruleId()).isNotEqualTo("internal-error");
        }
        assertThat(read(ROOT.resolve(ACCOUNT))).isEqualTo(accountBytes);
        assertThat(read(ROOT.resolve("somepolicy.yaml"))).isEqualTo(policyBytes);
    }

    /** Up to eight edits of a file's lines and values, each chosen by the fuzzer. */
    static String mutate(String text, FuzzedDataProvider data) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int edits = data.consumeInt(1, 8);
        for (int i = 0; i < edits && !lines.isEmpty(); i++) {
            int at = data.consumeInt(0, lines.size() - 1);
            String line = lines.get(at);
            switch (data.consumeInt(0, 7)) {
                case 0 -> lines.set(at, data.consumeString(80));
                case 1 -> lines.add(at, line);
                case 2 -> lines.remove(at);
                case 3 -> lines.add(data.consumeInt(0, lines.size() - 1), lines.remove(at));
                case 4 -> lines.set(at, " ".repeat(data.consumeInt(0, 12)) + line.stripLeading());
                case 5 -> {
                    int colon = line.indexOf(": ");
                    String value = data.pickValue(VALUES);
                    lines.set(at, colon < 0 ? line + value : line.substring(0, colon + 2) + value);
                }
                case 6 -> {
                    int cut = data.consumeInt(0, line.length());
                    lines.set(at, line.substring(0, cut) + data.consumeString(8) + line.substring(cut));
                }
                default -> lines.set(at, line.replace(":", data.pickValue(new String[] {"", " :", "::", ":\t"})));
            }
        }
        return String.join("\n", lines);
    }

    private static Path copyBase() {
        try {
            Path root = Files.createTempDirectory("somepolicy-fuzz");
            io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
