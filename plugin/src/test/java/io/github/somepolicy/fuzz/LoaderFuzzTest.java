package io.github.somepolicy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Violation;

/**
 * Arbitrary bytes through the loader: strict UTF-8 decoding, SnakeYAML's event parser and the tree
 * builder. No exception may escape, every problem has a position, and a file either loads or has a
 * problem. The seeds in {@code LoaderFuzzTestInputs/} (valid files and every hostile sample) run in
 * every test run; {@code JAZZER_FUZZ=1} fuzzes from them.
 */
class LoaderFuzzTest {

    private static final YamlLoader LOADER = new YamlLoader(Limits.DEFAULT);

    @FuzzTest(maxDuration = "20s")
    void anyBytesLoadOrGivePositionedProblems(byte[] bytes) {
        LoadResult result = LOADER.load("fuzz.yaml", bytes);

        assertThat(result.root().isPresent() || !result.problems().isEmpty())
                .as("a file either loads or says why not")
                .isTrue();
        for (Violation problem : result.problems()) {
            assertThat(problem.location().file()).isEqualTo("fuzz.yaml");
            assertThat(problem.location().start().line()).isPositive();
            assertThat(problem.location().start().column()).isPositive();
        }
    }
}
