package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word and domain lists of the privacy rules, read from {@code rule/privacy-patterns.yaml}: the
 * keywords that introduce a written-out password or code, the values after them that are ordinary
 * prose, and the e-mail domains of services for private persons.
 *
 * @param secretKeywords words such as {@code lösenord} or {@code token} that introduce a secret
 * @param pinKeywords words such as {@code pin-kod} after which a few digits are a secret
 * @param notSecrets values after a keyword that are prose or placeholders, in lower case
 * @param privateEmailDomains e-mail domains of services for private persons, in lower case
 */
public record PrivacyPatterns(
        List<String> secretKeywords,
        List<String> pinKeywords,
        Set<String> notSecrets,
        Set<String> privateEmailDomains) {

    private static final String RESOURCE = "/io/github/somepolicy/rule/privacy-patterns.yaml";

    private static volatile PrivacyPatterns builtIn;

    public PrivacyPatterns {
        secretKeywords = List.copyOf(secretKeywords);
        pinKeywords = List.copyOf(pinKeywords);
        notSecrets = Set.copyOf(lower(notSecrets));
        privateEmailDomains = Set.copyOf(lower(privateEmailDomains));
    }

    /** The lists shipped with the plugin, read once per class loader. */
    public static PrivacyPatterns builtIn() {
        PrivacyPatterns patterns = builtIn;
        if (patterns == null) {
            synchronized (PrivacyPatterns.class) {
                patterns = builtIn;
                if (patterns == null) {
                    patterns = read();
                    builtIn = patterns;
                }
            }
        }
        return patterns;
    }

    private static PrivacyPatterns read() {
        byte[] bytes;
        try (InputStream in = PrivacyPatterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("privacy patterns missing from the plugin: " + RESOURCE);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult loaded = new YamlLoader(Limits.DEFAULT).load("privacy-patterns.yaml", bytes);
        Node.Mapping root = loaded.root()
                .orElseThrow(() -> new IllegalStateException("privacy patterns unreadable: " + loaded.problems()));
        return new PrivacyPatterns(
                texts(root, "secretKeywords"),
                texts(root, "pinKeywords"),
                new LinkedHashSet<>(texts(root, "notSecrets")),
                new LinkedHashSet<>(texts(root, "privateEmailDomains")));
    }

    private static List<String> texts(Node.Mapping root, String key) {
        List<String> values = new ArrayList<>();
        root.get(key).ifPresent(node -> {
            if (node instanceof Node.Sequence sequence) {
                sequence.items().forEach(item -> item.text().ifPresent(values::add));
            }
        });
        if (values.isEmpty()) {
            throw new IllegalStateException("privacy patterns without " + key);
        }
        return values;
    }

    private static Set<String> lower(Set<String> values) {
        Set<String> lower = new LinkedHashSet<>();
        for (String value : values) {
            lower.add(value.strip().toLowerCase(Locale.ROOT));
        }
        return lower;
    }
}
