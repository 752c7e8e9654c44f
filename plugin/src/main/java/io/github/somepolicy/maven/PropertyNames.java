package io.github.somepolicy.maven;

/** The user properties of the plugin's parameters, in one place. */
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
    public static final String BASE_REF = "somepolicy.baseRef";
    public static final String FAIL_ON_NEW = "somepolicy.failOnNew";
    public static final String DIFF_FORMATS = "somepolicy.diffFormats";
    public static final String DIFF_WORK_DIRECTORY = "somepolicy.diffWorkDirectory";
    public static final String REGISTER_SKIP = "somepolicy.register.skip";
    public static final String REGISTER_DIRECTORY = "somepolicy.register.directory";
    public static final String RECORDS_DIRECTORY = "somepolicy.records.directory";
    public static final String ALLOW_ERRORS = "somepolicy.allowErrors";
    public static final String RECENTLY_CLOSED_DAYS = "somepolicy.recentlyClosedDays";
    public static final String TEMPLATE_DIRECTORY = "somepolicy.templateDirectory";
    public static final String PROFILE = "somepolicy.profile";
    public static final String MUNICIPALITY = "somepolicy.municipality";
    public static final String WEBSITE = "somepolicy.website";
    public static final String IMPORT_FILE = "somepolicy.import.file";
    public static final String IMPORT_ENCODING = "somepolicy.import.encoding";

    private PropertyNames() {}
}
