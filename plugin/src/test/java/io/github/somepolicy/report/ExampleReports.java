package io.github.somepolicy.report;

import io.github.somepolicy.ExampleConfig;
import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.load.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Reports of real runs for the checks with the reports' consumers: the example configuration as it is, and
 * a copy of it broken in the ways people break it (a misspelt unit, a duplicate key, a value of the wrong
 * type), each placed in the folder {@code example-config} of a Git repository as CI sees it.
 */
public final class ExampleReports {

    /** The example configuration's folder in this repository. */
    public static final String ROOT_PATH = "example-config";

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String DUPLICATE_KEY = "accounts/kommunikation/linkedin-ekeby-kommun.yaml";
    private static final String BROKEN_ACCOUNT = "accounts/kommunikation/instagram-ekebykommun.yaml";

    private ExampleReports() {}

    /** The example configuration's directory. */
    public static Path example() {
        return ExampleConfig.root();
    }

    /** The report of the example as it is. */
    public static Report exampleReport() {
        return run(example());
    }

    /** The report of a copy of the example, broken, made in a scratch directory. */
    public static Report brokenReport(Path scratch) {
        try {
            Path copy = scratch.resolve("example-config");
            Path source = example();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path relative = source.relativize(file);
                    if (relative.startsWith("target")) {
                        continue;
                    }
                    Path target = copy.resolve(relative.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            edit(copy.resolve(DUPLICATE_KEY), "platform: linkedin\n", "platform: linkedin\nhandle: ekeby\n");
            edit(copy.resolve(BROKEN_ACCOUNT), "unit: kommunikation\n", "unit: komunikation\n");
            edit(copy.resolve(BROKEN_ACCOUNT), "hoursPerWeek: ", "hoursPerWeek: tre # ");
            return run(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " no longer holds " + from);
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static Report run(Path root) {
        Report report;
        try {
            report = new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "1.0.0"));
        } catch (SomepolicyException e) {
            throw new IllegalStateException(e);
        }
        RunInfo info = report.runInfo()
                .withRootPath(ROOT_PATH)
                .withProvenance(Provenance.of(
                        URI.create("https://github.com/ekeby-kommun/sociala-medier"), SampleReports.REVISION, "main"));
        return new Report(info, report.rules(), report.findings());
    }
}
