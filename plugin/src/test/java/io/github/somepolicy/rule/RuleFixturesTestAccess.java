package io.github.somepolicy.rule;

import java.io.IOException;
import java.nio.file.Path;

/** Fixture copying for tests in other packages. */
public final class RuleFixturesTestAccess {

    private RuleFixturesTestAccess() {}

    public static void copy(Path from, Path to) throws IOException {
        RuleFixturesTest.copy(from, to);
    }
}
