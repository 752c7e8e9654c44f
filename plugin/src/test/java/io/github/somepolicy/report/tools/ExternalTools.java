package io.github.somepolicy.report.tools;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the programs from npm that check reports the way their consumers read them. A missing program
 * skips its test, unless the environment variable {@code SOMEPOLICY_REQUIRE_TOOLS} is {@code true}
 * ({@code .ci/run} installs the programs and sets it), where it fails the test.
 */
public final class ExternalTools {

    private ExternalTools() {}

    /** Whether a missing tool fails the test instead of skipping it. */
    public static boolean required() {
        return "true".equals(System.getenv("SOMEPOLICY_REQUIRE_TOOLS"));
    }

    /**
     * The SARIF Multitool's native program. Its npm wrapper runs it through a shell, which breaks
     * arguments holding {@code ;}, so the program that the npm package {@code @microsoft/sarif-multitool}
     * brings for this platform is run directly: from {@code SOMEPOLICY_SARIF_MULTITOOL} when set, else from
     * the global npm folder.
     */
    public static Path sarifMultitool() {
        String configured = System.getenv("SOMEPOLICY_SARIF_MULTITOOL");
        Optional<Path> found = configured != null && !configured.isBlank()
                ? Optional.of(Path.of(configured)).filter(Files::isExecutable)
                : npmRoot().flatMap(root -> List.of(
                                "@microsoft/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool",
                                "@microsoft/sarif-multitool-linux/Sarif.Multitool")
                        .stream()
                        .map(root::resolve)
                        .filter(Files::isExecutable)
                        .findFirst());
        return found.orElseGet(() -> missing("@microsoft/sarif-multitool (npm install -g @microsoft/sarif-multitool)"));
    }

    private static <T> T missing(String what) {
        if (required()) {
            fail(what + " is missing and SOMEPOLICY_REQUIRE_TOOLS=true");
        }
        Assumptions.abort(what + " is not installed");
        throw new AssertionError("unreachable");
    }

    private static Optional<Path> npmRoot() {
        try {
            Process npm = new ProcessBuilder("npm", "root", "-g")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!npm.waitFor(30, TimeUnit.SECONDS) || npm.exitValue() != 0 || out.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Path.of(out));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
