package io.github.somepolicy.diff;

import io.github.somepolicy.report.Provenance;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Where a configuration sits in Git, for the reports: its folder inside the repository, and the
 * repository's public address, the commit and the branch (SARIF's {@code versionControlProvenance}).
 * Read with JGit; outside a repository, or in one without commits, there is nothing to say. Credentials
 * in a remote's address are never kept.
 *
 * @param rootPath the configuration root relative to the repository's top, {@code /}-separated, empty
 *     at the top
 * @param provenance the repository, commit and branch, when the repository has an {@code origin} and a
 *     commit
 */
public record RepositoryState(String rootPath, Optional<Provenance> provenance) {

    private static final Pattern SCP_LIKE = Pattern.compile("(?:[^@/]+@)?([^:/]+):(?!//)(.+)");

    /** The state of the repository around a configuration root, or empty outside Git. */
    public static Optional<RepositoryState> of(Path configurationRoot) {
        return WorkTree.read(configurationRoot, RepositoryState::of);
    }

    /** The state of an open work tree. */
    static RepositoryState of(WorkTree workTree) throws IOException {
        Repository repository = workTree.repository();
        ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
        Optional<URI> address = publicAddress(repository.getConfig().getString("remote", "origin", "url"));
        Optional<Provenance> provenance = Optional.empty();
        if (head != null && address.isPresent()) {
            String full = repository.getFullBranch();
            Optional<String> branch = full != null && full.startsWith(Constants.R_HEADS)
                    ? Optional.of(full.substring(Constants.R_HEADS.length()))
                    : Optional.empty();
            provenance = Optional.of(new Provenance(address.get(), head.name(), branch));
        }
        return new RepositoryState(workTree.rootPath(), provenance);
    }

    /**
     * A remote's address as an absolute URI without credentials: {@code https://user:token@host/x.git}
     * and {@code git@host:x.git} both become {@code https://host/x}. Local paths give nothing.
     */
    static Optional<URI> publicAddress(String remote) {
        if (remote == null || remote.isBlank()) {
            return Optional.empty();
        }
        String value = remote.strip();
        Matcher scp = SCP_LIKE.matcher(value);
        if (!value.contains("://") && scp.matches()) {
            value = "https://" + scp.group(1) + "/" + scp.group(2);
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (uri.getHost() == null
                    || !(scheme.equals("https")
                            || scheme.equals("http")
                            || scheme.equals("ssh")
                            || scheme.equals("git"))) {
                return Optional.empty();
            }
            String path = uri.getPath() == null
                    ? ""
                    : uri.getPath().replaceAll("\\.git/?$", "").replaceAll("/$", "");
            String publicScheme = scheme.equals("http") ? "http" : "https";
            return Optional.of(new URI(publicScheme, null, uri.getHost(), -1, path, null, null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
