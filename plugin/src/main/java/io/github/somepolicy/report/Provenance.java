package io.github.somepolicy.report;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The version-control state a run checked: the repository, the revision and, when on one, the branch.
 *
 * @param repositoryUri the repository's absolute URI, such as {@code https://github.com/ekeby/sociala-medier}
 * @param revisionId the revision, in Git the full commit id
 * @param branch the branch name, empty when detached or unknown
 */
public record Provenance(URI repositoryUri, String revisionId, Optional<String> branch) {
    public Provenance {
        Objects.requireNonNull(repositoryUri, "repositoryUri");
        if (!repositoryUri.isAbsolute()) {
            throw new IllegalArgumentException("the repository URI is absolute: " + repositoryUri);
        }
        Objects.requireNonNull(revisionId, "revisionId");
        if (revisionId.isBlank()) {
            throw new IllegalArgumentException("the revision id is not blank");
        }
        Objects.requireNonNull(branch, "branch");
    }

    /** A revision on a branch. */
    public static Provenance of(URI repositoryUri, String revisionId, String branch) {
        return new Provenance(repositoryUri, revisionId, Optional.of(branch));
    }
}
