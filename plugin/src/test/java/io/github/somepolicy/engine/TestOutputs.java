package io.github.somepolicy.engine;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.register.RegisterGenerator;
import io.github.somepolicy.register.RegisterRequest;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the engine tests compare: a report in every format, a configuration copied to a place of its own, and the
 * files of a register published from a configuration.
 */
final class TestOutputs {
    private TestOutputs() {}

    /** The report written in each format, in English, keyed by format in declaration order. */
    static Map<ReportFormat, String> allFormats(Report report) throws IOException {
        Map<ReportFormat, String> written = new LinkedHashMap<>();
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter text = new StringWriter();
            format.writer().write(report, Locale.ENGLISH, text);
            written.put(format, text.toString());
        }
        return written;
    }

    /** Copies a configuration folder, leaving out its {@code target} folder, over whatever {@code to} holds. */
    static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path path :
                    walk.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Publishes the register of {@code root} in Swedish, errors allowed, into {@code out/register} and
     * {@code out/records}, and gives every file below {@code out}.
     */
    static List<Path> publishedRegister(Path root, Path out, LocalDate today) throws Exception {
        new RegisterGenerator()
                .generate(new RegisterRequest(
                        root,
                        out.resolve("register"),
                        out.resolve("records"),
                        today,
                        Locale.forLanguageTag("sv"),
                        true,
                        365,
                        Optional.empty(),
                        Limits.DEFAULT,
                        "test"));
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
