package io.github.somepolicy.rule.cross;

import java.util.Map;
import java.util.TreeMap;

/** The built-in checks across accounts by name, listed explicitly and sorted: no classpath scanning. */
public final class CrossChecks {

    private CrossChecks() {}

    /** Every check across accounts, keyed by the name the catalogue uses. */
    public static Map<String, CrossCheck> all() {
        Map<String, CrossCheck> checks = new TreeMap<>();
        checks.put("backup-load", new BackupLoadCheck());
        checks.put("departed-person", new DepartedPersonCheck());
        checks.put("duplicate-account", new DuplicateAccountCheck());
        checks.put("same-name", new SameNameCheck());
        checks.put("shared-absence", new SharedAbsenceCheck());
        return checks;
    }
}
