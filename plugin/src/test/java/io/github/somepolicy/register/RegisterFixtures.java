package io.github.somepolicy.register;

import io.github.somepolicy.ExampleConfig;
import io.github.somepolicy.load.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The example configuration and requests for the register's tests. */
final class RegisterFixtures {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private RegisterFixtures() {}

    static Path exampleConfig() {
        return ExampleConfig.root();
    }

    static RegisterRequest request(Path config, Path out, Locale locale) {
        return new RegisterRequest(
                config,
                out.resolve("register"),
                out.resolve("records"),
                TODAY,
                locale,
                false,
                RegisterRequest.DEFAULT_RECENTLY_CLOSED_DAYS,
                Optional.empty(),
                Limits.DEFAULT,
                "0.0.0-test");
    }

    /** The same request, publishing even a configuration with errors. */
    static RegisterRequest allowingErrors(RegisterRequest r) {
        return new RegisterRequest(
                r.directory(),
                r.outputDirectory(),
                r.recordsDirectory(),
                r.today(),
                r.locale(),
                true,
                r.recentlyClosedDays(),
                r.templateDirectory(),
                r.limits(),
                r.toolVersion());
    }

    /** Copies a directory tree, for tests that change a configuration. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path relative = from.relativize(source);
                if (relative.toString().startsWith("target")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
