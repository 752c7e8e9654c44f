package io.github.somepolicy.output;

import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.VisibleText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A directory a goal writes into (a report directory, the register, the records, the base copy of the
 * change report), confined: its real path lies outside the configuration (except under the folders the
 * caller allows, such as {@code target/}), no symbolic link lies on the way to it or to any file written
 * in it, and a manifest of the files each run wrote, with their checksums, decides what may be deleted
 * later: only a file the plugin wrote and nobody has changed since.
 *
 * <p>Every goal goes through {@link #confine}; every file is written by {@link #write}, atomically
 * (a temporary file beside it, then a move), so no reader sees half a file and a link put where a file
 * was is replaced, never followed.
 */
public final class OutputDirectory {

    /** The manifest of the files the plugin wrote into a directory, one {@code sha256 path} a line. */
    public static final String MANIFEST = ".somepolicy-written";

    /** The folders inside a configuration an output may lie under: {@code target/} only. */
    public static final Predicate<String> UNDER_TARGET = "target"::equals;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Map<String, String> previous;
    /**
     * What this run wrote, with the checksum the manifest records: computed only when the manifest is
     * saved, since a goal that keeps no manifest (the check's reports and cache) need not hash what it
     * writes.
     */
    private final Map<String, Checksum> written = Collections.synchronizedMap(new TreeMap<>());

    private OutputDirectory(Path directory, Map<String, String> previous) {
        this.directory = directory;
        this.previous = previous;
    }

    /** A refusal to use a directory or a path in it, with a message for the user. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        /** The message, as a key and arguments. */
        private final transient Message userMessage;

        RefusedException(Message userMessage) {
            super(userMessage.key() + " " + userMessage.args());
            this.userMessage = userMessage;
        }

        /** What to tell the user. */
        public Message userMessage() {
            return userMessage;
        }
    }

    /**
     * Confines an output directory.
     *
     * @param directory the directory as given
     * @param configuration the configuration root, never written into
     * @param allowedInside the first folder names under the configuration an output may lie under
     * @throws RefusedException when a link lies on the way, the directory lies inside the configuration
     *     outside the folders allowed, holds the configuration, or is not a directory
     */
    public static OutputDirectory confine(Path directory, Path configuration, Predicate<String> allowedInside)
            throws RefusedException {
        Path absolute = directory.toAbsolutePath().normalize();
        Path root = configuration.toAbsolutePath().normalize();
        Path anchor = absolute.startsWith(root) ? root : commonAncestor(absolute, root);
        refuseLinks(anchor, absolute, absolute);
        Path realRoot = real(root);
        Path realDirectory = real(absolute);
        if (realRoot.startsWith(realDirectory)) {
            throw new RefusedException(Message.of("output.holds-configuration", shown(absolute), shown(root)));
        }
        if (realDirectory.startsWith(realRoot)) {
            Path relative = realRoot.relativize(realDirectory);
            if (relative.getNameCount() < 1
                    || !allowedInside.test(relative.getName(0).toString())) {
                throw new RefusedException(Message.of("output.in-configuration", shown(absolute), shown(root)));
            }
        }
        return new OutputDirectory(absolute, readManifest(absolute));
    }

    /** The directory. */
    public Path path() {
        return directory;
    }

    /** Writes text as UTF-8 to a file below the directory. */
    public Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to a file below the directory. */
    public Path write(String relative, byte[] bytes) throws IOException {
        Path target = prepare(relative);
        Path temporary = createTemporary(target.getParent());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        written.put(key(relative), new Checksum(bytes));
        return target;
    }

    /**
     * Copies at most {@code limit} bytes of a stream to a file below the directory.
     *
     * @return whether the stream held more than the limit (the file then holds its first {@code limit}
     *     bytes)
     */
    public boolean copy(String relative, InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
        boolean more = in.read() >= 0;
        write(relative, bytes);
        return more;
    }

    /** Whether the last run wrote a file of this name here (and so may have left it behind). */
    public boolean wroteBefore(String relative) {
        return previous.containsKey(key(relative));
    }

    /** The regular files and links below the directory that no run of the plugin wrote, in path order. */
    public List<String> foreignFiles() throws IOException {
        List<String> foreign = new ArrayList<>(files());
        foreign.removeIf(previous::containsKey);
        return foreign;
    }

    /** Every file and link below the directory but the manifest, in path order. */
    public List<String> files() throws IOException {
        List<String> foreign = new ArrayList<>();
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return foreign;
        }
        try (var walk = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (path.equals(directory) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String relative = key(directory.relativize(path).toString());
                if (!relative.equals(MANIFEST)) {
                    foreign.add(relative);
                }
            }
        }
        Collections.sort(foreign);
        return foreign;
    }

    /**
     * Deletes the files an earlier run wrote that this run has not written again, when they are still
     * as written (same checksum, a regular file, no link on the way); then folders left empty by that.
     *
     * @return the files deleted
     */
    public List<String> removeStale() throws IOException {
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, String> entry : previous.entrySet()) {
            if (written.containsKey(entry.getKey())) {
                continue;
            }
            Optional<Path> file = ownFile(entry.getKey(), entry.getValue());
            if (file.isPresent()) {
                Files.deleteIfExists(file.get());
                removed.add(entry.getKey());
                removeEmptyParents(file.get().getParent());
            }
        }
        return removed;
    }

    /** Records what this run wrote (and what earlier runs wrote and is still there) in the manifest. */
    public void saveManifest() throws IOException {
        Map<String, String> kept = new TreeMap<>();
        for (Map.Entry<String, String> entry : previous.entrySet()) {
            if (ownFile(entry.getKey(), entry.getValue()).isPresent()) {
                kept.put(entry.getKey(), entry.getValue());
            }
        }
        synchronized (written) {
            written.forEach((path, checksum) -> kept.put(path, checksum.value()));
        }
        StringBuilder text = new StringBuilder();
        kept.forEach((path, sum) -> text.append(sum).append(' ').append(path).append('\n'));
        Path target = prepare(MANIFEST);
        Path temporary = createTemporary(directory);
        try {
            Files.write(temporary, text.toString().getBytes(StandardCharsets.UTF_8));
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file of a manifest entry, when it is still the plugin's: inside, no link, same content. */
    private Optional<Path> ownFile(String relative, String sum) throws IOException {
        Path file;
        try {
            file = inside(relative);
            refuseLinks(directory, file, file);
        } catch (RefusedException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(64 * 1024 * 1024);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return sha256(bytes).equals(sum) ? Optional.of(file) : Optional.empty();
    }

    private void removeEmptyParents(Path folder) throws IOException {
        Path current = folder;
        while (current != null && current.startsWith(directory) && !current.equals(directory)) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
            current = current.getParent();
        }
    }

    /** The path of a file below the directory, its folders created, with no link on the way. */
    private Path prepare(String relative) throws IOException {
        Path target = inside(relative);
        Path folder = directory;
        createFolder(folder);
        for (Path part : directory.relativize(target.getParent() == null ? directory : target.getParent())) {
            if (part.toString().isEmpty()) {
                continue;
            }
            folder = folder.resolve(part);
            createFolder(folder);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(Message.of("output.not-a-file", shown(target)));
        }
        return target;
    }

    private void createFolder(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new RefusedException(Message.of("output.link", shown(folder), shown(directory)));
        }
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new RefusedException(Message.of("output.not-a-directory", shown(folder)));
            }
            return;
        }
        Path parent = folder.getParent();
        if (parent != null && !Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
            createFolder(parent);
        }
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new RefusedException(Message.of("output.link", shown(folder), shown(directory)));
            }
        }
    }

    private Path inside(String relative) throws RefusedException {
        String name = key(relative);
        Path target;
        try {
            target = directory.resolve(name).normalize();
        } catch (RuntimeException e) {
            throw new RefusedException(Message.of("output.outside", relative, shown(directory)));
        }
        if (name.isEmpty()
                || name.startsWith("/")
                || name.indexOf('\0') >= 0
                || !target.startsWith(directory)
                || target.equals(directory)) {
            throw new RefusedException(Message.of("output.outside", relative, shown(directory)));
        }
        return target;
    }

    /** Every existing component from below {@code anchor} down to {@code path}: none may be a link. */
    private static void refuseLinks(Path anchor, Path path, Path shownAs) throws RefusedException {
        if (!path.startsWith(anchor)) {
            return;
        }
        Path current = anchor;
        for (Path part : anchor.relativize(path)) {
            if (part.toString().isEmpty()) {
                continue;
            }
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                throw new RefusedException(Message.of("output.link", shown(current), shown(shownAs)));
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
        }
    }

    private static Path commonAncestor(Path a, Path b) {
        Path common = a.getRoot();
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n && a.getName(i).equals(b.getName(i)); i++) {
            common = common == null ? a.getName(i) : common.resolve(a.getName(i));
        }
        return common == null ? a : common;
    }

    /** The real path of the longest existing prefix, with the rest appended. */
    static Path real(Path absolute) {
        Path existing = absolute;
        List<Path> rest = new ArrayList<>();
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                for (int i = rest.size() - 1; i >= 0; i--) {
                    real = real.resolve(rest.get(i));
                }
                return real.normalize();
            } catch (IOException e) {
                if (existing.getFileName() != null) {
                    rest.add(existing.getFileName());
                }
                existing = existing.getParent();
            }
        }
        return absolute;
    }

    private static Map<String, String> readManifest(Path directory) {
        Map<String, String> entries = new TreeMap<>();
        Path manifest = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        try (InputStream in = Files.newInputStream(manifest, LinkOption.NOFOLLOW_LINKS)) {
            String text = new String(in.readNBytes(4 * 1024 * 1024), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                int space = line.indexOf(' ');
                if (space == 64 && line.length() > 65) {
                    entries.put(key(line.substring(65)), line.substring(0, 64));
                }
            }
        } catch (IOException e) {
            // an unreadable manifest lets nothing be deleted
        }
        return entries;
    }

    private static String key(String relative) {
        return relative.replace('\\', '/');
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path createTemporary(Path folder) throws IOException {
        byte[] name = new byte[8];
        for (int attempt = 0; ; attempt++) {
            RANDOM.nextBytes(name);
            Path candidate = folder.resolve(".somepolicy-" + HexFormat.of().formatHex(name) + ".tmp");
            try {
                // Not Files.createTempFile: on POSIX it creates the file as rw------- whatever the umask says.
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * The SHA-256 of bytes written. A small file's is taken at once; a large file's (a report, the result
     * cache) only when first asked for, since the goal that writes them keeps no manifest, and its bytes are
     * let go then: a goal that writes many pages holds none of them.
     */
    private static final class Checksum {
        private static final int TAKEN_LATER = 256 * 1024;

        private byte[] bytes;
        private String value;

        Checksum(byte[] bytes) {
            if (bytes.length < TAKEN_LATER) {
                this.value = sha256(bytes);
            } else {
                this.bytes = bytes;
            }
        }

        synchronized String value() {
            if (value == null) {
                value = sha256(bytes);
                bytes = null;
            }
            return value;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path as shown to users: control characters and invalid names made visible. */
    static String shown(Path path) {
        return VisibleText.of(path.toString());
    }

    /** Whether a path exists as a real directory (not a link). */
    static boolean isDirectory(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isDirectory();
        } catch (IOException e) {
            return false;
        }
    }
}
