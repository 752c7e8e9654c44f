package io.github.somepolicy.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** Writes reports to files atomically: a temporary file in the same directory, then a move. */
public final class ReportFiles {

    private ReportFiles() {}

    /**
     * Writes one report format into a directory.
     *
     * @return the file written
     */
    public static Path write(Path directory, ReportFormat format, Report report, Locale locale) throws IOException {
        StringWriter text = new StringWriter();
        format.writer().write(report, locale, text);
        return writeAtomically(directory.resolve(format.fileName()), text.toString());
    }

    /** Writes text as UTF-8 to a file through a temporary file and an atomic move. */
    public static Path writeAtomically(Path target, String text) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".somepolicy-", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                out.write(text);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
