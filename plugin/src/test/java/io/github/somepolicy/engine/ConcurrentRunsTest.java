package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in one JVM share no mutable state: different configurations validated at the same time, by one
 * validator and by several, give exactly the findings each gives alone.
 */
class ConcurrentRunsTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path temp;

    private Path configuration(String name, String from, String to) throws Exception {
        Path root = temp.resolve(name);
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
        Path account = root.resolve(ACCOUNT);
        Files.writeString(account, Files.readString(account).replace(from, to));
        return root;
    }

    private static List<String> findings(Report report) {
        return report.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void parallelRunsGiveTheSameFindingsAsSerialOnes() throws Exception {
        List<Path> roots = List.of(
                configuration("a", "lastSnapshot: 2026-09-01", "lastSnapshot: 2025-01-01"),
                configuration("b", "      email: bo.ek@testby.se", "      email: bo.ek@gmail.com"),
                configuration("c", "  monitoring: daily", "  monitoring: monthly"),
                configuration("d", "kind: account", "kind: account\nextra: 1"));
        List<List<String>> serial = new ArrayList<>();
        for (Path root : roots) {
            serial.add(findings(new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "t"))));
        }
        assertThat(serial).allSatisfy(list -> assertThat(list).isNotEmpty());
        assertThat(serial).doesNotHaveDuplicates();

        Validator shared = new Validator();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                for (Path root : roots) {
                    boolean own = round % 2 == 0;
                    futures.add(pool.submit(() -> findings((own ? new Validator() : shared)
                            .validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "t")))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(60, TimeUnit.SECONDS))
                        .as("run %d of %s", i, roots.get(i % roots.size()).getFileName())
                        .isEqualTo(serial.get(i % roots.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
