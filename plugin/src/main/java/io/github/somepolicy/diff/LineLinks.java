package io.github.somepolicy.diff;

import io.github.somepolicy.report.Provenance;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Links to a line of a file at the head commit, in the form of the forge that hosts the repository:
 * {@code <repository>/blob/<commit>/<path>#L<line>} on GitHub, {@code <repository>/-/blob/<commit>/<path>#L<line>}
 * on GitLab. The forge is known by the address ({@code github.com}, a host with {@code gitlab} in its name) or
 * by the CI it runs in ({@code GITHUB_SERVER_URL}, {@code CI_SERVER_HOST}); elsewhere there are no links.
 *
 * @param repository the repository's public address, without credentials
 * @param commit the head commit
 * @param prefix the configuration's folder in the repository, {@code /}-separated, empty at the top
 * @param forge which form the links take
 */
public record LineLinks(URI repository, String commit, String prefix, Forge forge) {

    /** The forges whose link forms are known. */
    public enum Forge {
        GITHUB,
        GITLAB
    }

    public LineLinks {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(forge, "forge");
    }

    /** The links of a repository state, when its forge is known. */
    static Optional<LineLinks> of(RepositoryState state, Map<String, String> environment) {
        if (state.provenance().isEmpty()) {
            return Optional.empty();
        }
        Provenance provenance = state.provenance().get();
        String host = Optional.ofNullable(provenance.repositoryUri().getHost())
                .orElse("")
                .toLowerCase(Locale.ROOT);
        Optional<Forge> forge = Optional.empty();
        if (host.equals("github.com") || host.equals(hostOf(environment.get("GITHUB_SERVER_URL")))) {
            forge = Optional.of(Forge.GITHUB);
        } else if (host.contains("gitlab")
                || host.equals(Optional.ofNullable(environment.get("CI_SERVER_HOST"))
                        .orElse("")
                        .toLowerCase(Locale.ROOT))) {
            forge = Optional.of(Forge.GITLAB);
        }
        return forge.map(f -> new LineLinks(provenance.repositoryUri(), provenance.revisionId(), state.rootPath(), f));
    }

    private static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return "\u0000";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "\u0000" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "\u0000";
        }
    }

    /** The path of a configuration file from the repository's top. */
    String repositoryPath(String file) {
        return prefix.isEmpty() ? file : prefix + "/" + file;
    }

    /** The address of a line of a configuration file (relative to the configuration root). */
    String line(String file, int line) {
        StringBuilder path = new StringBuilder();
        for (String part : repositoryPath(file).split("/")) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String base = repository.toString().replaceAll("/+$", "");
        String blob = forge == Forge.GITLAB ? "/-/blob/" : "/blob/";
        return base + blob + commit + "/" + path + (line > 0 ? "#L" + line : "");
    }
}
