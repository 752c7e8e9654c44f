package io.github.somepolicy.report;

import io.github.somepolicy.output.OutputDirectory;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Writes reports to files atomically: a temporary file in the same directory, then a move, so a reader
 * never sees half a report. The temporary file is created like any other file, so the report gets the
 * permissions the umask gives (typically {@code rw-r--r--}) and other users and CI steps can read it.
 */
public final class ReportFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * Writes one report format into a confined output directory.
     *
     * @return the file written
     */
    public static Path write(OutputDirectory directory, ReportFormat format, Report report, Locale locale)
            throws IOException {
        StringWriter text = new StringWriter();
        format.writer().write(report, locale, text);
        return directory.write(format.fileName(), text.toString());
    }

    /** Writes text as UTF-8 to a file through a temporary file and an atomic move. */
    public static Path writeAtomically(Path target, String text) throws IOException {
        return writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes to a file through a temporary file and an atomic move; the file gets the permissions the
     * umask gives, like every other output.
     */
    public static Path writeAtomically(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Not Files.createTempFile: on POSIX it creates the file as rw------- whatever the umask says.
        Path temporary = createTemporary(directory);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
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

    private static Path createTemporary(Path directory) throws IOException {
        byte[] name = new byte[8];
        for (int attempt = 0; ; attempt++) {
            RANDOM.nextBytes(name);
            Path candidate = directory.resolve(".somepolicy-" + HexFormat.of().formatHex(name) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }
}
