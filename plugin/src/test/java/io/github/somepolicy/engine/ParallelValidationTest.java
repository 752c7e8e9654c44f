package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine gives the same reports, byte for byte, whatever the number of threads, including when the
 * organisation is not at the root and the accounts checked first must be checked again.
 */
class ParallelValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path copy;

    @Test
    void writesTheSameReportsOnOneThreadAndOnMany() throws Exception {
        Path example = Path.of("../example-config").toAbsolutePath().normalize();

        Map<ReportFormat, String> single = reports(example, 1);

        assertThat(reports(example, 7)).isEqualTo(single);
        assertThat(single.get(ReportFormat.CONSOLE)).contains("archive-snapshot-overdue");
    }

    @Test
    void checksAccountsAgainAgainstAnOrganisationFoundBelowTheRoot() throws Exception {
        Path example = Path.of("../example-config").toAbsolutePath().normalize();
        TestOutputs.copyTree(example, copy);
        Files.createDirectories(copy.resolve("org"));
        Files.move(copy.resolve("organisation.yaml"), copy.resolve("org/organisation.yaml"));

        Map<ReportFormat, String> single = reports(copy, 1);

        assertThat(reports(copy, 4)).isEqualTo(single);
        assertThat(single.get(ReportFormat.CONSOLE)).doesNotContain("account-unit-exists");
    }

    private static Map<ReportFormat, String> reports(Path root, int threads) throws Exception {
        Report report = new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "test", threads));
        return TestOutputs.allFormats(report);
    }
}
