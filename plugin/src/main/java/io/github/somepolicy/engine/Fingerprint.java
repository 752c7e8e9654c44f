package io.github.somepolicy.engine;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.rule.RulePack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Everything that decides the result of a run, reduced to text: the settings (tool version, the content
 * of the engine and of every installed rule pack, with their catalogues, profiles and schemas, the
 * effective parameters and the date rules check against) and the content of every file under the
 * configuration root, by its SHA-256 or, where Git's index holds the file unchanged, its blob's id.
 * Content, never modification times, decides: a checkout, a copy or a touch that changes no byte leaves
 * the fingerprint as it was.
 *
 * <p>Two fingerprints are compared to decide whether a run can be skipped; {@link #differenceFrom}
 * names the first thing that differs, so that the user learns why a run was not skipped.
 *
 * <p>Times only spare reading a file. Beside each hash the fingerprint keeps how the file stood when it
 * was hashed: its size, its modification time to the nanosecond and its identity on the file system
 * (device and inode). A later run takes the hash over without reading the file only when all three are
 * still the same and the file had not been changed in the two seconds before it was hashed (a change
 * within the file system's clock tick could otherwise keep the time); anything else is read and hashed
 * again. A fresh checkout gives every file new times; there Git's index, when the configuration is in a
 * Git work tree, names the files Git holds as unchanged by their blob (see {@link Tracked}).
 *
 * @param settings what the run was asked to do, by name
 * @param files the SHA-256 or {@code git:} blob id of every file under the root, by path relative to it
 * @param stats how each hashed file stood when it was hashed, by path; never compared, only used to
 *     skip hashing a file again
 */
public record Fingerprint(Map<String, String> settings, Map<String, String> files, Map<String, String> stats) {

    /** The file the fingerprint is kept in, next to the reports. */
    public static final String FILE_NAME = "somepolicy-fingerprint.properties";

    private static final String FORMAT = "somepolicy-fingerprint 2";
    private static final String SETTING = "setting.";
    private static final String FILE = "file.";
    private static final String STAT = "stat.";

    /** What a file's content is named by when Git's index names it: its blob's id follows. */
    public static final String GIT_BLOB = "git:";

    /** How many bytes of files not known from the earlier fingerprint make reading Git's index worth it. */
    static final long INDEX_WORTH_BYTES = 4L * 1024 * 1024;

    /** How recently a file may have changed and still have its hash taken over by the next run. */
    private static final long SETTLED_NANOS = 2_000_000_000L;

    public Fingerprint {
        settings = Map.copyOf(settings);
        files = Map.copyOf(files);
        stats = Map.copyOf(stats);
    }

    /**
     * The hashes of a configuration's files and how each file stood when it was hashed.
     *
     * @param files the SHA-256 of every file (or what stands for a link or a file that is not regular)
     * @param stats size, modification time and file identity of each hashed file that had settled
     * @param reused how many hashes were taken over from the earlier fingerprint without reading the file
     * @param indexed how many files were named by their blob in Git's index without reading them
     */
    public record Hashes(Map<String, String> files, Map<String, String> stats, int reused, int indexed) {
        public Hashes {
            files = Map.copyOf(files);
            stats = Map.copyOf(stats);
        }
    }

    /**
     * Takes the fingerprint of a configuration.
     *
     * @param settings the parameters in force, by name, the date among them
     * @param root the configuration root
     * @param leftOut a directory under the root whose files are not inputs, such as the reports'
     * @return the fingerprint, with the engine's and the rule packs' content added to the settings
     * @throws IOException when the root cannot be walked
     */
    public static Fingerprint of(Map<String, String> settings, Path root, Optional<Path> leftOut) throws IOException {
        return of(settings, files(root, leftOut, Optional.empty(), Map::of));
    }

    /**
     * The fingerprint of the given settings and file hashes, with the engine's and the rule packs'
     * content added to the settings.
     *
     * @param settings the parameters in force, by name, the date among them
     * @param hashes what {@link #files} gave
     * @throws IOException when the code's own files cannot be read
     */
    public static Fingerprint of(Map<String, String> settings, Hashes hashes) throws IOException {
        return of(settings, hashes, codeHash());
    }

    /**
     * The fingerprint of the given settings and file hashes, with the code's hash taken ahead.
     *
     * @param settings the parameters in force, by name, the date among them
     * @param hashes what {@link #files} gave
     * @param code what {@link #codeHash} gave
     */
    public static Fingerprint of(Map<String, String> settings, Hashes hashes, String code) {
        Map<String, String> all = new TreeMap<>(settings);
        all.put("engine", code);
        return new Fingerprint(all, hashes.files(), hashes.stats());
    }

    /**
     * The SHA-256 of every file under the root that a run could read, by path relative to it; see
     * the longer {@code files} below. A file that stands as it stood when an earlier fingerprint hashed it keeps
     * that hash unread.
     *
     * @param root the configuration root
     * @param leftOut a directory under the root whose files are not inputs, such as the reports'
     * @param earlier the fingerprint of an earlier run, whose hashes are taken over where they hold
     * @param index the files Git's index holds, by path relative to the root, asked for only when the
     *     files not known from the earlier fingerprint hold 4 MiB or more (below that hashing them is
     *     cheaper than opening the repository)
     * @throws IOException when the root cannot be walked or a file read
     */
    public static Hashes files(
            Path root, Optional<Path> leftOut, Optional<Fingerprint> earlier, Supplier<Map<String, Tracked>> index)
            throws IOException {
        return files(root, leftOut, earlier, index, INDEX_WORTH_BYTES);
    }

    /** The same fingerprint with one more setting, or one setting changed. */
    public Fingerprint withSetting(String name, String value) {
        Map<String, String> all = new TreeMap<>(settings);
        all.put(name, value);
        return new Fingerprint(all, files, stats);
    }

    /**
     * What differs from an earlier fingerprint, as a message for the log; empty when nothing does.
     *
     * @param previous the fingerprint of the run whose reports would be reused
     */
    public Optional<Message> differenceFrom(Fingerprint previous) {
        for (Map.Entry<String, String> setting : new TreeMap<>(settings).entrySet()) {
            if (!setting.getValue().equals(previous.settings().get(setting.getKey()))) {
                return Optional.of(Message.of("mojo.not-up-to-date.setting", setting.getKey()));
            }
        }
        for (String name : new TreeSet<>(previous.settings().keySet())) {
            if (!settings.containsKey(name)) {
                return Optional.of(Message.of("mojo.not-up-to-date.setting", name));
            }
        }
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String before = previous.files().get(file.getKey());
            if (before == null) {
                return Optional.of(Message.of("mojo.not-up-to-date.file-added", file.getKey()));
            }
            if (!before.equals(file.getValue())) {
                return Optional.of(Message.of("mojo.not-up-to-date.file", file.getKey()));
            }
        }
        for (String file : new TreeSet<>(previous.files().keySet())) {
            if (!files.containsKey(file)) {
                return Optional.of(Message.of("mojo.not-up-to-date.file-removed", file));
            }
        }
        return Optional.empty();
    }

    /**
     * The fingerprint as text, with extra entries (such as the outcome of the run) after it.
     *
     * @param extra entries kept with the fingerprint and given back by {@link #parse}
     */
    public String toText(Map<String, String> extra) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        new TreeMap<>(extra).forEach((k, v) -> line(text, k, v));
        new TreeMap<>(settings).forEach((k, v) -> line(text, SETTING + k, v));
        new TreeMap<>(files).forEach((k, v) -> line(text, FILE + k, v));
        new TreeMap<>(stats).forEach((k, v) -> line(text, STAT + k, v));
        return text.toString();
    }

    /**
     * A stored fingerprint with its extra entries; empty when the text is not one this version wrote.
     *
     * @param text what {@link #toText} wrote
     */
    public static Optional<Stored> parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(FORMAT)) {
            return Optional.empty();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> stats = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            int tab = lines[i].indexOf('\t');
            if (tab < 0) {
                return Optional.empty();
            }
            String key = unescape(lines[i].substring(0, tab));
            String value = unescape(lines[i].substring(tab + 1));
            if (key.startsWith(SETTING)) {
                settings.put(key.substring(SETTING.length()), value);
            } else if (key.startsWith(FILE)) {
                files.put(key.substring(FILE.length()), value);
            } else if (key.startsWith(STAT)) {
                stats.put(key.substring(STAT.length()), value);
            } else {
                extra.put(key, value);
            }
        }
        return Optional.of(new Stored(new Fingerprint(settings, files, stats), extra));
    }

    /**
     * A fingerprint read back, with the entries stored beside it.
     *
     * @param fingerprint the fingerprint
     * @param extra the other entries
     */
    public record Stored(Fingerprint fingerprint, Map<String, String> extra) {
        public Stored {
            extra = Map.copyOf(extra);
        }
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(escape(key)).append('\t').append(escape(value)).append('\n');
    }

    private static String escape(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Hashes every file under the root that a run could read, directly or through a reference such as a
     * shared notice, which may name any file: the directories a run never enters (hidden ones, {@code
     * target}, {@code node_modules}) and build logs ({@code *.log}, such as {@code mvn -l}'s) are left out,
     * links are recorded by their target and never followed. A regular file whose size, modification
     * time and identity are those the earlier fingerprint kept for it keeps the earlier hash unread; one
     * that Git's index holds as unchanged is named by its blob, unread (see {@link Tracked}), the index
     * being read once the files not known from the earlier fingerprint hold {@code indexWorthBytes}
     * ({@code 0}: whenever one file is not known).
     *
     * @param configurationRoot the configuration root
     * @param leftOut a directory under the root whose files are not inputs, such as the reports'
     * @param earlier the fingerprint of an earlier run, whose hashes are taken over where they hold
     * @param index the files Git's index holds, by path relative to the root
     * @param indexWorthBytes how many bytes of unknown files make reading the index worth it
     * @throws IOException when the root cannot be walked or a file read
     */
    public static Hashes files(
            Path configurationRoot,
            Optional<Path> leftOut,
            Optional<Fingerprint> earlier,
            Supplier<Map<String, Tracked>> index,
            long indexWorthBytes)
            throws IOException {
        Path root = configurationRoot.toAbsolutePath().normalize();
        Optional<Path> ignored = leftOut.map(p -> p.toAbsolutePath().normalize());
        Map<String, String> hashes = new HashMap<>();
        Map<String, String> stats = new HashMap<>();
        Map<String, String> earlierFiles = earlier.map(Fingerprint::files).orElse(Map.of());
        Map<String, String> earlierStats = earlier.map(Fingerprint::stats).orElse(Map.of());
        long settledBefore = nanos(Instant.now()) - SETTLED_NANOS;
        List<Regular> regulars = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                if (FileScanner.isSkippedDirectory(name)
                        || ignored.filter(dir::equals).isPresent()) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = FileScanner.relative(root, file);
                if (relative.endsWith(".log")) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    hashes.put(relative, "link:" + Files.readSymbolicLink(file));
                } else if (attrs.isRegularFile()) {
                    regulars.add(new Regular(relative, file, attrs));
                } else {
                    hashes.put(relative, "other");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                hashes.put(FileScanner.relative(root, file), "unreadable");
                return FileVisitResult.CONTINUE;
            }
        });
        // Git's index is read only when the files not known from the earlier fingerprint are worth it:
        // opening the repository costs a cold JVM as much as hashing a few megabytes.
        int reused = 0;
        int indexed = 0;
        long unknownBytes = 0;
        List<Regular> unknown = new ArrayList<>();
        for (Regular regular : regulars) {
            String relative = regular.name();
            BasicFileAttributes attrs = regular.attrs();
            Optional<String> stat = stat(attrs, settledBefore);
            stat.ifPresent(value -> stats.put(relative, value));
            String before = earlierFiles.get(relative);
            if (stat.isPresent()
                    && before != null
                    && isContentId(before)
                    && stat.get().equals(earlierStats.get(relative))) {
                hashes.put(relative, before);
                reused++;
            } else {
                unknown.add(regular);
                unknownBytes += attrs.size();
            }
        }
        Map<String, Tracked> tracked = !unknown.isEmpty() && unknownBytes >= indexWorthBytes ? index.get() : Map.of();
        List<Regular> toHash = new ArrayList<>();
        for (Regular regular : unknown) {
            Tracked entry = tracked.get(regular.name());
            if (entry != null && entry.holds(regular.attrs())) {
                hashes.put(regular.name(), entry.id());
                indexed++;
            } else {
                toHash.add(regular);
            }
        }
        // Hashing is most of the work: the files are hashed on every processor.
        String[] hashed = new String[toHash.size()];
        List<Integer> indexes = IntStream.range(0, toHash.size()).boxed().toList();
        ThreadLocal<MessageDigest> digests = ThreadLocal.withInitial(Fingerprint::sha256);
        ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[64 * 1024]);
        try (Workers workers = Workers.of(0, toHash.size())) {
            workers.forEach(indexes, i -> {
                try {
                    hashed[i] = hash(toHash.get(i).file(), digests.get(), buffers.get());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < hashed.length; i++) {
            hashes.put(toHash.get(i).name(), hashed[i]);
        }
        return new Hashes(hashes, stats, reused, indexed);
    }

    /** A regular file the walk found: its path relative to the root, where it is, and how it stands. */
    private record Regular(String name, Path file, BasicFileAttributes attrs) {}

    /**
     * A file as Git's index holds it, when the index may be trusted for it: Git names a file's content by
     * the SHA-1 of its blob ({@code git:<id>}), and records the size and modification time the file had
     * when Git last wrote or read it. While both are still the file's, Git itself counts the file as
     * unchanged ({@code git status}), and so does the fingerprint: a fresh clone in CI is then not hashed
     * again. A result is only ever kept under such a name after its bytes were read and found to give it.
     *
     * @param size the file's size as the index holds it
     * @param modified its modification time as the index holds it
     * @param id {@code git:} and the blob's id
     */
    public record Tracked(long size, Instant modified, String id) {

        /** Whether the file still has the size and time the index holds. */
        boolean holds(BasicFileAttributes attrs) {
            return attrs.size() == size && attrs.lastModifiedTime().toInstant().equals(modified);
        }
    }

    /**
     * How a regular file stands, as text: size, modification time in nanoseconds and identity on the
     * file system; empty when it was modified too recently to be trusted later, or has no identity.
     */
    private static Optional<String> stat(BasicFileAttributes attrs, long settledBefore) {
        Object key = attrs.fileKey();
        long modified = nanos(attrs.lastModifiedTime().toInstant());
        if (key == null || modified >= settledBefore) {
            return Optional.empty();
        }
        return Optional.of(attrs.size() + " " + modified + " " + key);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** Whether a file's entry names its content, not what stands for a link or another kind of file. */
    private static boolean isContentId(String entry) {
        return entry.length() == 64 && entry.indexOf(':') < 0 || entry.startsWith(GIT_BLOB);
    }

    /** The SHA-256 of a file's bytes, read without following a link, in hexadecimal. */
    static String hash(Path file, MessageDigest digest, byte[] buffer) throws IOException {
        digest.reset();
        try (SeekableByteChannel in = Files.newByteChannel(file, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer wrapped = ByteBuffer.wrap(buffer);
            for (int read = in.read(wrapped); read >= 0; read = in.read(wrapped)) {
                digest.update(buffer, 0, read);
                wrapped.clear();
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The hash of the code that decides findings: the jar (or class directory) of the engine and of every
     * installed rule pack, which hold the catalogues, profiles, schemas and messages too. A snapshot
     * build that changes a rule changes it, even under the same version. Kept for the JVM while the
     * jars' names, sizes and times stay, so it can be taken ahead on another thread (a second caller
     * waits for it instead of hashing the same jars again).
     */
    public static synchronized String codeHash() throws IOException {
        Set<Path> sources = codeSources();
        List<String> identity = new ArrayList<>();
        for (Path source : sources) {
            identity.add(source + "|"
                    + (Files.isRegularFile(source)
                            ? Files.size(source) + "|"
                                    + Files.getLastModifiedTime(source).toMillis()
                            : "directory"));
        }
        CodeHash known = lastCodeHash;
        // A jar is hashed once per JVM while its name, size and time stay; class directories every time.
        if (known != null
                && known.identity().equals(identity)
                && !identity.toString().contains("|directory")) {
            return known.hash();
        }
        String hash = hashSources(sources);
        lastCodeHash = new CodeHash(identity, hash);
        return hash;
    }

    private record CodeHash(List<String> identity, String hash) {}

    private static volatile CodeHash lastCodeHash;

    private static Set<Path> codeSources() throws IOException {
        Set<Path> sources = new TreeSet<>();
        addSource(sources, Fingerprint.class);
        // The rule packs are found as the engine finds them, by their service file, but not loaded.
        ClassLoader loader = RulePack.class.getClassLoader();
        for (URL service : Collections.list(loader.getResources("META-INF/services/" + RulePack.class.getName()))) {
            addSource(sources, service);
        }
        return sources;
    }

    private static String hashSources(Set<Path> sources) throws IOException {
        MessageDigest all = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (Path source : sources) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(source)) {
                try (var walk = Files.walk(source)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(source)) {
                files.add(source);
            }
            MessageDigest one = sha256();
            for (Path file : files) {
                all.update(source.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                all.update(hash(file, one, buffer).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static void addSource(Set<Path> sources, Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            addLocation(sources, source.getLocation());
        }
    }

    /** The jar or directory a service file comes from. */
    private static void addSource(Set<Path> sources, URL service) throws IOException {
        String text = service.toString();
        if (text.startsWith("jar:") && text.contains("!/")) {
            addLocation(sources, new URL(text.substring(4, text.indexOf("!/"))));
        } else if (service.getProtocol().equals("file")) {
            try {
                Path file = Path.of(service.toURI());
                // META-INF/services/<name> under a class directory
                addLocation(
                        sources,
                        file.getParent().getParent().getParent().toUri().toURL());
            } catch (URISyntaxException | IllegalArgumentException | NullPointerException e) {
                // Not a plain file: its version says enough.
            }
        }
    }

    private static void addLocation(Set<Path> sources, URL location) {
        try {
            sources.add(Path.of(location.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            // A class from somewhere that is not a file (a custom class loader): its version says enough.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
