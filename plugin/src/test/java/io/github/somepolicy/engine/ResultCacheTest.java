package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that reuses the results an earlier run kept gives the report a run without them gives, byte for
 * byte in every format, after any sequence of edits: accounts added, removed, renamed and edited, the
 * organisation, the policy and a shared notice edited, a referenced notice created, the date moved.
 */
class ResultCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Path EXAMPLE =
            Path.of("../example-config").toAbsolutePath().normalize();

    @TempDir
    Path root;

    @Test
    void reusedResultsGiveTheReportOfAFullRunAfterRandomEdits() throws Exception {
        TestOutputs.copyTree(EXAMPLE, root);
        // Several seeds, each a sequence of edits: a failure names the seed and the edits made.
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            LocalDate today = TODAY;
            byte[] kept = ResultCache.empty().toBytes();
            List<String> edits = new ArrayList<>();
            for (int step = 0; step < 5; step++) {
                String edit = edit(random, seed, step);
                if (edit.equals("date")) {
                    today = today.plusDays(random.nextInt(400) - 200);
                    edit = "date " + today;
                }
                edits.add(edit);
                ResultCache cache = ResultCache.parse(kept).orElseThrow();
                Map<ReportFormat, String> cached = TestOutputs.allFormats(validate(today, cache));
                kept = cache.toBytes();
                Map<ReportFormat, String> full = TestOutputs.allFormats(validate(today, ResultCache.none()));
                assertThat(cached).as("seed %d after %s", seed, edits).isEqualTo(full);
            }
        }
    }

    @Test
    void checksOnlyTheChangedAccountAgain() throws Exception {
        TestOutputs.copyTree(EXAMPLE, root);
        ResultCache first = ResultCache.empty();
        validate(TODAY, first);
        int accounts = accounts().size();
        assertThat(first.checked()).isEqualTo(accounts);
        assertThat(first.reused()).isZero();

        Path account = accounts().get(3);
        Files.writeString(
                account, Files.readString(account).replace("role: backup", "role: moderator"), StandardCharsets.UTF_8);
        ResultCache second = ResultCache.parse(first.toBytes()).orElseThrow();
        Report report = validate(TODAY, second);

        assertThat(second.checked()).isEqualTo(1);
        assertThat(second.reused()).isEqualTo(accounts - 1);
        assertThat(TestOutputs.allFormats(report))
                .isEqualTo(TestOutputs.allFormats(validate(TODAY, ResultCache.none())));
        assertThat(TestOutputs.allFormats(report).get(ReportFormat.CONSOLE)).contains("moderation-backup");
    }

    @Test
    void aCacheWhoseResultsAllHoldIsTheSameBytesAndNeedNotBeWrittenAgain() throws Exception {
        TestOutputs.copyTree(EXAMPLE, root);
        ResultCache first = ResultCache.empty();
        validate(TODAY, first);
        assertThat(first.unchanged()).isFalse();
        byte[] kept = first.toBytes();

        ResultCache second = ResultCache.parse(kept).orElseThrow();
        validate(TODAY, second);
        assertThat(second.unchanged()).isTrue();
        assertThat(second.toBytes()).isEqualTo(kept);

        Files.delete(accounts().get(0));
        ResultCache third = ResultCache.parse(second.toBytes()).orElseThrow();
        validate(TODAY, third);
        assertThat(third.checked()).isZero();
        assertThat(third.unchanged()).as("a file is gone, so is its result").isFalse();
    }

    @Test
    void checksEveryAccountAgainWhenTheOrganisationOrTheDateChanges() throws Exception {
        TestOutputs.copyTree(EXAMPLE, root);
        ResultCache first = ResultCache.empty();
        validate(TODAY, first);
        int accounts = accounts().size();

        ResultCache nextDay = ResultCache.parse(first.toBytes()).orElseThrow();
        validate(TODAY.plusDays(1), nextDay);
        assertThat(nextDay.reused()).isZero();
        assertThat(nextDay.checked()).isEqualTo(accounts);

        Files.writeString(
                root.resolve("organisation.yaml"),
                Files.readString(root.resolve("organisation.yaml")) + "\n# edited\n",
                StandardCharsets.UTF_8);
        ResultCache edited = ResultCache.parse(nextDay.toBytes()).orElseThrow();
        validate(TODAY.plusDays(1), edited);
        assertThat(edited.reused()).isZero();
    }

    @Test
    void checksTheAccountsOfAnEditedNoticeAgain() throws Exception {
        TestOutputs.copyTree(EXAMPLE, root);
        ResultCache first = ResultCache.empty();
        validate(TODAY, first);
        long sharing = accounts().stream()
                .filter(p -> read(p).contains("file: notices/standard-en.md"))
                .count();
        assertThat(sharing).isPositive();

        Path notice = root.resolve("notices/standard-en.md");
        Files.writeString(notice, "Nothing useful.\n", StandardCharsets.UTF_8);
        ResultCache second = ResultCache.parse(first.toBytes()).orElseThrow();
        Report report = validate(TODAY, second);

        assertThat(second.checked()).isEqualTo((int) sharing);
        assertThat(TestOutputs.allFormats(report))
                .isEqualTo(TestOutputs.allFormats(validate(TODAY, ResultCache.none())));
    }

    @Test
    void aDamagedOrForeignCacheIsNotUsed() throws Exception {
        TestOutputs.copyTree(EXAMPLE, root);
        ResultCache first = ResultCache.empty();
        validate(TODAY, first);
        byte[] bytes = first.toBytes();
        assertThat(ResultCache.parse(bytes)).isPresent();

        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x01;
        assertThat(ResultCache.parse(flipped)).isEmpty();
        assertThat(ResultCache.parse(java.util.Arrays.copyOf(bytes, bytes.length - 9)))
                .isEmpty();
        assertThat(ResultCache.parse(new byte[0])).isEmpty();
        assertThat(ResultCache.parse("somepolicy-fingerprint 1\n".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ResultCache.isOtherVersion(flipped)).as("damaged").isFalse();
        assertThat(ResultCache.isOtherVersion(new byte[0])).isFalse();

        // another format number, checksum intact: a whole cache of another version
        byte[] otherFormat = java.util.Arrays.copyOf(bytes, bytes.length - Long.BYTES);
        // the format number follows the name, which a one-byte length leads
        assertThat(otherFormat[1 + "somepolicy-result-cache".length()]).isEqualTo((byte) 4);
        otherFormat[1 + "somepolicy-result-cache".length()] = 9;
        otherFormat = withChecksum(otherFormat);
        assertThat(ResultCache.parse(otherFormat)).isEmpty();
        assertThat(ResultCache.isOtherVersion(otherFormat)).isTrue();

        // the earlier layout: a four-byte length before the name, a four-byte format number after it
        java.io.ByteArrayOutputStream earlier = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(earlier);
        out.writeInt("somepolicy-result-cache".length());
        out.write("somepolicy-result-cache".getBytes(StandardCharsets.UTF_8));
        out.writeInt(3);
        out.writeInt(0);
        byte[] version3 = withChecksum(earlier.toByteArray());
        assertThat(ResultCache.parse(version3)).isEmpty();
        assertThat(ResultCache.isOtherVersion(version3)).isTrue();
        assertThat(ResultCache.isOtherVersion(
                        withChecksum("somepolicy-fingerprint 1\n".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
    }

    /** The bytes followed by their CRC-32, as a cache file ends. */
    private static byte[] withChecksum(byte[] body) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body);
        byte[] whole = java.util.Arrays.copyOf(body, body.length + Long.BYTES);
        long value = crc.getValue();
        for (int i = 0; i < Long.BYTES; i++) {
            whole[body.length + i] = (byte) (value >>> (56 - 8 * i));
        }
        return whole;
    }

    /** Makes one random edit to the configuration; returns what it did. */
    private String edit(Random random, long seed, int step) throws IOException {
        List<Path> accounts = accounts();
        Path account = accounts.get(random.nextInt(accounts.size()));
        String name = root.relativize(account).toString();
        switch (random.nextInt(9)) {
            case 0 -> {
                Path added = root.resolve("accounts/added/account-" + seed + "-" + step + ".yaml");
                Files.createDirectories(added.getParent());
                Files.writeString(
                        added,
                        read(account).replaceFirst("(?m)^handle: (.*)$", "handle: $1" + step),
                        StandardCharsets.UTF_8);
                return "added " + root.relativize(added);
            }
            case 1 -> {
                if (accounts.size() > 3) {
                    Files.delete(account);
                    return "removed " + name;
                }
                return "kept " + name;
            }
            case 2 -> {
                Path renamed = root.resolve("accounts/moved/" + seed + "-" + step + "-" + account.getFileName());
                Files.createDirectories(renamed.getParent());
                Files.move(account, renamed);
                return "renamed " + name + " to " + root.relativize(renamed);
            }
            case 3 -> {
                String text = read(account);
                String[][] changes = {
                    {"role: backup", "role: moderator"},
                    {"lastSnapshot: 20", "lastSnapshot: 19"},
                    {"file: notices/standard.md", "file: notices/standard-en.md"},
                    {"file: notices/standard", "file: notices/missing"},
                    {"monitoring: daily", "monitoring: weekly"},
                };
                String[] change = changes[random.nextInt(changes.length)];
                Files.writeString(account, text.replace(change[0], change[1]), StandardCharsets.UTF_8);
                return "edited " + name + " (" + change[0] + ")";
            }
            case 4 -> {
                Path organisation = root.resolve("organisation.yaml");
                String text = read(organisation);
                Matcher unit = Pattern.compile("(?m)^unit: (.*)$").matcher(read(account));
                String id = unit.find() ? unit.group(1).strip() : "kommunikation";
                Files.writeString(organisation, text.replaceFirst(Pattern.quote(id), id + "x"), StandardCharsets.UTF_8);
                return "organisation: unit " + id + " renamed";
            }
            case 5 -> {
                Path policy = root.resolve("somepolicy.yaml");
                String text = read(policy);
                Files.writeString(
                        policy,
                        text.contains("extends: malmo")
                                ? text.replace("extends: malmo", "extends: baseline")
                                : text.replace("extends: baseline", "extends: malmo"),
                        StandardCharsets.UTF_8);
                return "policy: profile switched";
            }
            case 6 -> {
                Path notice = root.resolve(random.nextBoolean() ? "notices/standard.md" : "notices/standard-en.md");
                List<String> lines = Files.readAllLines(notice, StandardCharsets.UTF_8);
                Files.write(notice, lines.subList(0, random.nextInt(lines.size() / 2 + 1)), StandardCharsets.UTF_8);
                return "notice " + root.relativize(notice) + " shortened";
            }
            case 7 -> {
                Path missing = root.resolve("notices/missing.md");
                Files.copy(
                        root.resolve("notices/standard.md"),
                        missing,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return "notice notices/missing.md created";
            }
            default -> {
                return "date";
            }
        }
    }

    private List<Path> accounts() throws IOException {
        try (var walk = Files.walk(root.resolve("accounts"))) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Report validate(LocalDate today, ResultCache cache) throws SomepolicyException {
        return new Validator().validate(new ValidationRequest(root, today, Limits.DEFAULT, "test", 2), cache);
    }
}
