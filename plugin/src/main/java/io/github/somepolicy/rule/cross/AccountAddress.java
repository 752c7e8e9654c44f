package io.github.somepolicy.rule.cross;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Account addresses and handles in a form where two ways of writing one account are equal: the scheme,
 * a leading {@code www.}, letter case, the default port, a trailing slash, the fragment and tracking
 * parameters ({@code utm_*}, {@code fbclid} and the like) make no difference; the other query parameters
 * are kept, sorted.
 */
public final class AccountAddress {

    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "msclkid", "igshid", "igsh", "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "si");

    private static final Set<String> UNSPECIFIC = Set.of("other", "blog");

    private AccountAddress() {}

    /**
     * The address in comparable form, such as {@code facebook.com/ekebykommun}; empty when the text is not
     * an {@code http} or {@code https} address with a host.
     */
    public static Optional<String> normalise(String text) {
        String trimmed = text.strip();
        if (!trimmed.contains("://")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null || host.isEmpty()) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        StringBuilder key = new StringBuilder(host);
        int port = uri.getPort();
        if (port != -1 && port != 80 && port != 443) {
            key.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        key.append(path);
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            List<String> kept = new ArrayList<>();
            for (String parameter : query.split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                    kept.add(parameter.toLowerCase(Locale.ROOT));
                }
            }
            if (!kept.isEmpty()) {
                kept.sort(null);
                key.append('?').append(String.join("&", kept));
            }
        }
        return Optional.of(key.toString());
    }

    /**
     * The platform and handle in comparable form, such as {@code instagram:ekebykommun}; empty without
     * both, and for {@code other} and {@code blog}, where a handle names nothing without the site it is on.
     */
    public static Optional<String> handleKey(String platform, String handle) {
        String name = handle.strip().toLowerCase(Locale.ROOT);
        while (name.startsWith("@")) {
            name = name.substring(1);
        }
        if (platform.isBlank() || UNSPECIFIC.contains(platform.strip()) || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(platform.strip().toLowerCase(Locale.ROOT) + ":" + name);
    }
}
