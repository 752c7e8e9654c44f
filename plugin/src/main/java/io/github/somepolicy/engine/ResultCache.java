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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final int FORMAT = 4;
    private static final int MAX_STRING = 16 * 1024 * 1024;

    private final boolean enabled;
    private final Map<Key, Entry> previous;
    private final Map<Key, Entry> current = new ConcurrentHashMap<>();
    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final Map<Path, String> referenced = new ConcurrentHashMap<>();
    private volatile Map<String, String> known = Map.of();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger checked = new AtomicInteger();

    /** Whether the earlier results are kept under Git's blob names, and under SHA-256s. */
    private final boolean holdsBlobNames;

    private final boolean holdsSha256s;

    private ResultCache(boolean enabled, Map<Key, Entry> previous) {
        this.enabled = enabled;
        this.previous = previous;
        boolean blobs = false;
        boolean sha256s = false;
        for (Key key : previous.keySet()) {
            boolean blob = key.content().startsWith(Fingerprint.GIT_BLOB);
            blobs |= blob;
            sha256s |= !blob;
        }
        this.holdsBlobNames = blobs;
        this.holdsSha256s = sha256s;
    }

    /**
     * The other name of the same bytes, when the earlier results hold names of that kind: a run without
     * the up-to-date check names every file by its SHA-256, one with it names the files Git holds by
     * their blob, and a result kept by either is found by the other.
     *
     * @param bytes the file's bytes
     * @param id what {@link #contentId} named them
     */
    Optional<String> otherContentId(byte[] bytes, String id) {
        boolean blob = id.startsWith(Fingerprint.GIT_BLOB);
        if (blob ? !holdsSha256s : !holdsBlobNames) {
            return Optional.empty();
        }
        return Optional.of(blob ? sha256(bytes) : contentId(bytes, Optional.of(Fingerprint.GIT_BLOB)));
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
        if (!checksumHolds(bytes)) {
            return Optional.empty();
        }
        int bodyLength = bytes.length - Long.BYTES;
        try {
            In in = new In(bytes, bodyLength);
            if (!MAGIC.equals(in.literal()) || in.number() != FORMAT) {
                return Optional.empty();
            }
            in.readTable();
            int count = in.count();
            Map<Key, Entry> entries = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                Key key = new Key(in.string(), in.string(), in.string());
                entries.put(key, readEntry(in));
            }
            if (!in.atEnd()) {
                return Optional.empty();
            }
            return Optional.of(new ResultCache(true, entries));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the bytes end with the CRC-32 of what comes before, as {@link #toBytes} writes it. */
    private static boolean checksumHolds(byte[] bytes) {
        if (bytes.length < Long.BYTES) {
            return false;
        }
        int bodyLength = bytes.length - Long.BYTES;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bodyLength);
        long stored = 0;
        for (int i = bodyLength; i < bytes.length; i++) {
            stored = (stored << 8) | (bytes[i] & 0xff);
        }
        return stored == crc.getValue();
    }

    /**
     * Whether bytes that {@link #parse} did not take are a whole cache of another format (one written by
     * another version of the plugin) rather than a damaged file or no cache at all: the checksum holds
     * and the file starts with the cache's name, in this format's or the earlier fixed-width form.
     */
    public static boolean isOtherVersion(byte[] bytes) {
        if (bytes.length < Long.BYTES + MAGIC.length() + 1 || !checksumHolds(bytes)) {
            return false;
        }
        int bodyLength = bytes.length - Long.BYTES;
        byte[] name = MAGIC.getBytes(StandardCharsets.UTF_8);
        for (int start : new int[] {1, Integer.BYTES}) {
            if (bodyLength >= start + name.length
                    && Arrays.equals(bytes, start, start + name.length, name, 0, name.length)) {
                return true;
            }
        }
        return false;
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
        Out out = new Out();
        Map<Key, Entry> sorted = new TreeMap<>(current);
        out.count(sorted.size());
        for (Map.Entry<Key, Entry> entry : sorted.entrySet()) {
            out.string(entry.getKey().run());
            out.string(entry.getKey().file());
            out.string(entry.getKey().content());
            writeEntry(out, entry.getValue());
        }
        Out file = new Out();
        file.literal(MAGIC);
        file.number(FORMAT);
        file.table(out);
        file.append(out);
        CRC32 crc = new CRC32();
        crc.update(file.bytes, 0, file.size);
        long value = crc.getValue();
        for (int shift = 56; shift >= 0; shift -= 8) {
            file.raw(value >>> shift);
        }
        return Arrays.copyOf(file.bytes, file.size);
    }

    /** Whether this run's results are the ones the cache was read with, so that writing it again changes nothing. */
    public boolean unchanged() {
        return checked.get() == 0 && current.keySet().equals(previous.keySet());
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
        Key key = new Key(runKey, file, contentHash);
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
            current.put(new Key(runKey, file, contentHash), entry);
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
        try {
            return Fingerprint.hash(path, digest(), new byte[64 * 1024]);
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    /**
     * What a file's bytes are named by, in the kind of name the fingerprint gave the file: the id of Git's
     * blob of these bytes when the fingerprint named it by Git's index ({@code git:<id>}), else their
     * SHA-256. A result is kept under a name only once the bytes read give it.
     *
     * @param bytes the file's bytes
     * @param known what the fingerprint named the file by, if anything
     */
    static String contentId(byte[] bytes, Optional<String> known) {
        if (known.filter(id -> id.startsWith(Fingerprint.GIT_BLOB)).isEmpty()) {
            return sha256(bytes);
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return Fingerprint.GIT_BLOB + HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
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

    /**
     * What a file's result is kept under: the run's key, the file's path and the SHA-256 of its bytes.
     *
     * @param run the key of the run (code, version, date, limits, policy and organisation)
     * @param file the path relative to the root
     * @param content the SHA-256 of the file's bytes
     */
    private record Key(String run, String file, String content) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byFile = file.compareTo(other.file);
            if (byFile != 0) {
                return byFile;
            }
            int byRun = run.compareTo(other.run);
            return byRun != 0 ? byRun : content.compareTo(other.content);
        }
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

    private static void writeEntry(Out out, Entry entry) {
        out.string(entry.kind().map(FileKind::id).orElse(""));
        out.count(entry.references().size());
        for (Reference reference : entry.references()) {
            out.string(reference.reference());
            out.string(reference.resolved());
        }
        writeFindings(out, entry.loadFindings());
        writeFindings(out, entry.checkFindings());
        out.flag(entry.index().isPresent());
        if (entry.index().isPresent()) {
            writeAccount(out, entry.index().get());
        }
        out.count(entry.notices().size());
        for (NoticeEvidence notice : entry.notices()) {
            out.string(notice.notice());
            out.count(notice.topics().size());
            for (NoticeEvidence.Topic topic : notice.topics()) {
                out.string(topic.ruleId());
                out.string(topic.key());
                out.flag(topic.covered());
                out.number(topic.line());
                out.string(topic.sentence());
            }
        }
    }

    private static void writeAccount(Out out, AccountEntry account) {
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
            out.string(text);
        }
        out.count(account.positions().size());
        for (Map.Entry<String, Location> position : account.positions().entrySet()) {
            out.string(position.getKey());
            writeLocation(out, position.getValue());
        }
        out.count(account.people().size());
        for (AccountEntry.PersonEntry person : account.people()) {
            out.string(person.name());
            out.string(person.email());
            out.string(person.role());
            writeLocation(out, person.location());
            out.count(person.absences().size());
            for (AccountEntry.Absence absence : person.absences()) {
                out.string(absence.from().toString());
                out.string(absence.to().toString());
                out.string(absence.note());
                writeLocation(out, absence.location());
            }
        }
    }

    private static AccountEntry readAccount(In in) throws IOException {
        String[] texts = new String[9];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = in.string();
        }
        int positionCount = in.count();
        Map<String, Location> positions = new HashMap<>();
        for (int i = 0; i < positionCount; i++) {
            positions.put(in.string(), readLocation(in));
        }
        int peopleCount = in.count();
        List<AccountEntry.PersonEntry> people = new ArrayList<>(peopleCount);
        for (int i = 0; i < peopleCount; i++) {
            String name = in.string();
            String email = in.string();
            String role = in.string();
            Location location = readLocation(in);
            int absenceCount = in.count();
            List<AccountEntry.Absence> absences = new ArrayList<>(absenceCount);
            for (int a = 0; a < absenceCount; a++) {
                absences.add(new AccountEntry.Absence(in.date(), in.date(), in.string(), readLocation(in)));
            }
            people.add(new AccountEntry.PersonEntry(name, email, role, location, absences));
        }
        return new AccountEntry(
                texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], texts[7], texts[8], positions,
                people);
    }

    private static Entry readEntry(In in) throws IOException {
        String kindId = in.string();
        Optional<FileKind> kind = kindId.isEmpty() ? Optional.empty() : FileKind.fromId(kindId);
        if (!kindId.isEmpty() && kind.isEmpty()) {
            throw new IOException("unknown kind");
        }
        int count = in.count();
        List<Reference> references = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            references.add(new Reference(in.string(), in.string()));
        }
        List<Finding> load = readFindings(in);
        List<Finding> check = readFindings(in);
        Optional<AccountEntry> index = in.flag() ? Optional.of(readAccount(in)) : Optional.empty();
        int notices = in.count();
        List<NoticeEvidence> evidence = new ArrayList<>(notices);
        for (int i = 0; i < notices; i++) {
            String notice = in.string();
            int topics = in.count();
            List<NoticeEvidence.Topic> read = new ArrayList<>(topics);
            for (int t = 0; t < topics; t++) {
                read.add(in.topic());
            }
            evidence.add(new NoticeEvidence(notice, read));
        }
        return new Entry(kind, references, load, check, index, evidence);
    }

    private static void writeFindings(Out out, List<Finding> findings) {
        out.count(findings.size());
        for (Finding finding : findings) {
            out.string(finding.ruleId());
            out.string(finding.severity().id());
            writeLocation(out, finding.location());
            out.count(finding.related().size());
            for (Location related : finding.related()) {
                writeLocation(out, related);
            }
            out.string(finding.message().key());
            out.count(finding.message().args().size());
            for (String arg : finding.message().args()) {
                out.string(arg);
            }
        }
    }

    private static List<Finding> readFindings(In in) throws IOException {
        int count = in.count();
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String rule = in.string();
            Severity severity = Severity.fromId(in.string()).orElseThrow(() -> new IOException("severity"));
            Location location = readLocation(in);
            int relatedCount = in.count();
            List<Location> related = new ArrayList<>(relatedCount);
            for (int r = 0; r < relatedCount; r++) {
                related.add(readLocation(in));
            }
            String key = in.string();
            int argCount = in.count();
            List<String> args = new ArrayList<>(argCount);
            for (int a = 0; a < argCount; a++) {
                args.add(in.string());
            }
            findings.add(new Finding(rule, severity, location, related, new Message(key, args), Optional.empty()));
        }
        return findings;
    }

    private static void writeLocation(Out out, Location location) {
        out.string(location.file());
        out.number(location.start().line());
        out.number(location.start().column());
        out.number(location.end().line());
        out.number(location.end().column());
        out.string(location.pointer());
    }

    private static Location readLocation(In in) throws IOException {
        String file = in.string();
        SourcePosition start = new SourcePosition(in.number(), in.number());
        SourcePosition end = new SourcePosition(in.number(), in.number());
        return new Location(file, start, end, in.string());
    }

    /**
     * The writing side of the format: numbers as variable-length integers, and each distinct text once, in
     * a table before the entries, which refer to it by its place (the same notice sentence, file name or
     * rule id recurs in thousands of entries).
     */
    private static final class Out {
        private byte[] bytes = new byte[64 * 1024];
        private int size;
        private final Map<String, Integer> texts = new HashMap<>();
        private final List<String> order = new ArrayList<>();

        void raw(long value) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) value;
        }

        void number(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("no negative numbers are kept: " + value);
            }
            long rest = value;
            while (rest >= 0x80) {
                raw((rest & 0x7f) | 0x80);
                rest >>>= 7;
            }
            raw(rest);
        }

        void count(int value) {
            number(value);
        }

        void flag(boolean value) {
            raw(value ? 1 : 0);
        }

        void string(String text) {
            Integer id = texts.get(text);
            if (id == null) {
                id = order.size();
                texts.put(text, id);
                order.add(text);
            }
            number(id);
        }

        void literal(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            for (byte b : utf8) {
                raw(b);
            }
        }

        /** The texts another writer refers to, in the order of their numbers. */
        void table(Out entries) {
            number(entries.order.size());
            for (String text : entries.order) {
                literal(text);
            }
        }

        void append(Out other) {
            if (size + other.size > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + other.size));
            }
            System.arraycopy(other.bytes, 0, bytes, size, other.size);
            size += other.size;
        }
    }

    /** The reading side: every number and reference checked against what is there, so a damaged file is an error. */
    private static final class In {
        private final byte[] bytes;
        private final int end;
        private int position;
        private String[] table = new String[0];
        private final Map<String, LocalDate> dates = new HashMap<>();
        private final Map<List<Object>, NoticeEvidence.Topic> topics = new HashMap<>();

        In(byte[] bytes, int end) {
            this.bytes = bytes;
            this.end = end;
        }

        boolean atEnd() {
            return position == end;
        }

        private int raw() throws IOException {
            if (position >= end) {
                throw new IOException("cut short");
            }
            return bytes[position++] & 0xff;
        }

        int number() throws IOException {
            long value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = raw();
                value |= (long) (b & 0x7f) << shift;
                if (b < 0x80) {
                    if (value > Integer.MAX_VALUE) {
                        throw new IOException("number out of range");
                    }
                    return (int) value;
                }
            }
            throw new IOException("number too long");
        }

        int count() throws IOException {
            int count = number();
            if (count > end - position) {
                throw new IOException("bad count");
            }
            return count;
        }

        boolean flag() throws IOException {
            int b = raw();
            if (b > 1) {
                throw new IOException("bad flag");
            }
            return b == 1;
        }

        String literal() throws IOException {
            int length = number();
            if (length > MAX_STRING || length > end - position) {
                throw new IOException("bad length");
            }
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        void readTable() throws IOException {
            table = new String[count()];
            for (int i = 0; i < table.length; i++) {
                table[i] = literal();
            }
        }

        String string() throws IOException {
            int id = number();
            if (id >= table.length) {
                throw new IOException("bad reference");
            }
            return table[id];
        }

        LocalDate date() throws IOException {
            String text = string();
            LocalDate date = dates.get(text);
            if (date == null) {
                date = LocalDate.parse(text);
                dates.put(text, date);
            }
            return date;
        }

        /** A notice topic; the same topic recurs in every account that uses the notice, and is made once. */
        NoticeEvidence.Topic topic() throws IOException {
            String rule = string();
            String key = string();
            boolean covered = flag();
            int line = number();
            String sentence = string();
            List<Object> identity = List.of(rule, key, covered, line, sentence);
            NoticeEvidence.Topic topic = topics.get(identity);
            if (topic == null) {
                topic = new NoticeEvidence.Topic(rule, key, covered, line, sentence);
                topics.put(identity, topic);
            }
            return topic;
        }
    }
}
