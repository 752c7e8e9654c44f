package io.github.somepolicy.engine;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.ReferenceResolver;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.SourcePosition;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.rule.Severity;
import io.github.somepolicy.rule.cross.AccountEntry;
import io.github.somepolicy.rule.notice.NoticeEvidence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * The per-file results of earlier runs, so that a run validates again only the files whose result may
 * have changed.
 *
 * <p>A file's result is kept under a key that holds everything it depends on: the SHA-256 of the file's
 * bytes and its path, and the key of the run, which is the hash of the engine's and the rule packs'
 * code, the tool version, the date, the limits and the content of the context every file is checked
 * against (the policy files, with any file a policy extends, and the organisation). Beside the key, the
 * result lists the files its rules referred to (a shared notice), each with what resolving the reference
 * gave and the SHA-256 of the file it led to. A result is reused only when its key is the key the file
 * has now and every reference still leads to the same bytes; otherwise the file is read, checked and its
 * new result kept. A result holds the file's kind, its findings before waivers (they are applied to the
 * whole report after the per-file phase, as in a run without the cache) and the file's entry in the
 * index of the phase after all files.
 *
 * <p>The kept results are written as one file with a checksum; one that is damaged, cut short or written
 * by something else is not used (and the run says so in one line), which costs a full run and nothing
 * else.
 */
public final class ResultCache {

    /** The name of the cache file in the plugin's output directory. */
    public static final String FILE_NAME = "somepolicy-cache.bin";

    private static final String MAGIC = "somepolicy-result-cache";
    private static final int FORMAT = 3;
    private static final int MAX_STRING = 16 * 1024 * 1024;

    private final boolean enabled;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final Map<Path, String> referenced = new ConcurrentHashMap<>();
    private volatile Map<String, String> known = Map.of();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger checked = new AtomicInteger();

    private ResultCache(boolean enabled, Map<String, Entry> previous) {
        this.enabled = enabled;
        this.previous = previous;
    }

    /** No cache: every file is checked, nothing is hashed or kept. */
    public static ResultCache none() {
        return new ResultCache(false, Map.of());
    }

    /** An empty cache: every file is checked and its result kept. */
    public static ResultCache empty() {
        return new ResultCache(true, Map.of());
    }

