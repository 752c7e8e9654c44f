package io.github.somepolicy.diff;

import io.github.somepolicy.model.Node;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Who holds each review role, from the {@code reviewers} section of {@code somepolicy.yaml}. */
final class Reviewers {

    /** The key in {@code somepolicy.yaml}. */
    static final String KEY = "reviewers";

    /** The section as a JSON Pointer. */
    static final String POINTER = "/" + KEY;

    /** A GitHub user ({@code @name}), team ({@code @org/team}) or an e-mail address, as CODEOWNERS takes them. */
    static final Pattern HANDLE = Pattern.compile(
            "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private Reviewers() {}

    /** The section's old place, before it moved to {@code somepolicy.yaml}, and its old spelling of a role. */
    static final String LEGACY_DATA_PROTECTION = "dataProtection";

    /**
     * The reviewers of each role, from the base so that a change cannot choose its own reviewers: the base's
     * {@code somepolicy.yaml}, else (a base written before the section moved there) the base's
     * {@code organisation.yaml}. Only a base without any configuration takes the head's.
     *
     * @param basePolicy the base's policy file
     * @param baseOrganisation the base's organisation file
     * @param headPolicy the head's policy file, given only when the base has no configuration
     */
    static Map<Role, List<String>> of(
            Optional<Node.Mapping> basePolicy,
            Optional<Node.Mapping> baseOrganisation,
            Optional<Node.Mapping> headPolicy) {
        Optional<Node> section = basePolicy.flatMap(p -> p.get(KEY));
        if (section.isEmpty()) {
            section = baseOrganisation.flatMap(o -> o.get(KEY));
        }
        if (section.isEmpty()) {
            section = headPolicy.flatMap(p -> p.get(KEY));
        }
        Map<Role, List<String>> reviewers = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            List<String> handles = new ArrayList<>();
            Optional<Node> entry = section.flatMap(s -> s.child(role.id()));
            if (entry.isEmpty() && role == Role.DATA_PROTECTION) {
                entry = section.flatMap(s -> s.child(LEGACY_DATA_PROTECTION));
            }
            entry.ifPresent(node -> {
                if (node instanceof Node.Sequence list) {
                    list.items().forEach(item -> item.text().map(String::strip).ifPresent(handles::add));
                } else {
                    node.text().map(String::strip).ifPresent(handles::add);
                }
            });
            reviewers.put(
                    role,
                    handles.stream()
                            .filter(h -> HANDLE.matcher(h).matches())
                            .distinct()
                            .toList());
        }
        return reviewers;
    }
}
