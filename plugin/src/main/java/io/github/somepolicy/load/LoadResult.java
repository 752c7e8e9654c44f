package io.github.somepolicy.load;

import io.github.somepolicy.model.Comment;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import java.util.List;
import java.util.Optional;

/**
 * What loading a file gave: its top-level mapping, or the problems that stopped it.
 *
 * @param root the top-level mapping, present only when there are no problems
 * @param problems what was wrong with the file
 * @param comments the file's comments, in the order they appear (also when loading stopped early)
 */
public record LoadResult(Optional<Node.Mapping> root, List<Violation> problems, List<Comment> comments) {
    public LoadResult {
        problems = List.copyOf(problems);
        comments = List.copyOf(comments);
    }

    /** A result without comments. */
    public LoadResult(Optional<Node.Mapping> root, List<Violation> problems) {
        this(root, problems, List.of());
    }

    static LoadResult failed(Violation problem) {
        return new LoadResult(Optional.empty(), List.of(problem));
    }
}
