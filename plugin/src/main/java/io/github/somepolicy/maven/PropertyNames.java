package io.github.somepolicy.maven;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The user properties of the goals' parameters, in one place and after one scheme: a parameter is set
 * with {@code somepolicy.<parameter>}, its name as in the POM. A goal whose parameter shares its name
 * with another goal's but must be set apart from it puts its own name in between:
 * {@code somepolicy.<goal>.<parameter>} ({@code somepolicy.register.skip}, {@code somepolicy.diff.formats}).
 * The names documented before this scheme keep working: see {@link #OLDER}.
 */
public final class PropertyNames {

    public static final String DIRECTORY = "somepolicy.directory";
    public static final String FAIL_ON = "somepolicy.failOn";
    public static final String SKIP = "somepolicy.skip";
    public static final String REPORT_DIRECTORY = "somepolicy.reportDirectory";
    public static final String FORMATS = "somepolicy.formats";
    public static final String LOCALE = "somepolicy.locale";
    public static final String TODAY = "somepolicy.today";
    public static final String MAX_FILE_BYTES = "somepolicy.maxFileBytes";
    public static final String MAX_FILES = "somepolicy.maxFiles";
    public static final String UP_TO_DATE_CHECK = "somepolicy.upToDateCheck";
    public static final String CACHE = "somepolicy.cache";
    public static final String BASE_REF = "somepolicy.baseRef";
    public static final String FAIL_ON_NEW = "somepolicy.failOnNew";
    public static final String DIFF_FORMATS = "somepolicy.diff.formats";
    public static final String DIFF_WORK_DIRECTORY = "somepolicy.diff.workDirectory";
    public static final String REGISTER_SKIP = "somepolicy.register.skip";
    public static final String REGISTER_OUTPUT_DIRECTORY = "somepolicy.register.outputDirectory";
    public static final String RECORDS_DIRECTORY = "somepolicy.recordsDirectory";
    public static final String PEOPLE_OUTPUT_DIRECTORY = "somepolicy.people.outputDirectory";
    public static final String PEOPLE_SKIP = "somepolicy.people.skip";
    public static final String ALLOW_ERRORS = "somepolicy.allowErrors";
    public static final String RECENTLY_CLOSED_DAYS = "somepolicy.recentlyClosedDays";
    public static final String TEMPLATE_DIRECTORY = "somepolicy.templateDirectory";
    public static final String PROFILE = "somepolicy.profile";
    public static final String SHOW_OFF = "somepolicy.showOff";
    public static final String MUNICIPALITY = "somepolicy.municipality";
    public static final String WEBSITE = "somepolicy.website";
    public static final String IMPORT_FILE = "somepolicy.import.file";
    public static final String IMPORT_ENCODING = "somepolicy.import.encoding";
    public static final String REMINDER_DAYS = "somepolicy.reminderDays";
    public static final String REPORT_SKIP = "somepolicy.report.skip";

    /** The names documented before the scheme, each with the name that replaces it. */
    static final Map<String, String> OLDER = Map.of(
            "somepolicy.diffFormats", DIFF_FORMATS,
            "somepolicy.diffWorkDirectory", DIFF_WORK_DIRECTORY,
            "somepolicy.register.directory", REGISTER_OUTPUT_DIRECTORY,
            "somepolicy.records.directory", RECORDS_DIRECTORY);

    public static final String TEST_SKIP = "somepolicy.test.skip";
    public static final String TEST_NAMES = "somepolicy.test.names";
    public static final String FAIL_ON_UNCOVERED = "somepolicy.failOnUncovered";
    public static final String RULE_PACK_CLASSES = "somepolicy.rulePackClasses";

    private PropertyNames() {}

    /**
     * The value given under an older name of {@code name}, when {@code name} itself is not given: user
     * properties ({@code -D} on the command line) first, then system properties, as Maven reads them.
     */
    static Optional<String> olderValue(String name, Properties user, Properties system) {
        for (Properties properties : new Properties[] {user, system}) {
            if (properties != null && properties.getProperty(name) != null) {
                return Optional.empty();
            }
        }
        for (Map.Entry<String, String> older : OLDER.entrySet()) {
            if (!older.getValue().equals(name)) {
                continue;
            }
            for (Properties properties : new Properties[] {user, system}) {
                if (properties != null && properties.getProperty(older.getKey()) != null) {
                    return Optional.of(properties.getProperty(older.getKey()));
                }
            }
        }
        return Optional.empty();
    }
}
