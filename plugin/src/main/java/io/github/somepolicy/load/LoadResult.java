package io.github.somepolicy.load;

import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import java.util.List;
import java.util.Optional;

/**
 * What loading a file gave: its top-level mapping, or the problems that stopped it.
 *
 * @param root the top-level mapping, present only when there are no problems
 * @param problems what was wrong with the file
 */
public record LoadResult(Optional<Node.Mapping> root, List<Violation> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    static LoadResult failed(Violation problem) {
        return new LoadResult(Optional.empty(), List.of(problem));
    }
}
