package io.github.somepolicy.diff;

import java.util.List;
import java.util.Objects;

/**
 * A review a change needs: the role, who holds it, and why.
 *
 * @param role the role
 * @param reviewers the reviewers configured for the role in {@code somepolicy.yaml}, possibly none
 * @param changes the kinds of change that need it, by id
 * @param rules the rules of introduced or fixed findings in the role's area
 * @param files the files it concerns, relative to the configuration root
 */
public record Review(Role role, List<String> reviewers, List<String> changes, List<String> rules, List<String> files) {
    public Review {
        Objects.requireNonNull(role, "role");
        reviewers = List.copyOf(reviewers);
        changes = List.copyOf(changes);
        rules = List.copyOf(rules);
        files = List.copyOf(files);
    }
}
