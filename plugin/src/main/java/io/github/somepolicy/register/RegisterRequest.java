package io.github.somepolicy.register;

import io.github.somepolicy.load.Limits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the register needs, free of any build tool's types.
 *
 * @param directory the configuration root
 * @param outputDirectory where the public register is written (HTML, JSON, CSV, the logo)
 * @param recordsDirectory where the internal outputs are written (records-plan extract, obligations calendar)
 * @param today the build's date: what counts as active, recently closed and due, and the calendar's stamp
 * @param locale the language of the pages and the extract
 * @param allowErrors publish even when the configuration has findings at error level
 * @param recentlyClosedDays how many days a closed account stays in the register's closed section
 * @param templateDirectory templates that replace the built-in ones, file by file
 * @param limits the backstops against hostile files
 * @param toolVersion the plugin version
 * @param reminderDays how many days before an obligation the calendar reminds of it; 0 for no reminders
 */
public record RegisterRequest(
        Path directory,
        Path outputDirectory,
        Path recordsDirectory,
        LocalDate today,
        Locale locale,
        boolean allowErrors,
        int recentlyClosedDays,
        Optional<Path> templateDirectory,
        Limits limits,
        String toolVersion,
        int reminderDays) {
    public RegisterRequest {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(recordsDirectory, "recordsDirectory");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(templateDirectory, "templateDirectory");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (recentlyClosedDays < 0) {
            throw new IllegalArgumentException("recentlyClosedDays < 0");
        }
        if (reminderDays < 0) {
            throw new IllegalArgumentException("reminderDays < 0");
        }
    }

    /** A request with the default reminder, {@value #DEFAULT_REMINDER_DAYS} days before each obligation. */
    public RegisterRequest(
            Path directory,
            Path outputDirectory,
            Path recordsDirectory,
            LocalDate today,
            Locale locale,
            boolean allowErrors,
            int recentlyClosedDays,
            Optional<Path> templateDirectory,
            Limits limits,
            String toolVersion) {
        this(
                directory,
                outputDirectory,
                recordsDirectory,
                today,
                locale,
                allowErrors,
                recentlyClosedDays,
                templateDirectory,
                limits,
                toolVersion,
                DEFAULT_REMINDER_DAYS);
    }

    /** The default number of days before an obligation that the calendar reminds of it. */
    public static final int DEFAULT_REMINDER_DAYS = 7;

    /** The default number of days a closed account is still listed. */
    public static final int DEFAULT_RECENTLY_CLOSED_DAYS = 365;
}
