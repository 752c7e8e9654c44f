package io.github.somepolicy.init;

import io.github.somepolicy.model.Message;
import io.github.somepolicy.rule.Platforms;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a municipality's own list of accounts as CSV and turns each row into an account file (through
 * {@link Scaffold#account}), with placeholders for what the list does not say. The columns are the
 * public register's own CSV columns and their Swedish names (docs/init.md); the file may be UTF-8, with
 * or without a byte-order mark, or Windows-1252 as Excel saves it, separated by commas, semicolons or
 * tabs. Every problem names the CSV line and column; the caller writes nothing when there is one.
 */
public final class AccountImport {

    /** The columns read, each with the header names that mean it (compared without case and accents). */
    static final Map<String, List<String>> COLUMNS = columns();

    /** Columns of the register's CSV that an account file does not hold: read and left out without a word. */
    static final List<String> IGNORED = List.of("platform_name", "contact_email", "contact_phone", "contact_url");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("name", List.of("name", "namn", "kontonamn", "konto"));
        columns.put("platform", List.of("platform", "plattform"));
        columns.put("handle", List.of("handle", "anvandarnamn", "alias"));
        columns.put("url", List.of("url", "adress", "lank", "webbadress"));
        columns.put("unit_id", List.of("unit_id", "enhet_id", "enhets_id"));
        columns.put("unit", List.of("unit", "enhet", "forvaltning", "ansvarig_enhet", "verksamhet"));
        columns.put("status", List.of("status"));
        columns.put("purpose", List.of("purpose", "syfte"));
        columns.put("activated", List.of("activated", "startdatum", "start", "aktiverat", "startat"));
        columns.put("closed", List.of("closed", "avslutat", "avslutad", "slutdatum"));
        columns.put("moderator", List.of("moderator", "moderator_name", "moderator_namn"));
        columns.put("moderator_email", List.of("moderator_email", "moderator_e_post", "moderator_epost"));
        columns.put("backup", List.of("backup", "ersattare", "backup_name", "ersattare_namn"));
        columns.put("backup_email", List.of("backup_email", "ersattare_e_post", "ersattare_epost"));
        return java.util.Collections.unmodifiableMap(columns);
    }

    /**
     * A problem in the CSV file.
     *
     * @param line the line of the file, from 1
     * @param column the column (field) of the row, from 1; 0 for the row as a whole
     * @param message what is wrong and what to write
     */
    public record Problem(int line, int column, Message message) {}

    /**
     * One account to write.
     *
     * @param path the file, relative to the configuration root
     * @param line the CSV line it comes from
     * @param fields the fields for {@link Scaffold#account}
     */
    public record Account(String path, int line, Map<String, String> fields) {}

    /**
     * What a CSV file holds.
     *
     * @param accounts the accounts, one per row, when there are no problems
     * @param problems the problems; when there is one, nothing may be written
     * @param unread the headers of columns that are not read
     * @param charset the character set the file was read in
     * @param delimiter the separator of its fields
     */
    public record Result(
            List<Account> accounts, List<Problem> problems, List<String> unread, Charset charset, char delimiter) {}

    private AccountImport() {}

    /** Reads a CSV file's bytes; {@code charset} empty means: tell UTF-8 from Windows-1252 by the bytes. */
    public static Result read(byte[] bytes, Optional<Charset> charset) {
        byte[] content = bytes;
        Charset used;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            content = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
            used = StandardCharsets.UTF_8;
        } else {
            used = charset.orElseGet(() -> isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"));
        }
        String text = new String(content, used);
        char delimiter = delimiter(text);
        List<Problem> problems = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                problems.add(new Problem(1, 0, Message.of("mojo.import.empty")));
                return new Result(List.of(), problems, unread, used, delimiter);
            }
            CSVRecord header = records.get(0);
            Map<String, Integer> index = header(header, unread);
            int headerLine = line(text, header.getCharacterPosition());
            missingColumns(index, headerLine, problems);
            if (!problems.isEmpty()) {
                return new Result(List.of(), problems, unread, used, delimiter);
            }
            Map<String, Integer> paths = new HashMap<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                int line = line(text, record.getCharacterPosition());
                if (record.size() > header.size()) {
                    problems.add(new Problem(
                            line,
                            header.size() + 1,
                            Message.of("mojo.import.too-many-fields", record.size(), header.size())));
                    continue;
                }
                row(record, header, line, index, paths, accounts, problems);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            problems.add(new Problem(lineOf(e.getMessage()), 0, Message.of("mojo.import.unreadable", e.getMessage())));
        }
        return new Result(problems.isEmpty() ? List.copyOf(accounts) : List.of(), problems, unread, used, delimiter);
    }

    private static void row(
            CSVRecord record,
            CSVRecord header,
            int line,
            Map<String, Integer> index,
            Map<String, Integer> paths,
            List<Account> accounts,
            List<Problem> problems) {
        int before = problems.size();
        Map<String, String> fields = new LinkedHashMap<>();
        String name = value(record, index, "name");
        if (name.isEmpty()) {
            problems.add(new Problem(
                    line, column(index, "name"), Message.of("mojo.import.required", header.get(index.get("name")))));
        }
        fields.put("name", name);

        String platform = platform(value(record, index, "platform"));
        if (platform == null) {
            problems.add(new Problem(
                    line,
                    column(index, "platform"),
                    Message.of(
                            "mojo.import.platform",
                            value(record, index, "platform"),
                            String.join(
                                    ", ",
                                    new java.util.TreeSet<>(Platforms.all().keySet())))));
        }
        fields.put("platform", platform);

        String url = value(record, index, "url");
        if (!isWebAddress(url)) {
            problems.add(new Problem(line, column(index, "url"), Message.of("mojo.import.url", url)));
        }
        fields.put("url", url);

        String unit = value(record, index, "unit_id");
        if (!unit.isEmpty()) {
            if (!ID.matcher(unit).matches()) {
                problems.add(new Problem(
                        line, column(index, "unit_id"), Message.of("mojo.import.unit-id", unit, slug(unit))));
            }
        } else {
            unit = slug(value(record, index, "unit"));
            if (unit.isEmpty()) {
                int column = index.containsKey("unit") ? column(index, "unit") : column(index, "unit_id");
                problems.add(new Problem(line, column, Message.of("mojo.import.unit")));
            }
        }
        fields.put("unit", unit);
        fields.put("scope", "unit");

        String status = status(value(record, index, "status"));
        if (status == null) {
            problems.add(new Problem(
                    line, column(index, "status"), Message.of("mojo.import.status", value(record, index, "status"))));
        }
        fields.put("status", status);

        for (String date : List.of("activated", "closed")) {
            String value = value(record, index, date);
            if (!value.isEmpty()) {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(line, column(index, date), Message.of("mojo.import.date", value)));
                }
            }
            fields.put(date, value);
        }
        for (String email : List.of("moderator_email", "backup_email")) {
            String value = value(record, index, email);
            if (!value.isEmpty() && !EMAIL.matcher(value).matches()) {
                problems.add(new Problem(line, column(index, email), Message.of("mojo.import.email", value)));
            }
        }
        fields.put("handle", value(record, index, "handle"));
        fields.put("purpose", value(record, index, "purpose"));
        fields.put("moderator", value(record, index, "moderator"));
        fields.put("moderatorEmail", value(record, index, "moderator_email"));
        fields.put("backup", value(record, index, "backup"));
        fields.put("backupEmail", value(record, index, "backup_email"));
        if (problems.size() > before) {
            return;
        }
        String handle = fields.get("handle").isEmpty() ? name : fields.get("handle");
        String path = "accounts/" + unit + "/" + platform + "-" + slug(handle) + ".yaml";
        Integer earlier = paths.putIfAbsent(path, line);
        if (earlier != null) {
            problems.add(new Problem(line, column(index, "name"), Message.of("mojo.import.duplicate", path, earlier)));
            return;
        }
        accounts.add(new Account(path, line, fields));
    }

    /** The columns by their meaning; headers that mean nothing here are listed in {@code unread}. */
    private static Map<String, Integer> header(CSVRecord header, List<String> unread) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i);
            String key = key(raw);
            Optional<String> meaning = COLUMNS.entrySet().stream()
                    .filter(e -> e.getValue().contains(key))
                    .map(Map.Entry::getKey)
                    .findFirst();
            if (meaning.isPresent() && !index.containsKey(meaning.get())) {
                index.put(meaning.get(), i);
            } else if (!IGNORED.contains(key) && !raw.isBlank()) {
                unread.add(raw);
            }
        }
        return index;
    }

    private static void missingColumns(Map<String, Integer> index, int line, List<Problem> problems) {
        for (String column : List.of("name", "platform", "url")) {
            if (!index.containsKey(column)) {
                problems.add(new Problem(
                        line,
                        0,
                        Message.of("mojo.import.missing-column", column, String.join(", ", COLUMNS.get(column)))));
            }
        }
        if (!index.containsKey("unit_id") && !index.containsKey("unit")) {
            problems.add(
                    new Problem(line, 0, Message.of("mojo.import.missing-column", "unit_id", "unit_id, unit, enhet")));
        }
    }

    private static int column(Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null ? 0 : i + 1;
    }

    private static String value(CSVRecord record, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        if (i == null || i >= record.size()) {
            return "";
        }
        String value = record.get(i);
        return value == null ? "" : value.strip();
    }

    /** A platform id from what a list may say: the id, or the platform's name in either case. */
    static String platform(String value) {
        String key = key(value).replace("_", "");
        if (key.equals("twitter") || key.equals("xtwitter") || key.equals("twitterx")) {
            return "x";
        }
        for (String id : Platforms.all().keySet()) {
            if (id.equals(key)) {
                return id;
            }
        }
        return null;
    }

    static String status(String value) {
        return switch (key(value)) {
            case "", "active", "aktiv", "aktivt", "i_bruk" -> "active";
            case "planned", "planerad", "planerat" -> "planned";
            case "closed", "avslutad", "avslutat", "stangd", "stangt", "nedlagd", "nedlagt" -> "closed";
            default -> null;
        };
    }

    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A header or value compared without case, accents, spaces or hyphens. */
    static String key(String value) {
        return ascii(value).toLowerCase(Locale.ROOT).strip().replaceAll("[\\s-]+", "_");
    }

    /** Lower-case letters and digits with hyphens, as ids and file names are written. */
    public static String slug(String value) {
        String slug = ascii(value)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    private static String ascii(String value) {
        return Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The separator: whichever of {@code ;}, {@code ,} and tab the header line holds most of. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = 0;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private static int line(String text, long position) {
        int line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineOf(String message) {
        java.util.regex.Matcher m = Pattern.compile("line (\\d+)").matcher(message == null ? "" : message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