    /**
     * Reads the results an earlier run wrote.
     *
     * @param bytes what {@link #toBytes()} wrote
     * @return the cache, or empty when the bytes are not a cache this version of the engine wrote in one
     *     piece
     */
    public static Optional<ResultCache> parse(byte[] bytes) {
        if (bytes.length < Long.BYTES) {
            return Optional.empty();
        }
        int bodyLength = bytes.length - Long.BYTES;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bodyLength);
        long stored = 0;
        for (int i = bodyLength; i < bytes.length; i++) {
            stored = (stored << 8) | (bytes[i] & 0xff);
        }
        if (stored != crc.getValue()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bodyLength))) {
            if (!MAGIC.equals(readString(in)) || in.readInt() != FORMAT) {
                return Optional.empty();
            }
            int count = in.readInt();
            Map<String, Entry> entries = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                String key = readString(in);
                entries.put(key, readEntry(in));
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new ResultCache(true, entries));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Gives the SHA-256 of files already taken for this run (the up-to-date check's fingerprint), so that
     * a file whose result can be reused is not read again. A file whose result is not reused is read and
     * its result kept under the hash of the bytes read.
     *
     * @param hashes the SHA-256 of files by path relative to the root
     */
    public void knowHashes(Map<String, String> hashes) {
        known = Map.copyOf(hashes);
    }

    /** The hash of a file already taken for this run, if any. */
    Optional<String> knownHash(String file) {
        return Optional.ofNullable(known.get(file));
    }

    /** Whether results are looked up and kept. */
    public boolean enabled() {
        return enabled;
    }

    /** How many files' results were reused in the run. */
    public int reused() {
        return reused.get();
    }

    /** How many files were checked and their results kept in the run. */
    public int checked() {
        return checked.get();
    }

    /** How many results the cache holds for the next run: those of the files this run saw. */
    public int size() {
        return current.size();
    }

    /**
     * The results kept by this run, to be read by the next: only those of files this run saw, so the
     * cache never grows with files that are gone.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            writeString(out, MAGIC);
            out.writeInt(FORMAT);
            Map<String, Entry> sorted = new TreeMap<>(current);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Entry> entry : sorted.entrySet()) {
                writeString(out, entry.getKey());
                writeEntry(out, entry.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        CRC32 crc = new CRC32();
        byte[] body = buffer.toByteArray();
        crc.update(body);
        long value = crc.getValue();
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer.write((int) (value >>> shift));
        }
        return buffer.toByteArray();
    }

    /**
     * The result of a file for this run, when an earlier run left one that still holds.
     *
     * @param runKey the key of the run the file is checked in
     * @param file the file's path relative to the root
     * @param contentHash the SHA-256 of its bytes
     * @param root the configuration root, against which the references are resolved again
     */
    Optional<Entry> lookup(String runKey, String file, String contentHash, Path root) {
        if (!enabled) {
            return Optional.empty();
        }
        String key = fileKey(runKey, file, contentHash);
        Entry entry = previous.get(key);
        if (entry == null) {
            entry = current.get(key);
        }
        if (entry == null || entry.kind().filter(Validator::isContextKind).isPresent()) {
            return Optional.empty();
        }
        for (Reference reference : entry.references()) {
            if (!reference.resolved().equals(describe(root, reference.reference()))) {
                return Optional.empty();
            }
        }
        current.put(key, entry);
        reused.incrementAndGet();
        return Optional.of(entry);
    }

    /** Keeps the result of a file checked in this run. */
    void keep(String runKey, String file, String contentHash, Entry entry) {
        if (enabled) {
            current.put(fileKey(runKey, file, contentHash), entry);
            checked.incrementAndGet();
        }
    }

    /**
     * The references a check made, with what each gave now, in the order first made.
     *
     * @param root the configuration root
     * @param made the references as written, as {@link ReferenceResolver} noted them
     */
    List<Reference> references(Path root, List<String> made) {
        if (made.isEmpty()) {
            return List.of();
        }
        List<Reference> list = new ArrayList<>();
        for (String reference : made.stream().distinct().toList()) {
            list.add(new Reference(reference, describe(root, reference)));
        }
        return List.copyOf(list);
    }

    /**
     * What a reference leads to, as text: how it resolved and, for a file, its path and the SHA-256 of
     * its bytes. The same reference is resolved once per run.
     */
    String describe(Path root, String reference) {
        return references.computeIfAbsent(reference, r -> {
            ReferenceResolver.Resolution resolution = new ReferenceResolver(root).resolve(r);
            if (resolution.path().isEmpty()) {
                return resolution.status().name();
            }
            Path path = resolution.path().get();
            return resolution.status().name() + ":"
                    + FileScanner.relative(root.toAbsolutePath().normalize(), path) + ":"
                    + referenced.computeIfAbsent(path, ResultCache::hashFile);
        });
    }

    private static String hashFile(Path path) {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    /** The SHA-256 of bytes, in hexadecimal. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The SHA-256 of texts, each followed by a separator no text holds. */
    static String sha256(List<String> parts) {
        MessageDigest digest = digest();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    private static MessageDigest digest() {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        return digest;
    }

    private static String fileKey(String runKey, String file, String contentHash) {
        return sha256(List.of(runKey, file, contentHash));
    }

    /**
     * A reference a file's rules made, and what it led to.
     *
     * @param reference the path as written in the file
     * @param resolved how it resolved and, for a file, its path and content hash
     */
    record Reference(String reference, String resolved) {}

    /**
     * One file's result.
     *
     * @param kind the file's kind, when it has one
     * @param references the files its rules referred to
     * @param loadFindings the problems reading, parsing and schema-checking it, before waivers
     * @param checkFindings what its rules found, before waivers
     * @param index an account's entry in the index the rules across accounts read, after all files
     * @param notices what the notice rules found in the notices the file's account uses
     */
    record Entry(
            Optional<FileKind> kind,
            List<Reference> references,
            List<Finding> loadFindings,
            List<Finding> checkFindings,
            Optional<AccountEntry> index,
            List<NoticeEvidence> notices) {
        Entry {
            notices = List.copyOf(notices);
            references = List.copyOf(references);
            loadFindings = List.copyOf(loadFindings);
            checkFindings = List.copyOf(checkFindings);
        }
    }

    private static void writeEntry(DataOutputStream out, Entry entry) throws IOException {
        writeString(out, entry.kind().map(FileKind::id).orElse(""));
        out.writeInt(entry.references().size());
        for (Reference reference : entry.references()) {
            writeString(out, reference.reference());
            writeString(out, reference.resolved());
        }
        writeFindings(out, entry.loadFindings());
        writeFindings(out, entry.checkFindings());
        out.writeBoolean(entry.index().isPresent());
        if (entry.index().isPresent()) {
            writeAccount(out, entry.index().get());
        }
        out.writeInt(entry.notices().size());
        for (NoticeEvidence notice : entry.notices()) {
            writeString(out, notice.notice());
            out.writeInt(notice.topics().size());
            for (NoticeEvidence.Topic topic : notice.topics()) {
                writeString(out, topic.ruleId());
                writeString(out, topic.key());
                out.writeBoolean(topic.covered());
                out.writeInt(topic.line());
                writeString(out, topic.sentence());
            }
        }
    }

    private static void writeAccount(DataOutputStream out, AccountEntry account) throws IOException {
        for (String text : List.of(
                account.file(),
                account.name(),
                account.platform(),
                account.handle(),
                account.address(),
                account.unit(),
                account.status(),
                account.accountType(),
                account.absencePolicy())) {
            writeString(out, text);
        }
        out.writeInt(account.positions().size());
        for (Map.Entry<String, Location> position : account.positions().entrySet()) {
            writeString(out, position.getKey());
            writeLocation(out, position.getValue());
        }
        out.writeInt(account.people().size());
        for (AccountEntry.PersonEntry person : account.people()) {
            writeString(out, person.name());
            writeString(out, person.email());
            writeString(out, person.role());
            writeLocation(out, person.location());
            out.writeInt(person.absences().size());
            for (AccountEntry.Absence absence : person.absences()) {
                writeString(out, absence.from().toString());
                writeString(out, absence.to().toString());
                writeString(out, absence.note());
                writeLocation(out, absence.location());
            }
        }
    }

    private static AccountEntry readAccount(DataInputStream in) throws IOException {
        String[] texts = new String[9];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = readString(in);
        }
        int positionCount = count(in);
        Map<String, Location> positions = new HashMap<>();
        for (int i = 0; i < positionCount; i++) {
            positions.put(readString(in), readLocation(in));
        }
        int peopleCount = count(in);
        List<AccountEntry.PersonEntry> people = new ArrayList<>(peopleCount);
        for (int i = 0; i < peopleCount; i++) {
            String name = readString(in);
            String email = readString(in);
            String role = readString(in);
            Location location = readLocation(in);
            int absenceCount = count(in);
            List<AccountEntry.Absence> absences = new ArrayList<>(absenceCount);
            for (int a = 0; a < absenceCount; a++) {
                absences.add(new AccountEntry.Absence(
                        LocalDate.parse(readString(in)),
                        LocalDate.parse(readString(in)),
                        readString(in),
                        readLocation(in)));
            }
            people.add(new AccountEntry.PersonEntry(name, email, role, location, absences));
        }
        return new AccountEntry(
                texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], texts[7], texts[8], positions,
                people);
    }

    private static Entry readEntry(DataInputStream in) throws IOException {
        String kindId = readString(in);
        Optional<FileKind> kind = kindId.isEmpty() ? Optional.empty() : FileKind.fromId(kindId);
        if (!kindId.isEmpty() && kind.isEmpty()) {
            throw new IOException("unknown kind");
        }
        int count = count(in);
        List<Reference> references = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            references.add(new Reference(readString(in), readString(in)));
        }
        List<Finding> load = readFindings(in);
        List<Finding> check = readFindings(in);
        Optional<AccountEntry> index = in.readBoolean() ? Optional.of(readAccount(in)) : Optional.empty();
        int notices = count(in);
        List<NoticeEvidence> evidence = new ArrayList<>(notices);
        for (int i = 0; i < notices; i++) {
            String notice = readString(in);
            int topics = count(in);
            List<NoticeEvidence.Topic> read = new ArrayList<>(topics);
            for (int t = 0; t < topics; t++) {
                read.add(new NoticeEvidence.Topic(
                        readString(in), readString(in), in.readBoolean(), in.readInt(), readString(in)));
            }
            evidence.add(new NoticeEvidence(notice, read));
        }
        return new Entry(kind, references, load, check, index, evidence);
    }

    private static void writeFindings(DataOutputStream out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding finding : findings) {
            writeString(out, finding.ruleId());
            writeString(out, finding.severity().id());
            writeLocation(out, finding.location());
            out.writeInt(finding.related().size());
            for (Location related : finding.related()) {
                writeLocation(out, related);
            }
            writeString(out, finding.message().key());
            out.writeInt(finding.message().args().size());
            for (String arg : finding.message().args()) {
                writeString(out, arg);
            }
        }
    }

    private static List<Finding> readFindings(DataInputStream in) throws IOException {
        int count = count(in);
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String rule = readString(in);
            Severity severity = Severity.fromId(readString(in)).orElseThrow(() -> new IOException("severity"));
            Location location = readLocation(in);
            int relatedCount = count(in);
            List<Location> related = new ArrayList<>(relatedCount);
            for (int r = 0; r < relatedCount; r++) {
                related.add(readLocation(in));
            }
            String key = readString(in);
            int argCount = count(in);
            List<String> args = new ArrayList<>(argCount);
            for (int a = 0; a < argCount; a++) {
                args.add(readString(in));
            }
            findings.add(new Finding(rule, severity, location, related, new Message(key, args), Optional.empty()));
        }
        return findings;
    }

    private static void writeLocation(DataOutputStream out, Location location) throws IOException {
        writeString(out, location.file());
        out.writeInt(location.start().line());
        out.writeInt(location.start().column());
        out.writeInt(location.end().line());
        out.writeInt(location.end().column());
        writeString(out, location.pointer());
    }

    private static Location readLocation(DataInputStream in) throws IOException {
        String file = readString(in);
        SourcePosition start = new SourcePosition(in.readInt(), in.readInt());
        SourcePosition end = new SourcePosition(in.readInt(), in.readInt());
        return new Location(file, start, end, readString(in));
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("bad count");
        }
        return count;
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING || length > in.available()) {
            throw new IOException("bad length");
        }
        byte[] bytes = in.readNBytes(length);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
