package io.github.somepolicy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a realistic configuration of any size, the same bytes for the same size and seed: the example
 * municipality's organisation, policy and notices, its units copied into as many units as a
 * municipality of that size has, and its ten accounts used as templates for every account, each with
 * its own handle, unit, moderators' absences and snapshot date. About one account in ten breaks a rule,
 * in one of the ways real configurations do (a misspelt unit, an unknown key, a lapsed snapshot, no
 * stand-in, a personal identity number in a text, a slow response time, a missing notice, a duplicate
 * key).
 *
 * <p>Usage: {@code CorpusGenerator <target-directory> <accounts> [seed] [example-config]}.
 */
public final class CorpusGenerator {

    /** The seed used unless another is given. */
    public static final long DEFAULT_SEED = 20261123L;

    private static final Pattern UNIT_LINE = Pattern.compile("(?m)^unit: (\\S+)$");
    private static final Pattern HANDLE_LINE = Pattern.compile("(?m)^handle: (\\S+)$");
    private static final Pattern PLATFORM_LINE = Pattern.compile("(?m)^platform: (\\S+)$");
    private static final Pattern SNAPSHOT_LINE = Pattern.compile("(?m)^(\\s+lastSnapshot: )(\\S+)$");
    private static final Pattern ABSENCE_FROM = Pattern.compile("(?m)^(\\s+- from: )2027-(\\d\\d)-(\\d\\d)$");
    private static final Pattern ABSENCE_TO = Pattern.compile("(?m)^(\\s+to: )2027-(\\d\\d)-(\\d\\d)$");
    private static final String[] BREAKAGES = {
        "unknown-unit", "unknown-key", "lapsed-snapshot", "no-backup",
        "identity-number", "slow-response", "no-notice", "duplicate-key"
    };

    private final Path templates;
    private final long seed;

    /** A generator that takes its templates from the example configuration. */
    public CorpusGenerator(Path exampleConfig, long seed) {
        this.templates = exampleConfig;
        this.seed = seed;
    }

    /** Writes a configuration of {@code accounts} accounts into an empty or missing directory. */
    public Summary write(Path target, int accounts) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(target.resolve("notices"));
        for (String notice : List.of("standard.md", "standard-en.md")) {
            Files.copy(
                    templates.resolve("notices").resolve(notice),
                    target.resolve("notices").resolve(notice));
        }
        write(
                target.resolve("somepolicy.yaml"),
                "kind: policy\nversion: 1\nextends: malmo\n"
                        + "settings:\n  planningWindowDays: 365\n  soonDueDays: 30\n");

        List<String> templateFiles = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(templates.resolve("accounts"))) {
            walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> templateFiles.add(read(p)));
        }
        String organisation = read(templates.resolve("organisation.yaml"));
        Map<String, List<String>> unitsByTemplateUnit = new LinkedHashMap<>();
        int copies = Math.max(0, Math.min(60, accounts / 60));
        StringBuilder extraUnits = new StringBuilder();
        for (String template : templateFiles) {
            String unit = first(UNIT_LINE, template);
            if (unitsByTemplateUnit.containsKey(unit)) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(unit));
            String block = unitBlock(organisation, unit);
            for (int c = 1; c <= copies; c++) {
                String name = unit + "-" + c;
                names.add(name);
                extraUnits
                        .append("  ")
                        .append(name)
                        .append(":\n")
                        .append(block.replaceFirst("(?m)^    name: (.*)$", "    name: $1 " + c));
            }
            unitsByTemplateUnit.put(unit, names);
        }
        int unitsEnd = organisation.indexOf("\nretentionDecisions:");
        write(
                target.resolve("organisation.yaml"),
                organisation.substring(0, unitsEnd + 1) + extraUnits + organisation.substring(unitsEnd + 1));

        SplittableRandom random = new SplittableRandom(seed);
        int broken = 0;
        for (int i = 0; i < accounts; i++) {
            String template = templateFiles.get(i % templateFiles.size());
            String handle = first(HANDLE_LINE, template);
            String platform = first(PLATFORM_LINE, template);
            String templateUnit = first(UNIT_LINE, template);
            boolean wide = template.contains("\nscope: municipality-wide");
            List<String> units = unitsByTemplateUnit.get(templateUnit);
            String unit = wide ? templateUnit : units.get(random.nextInt(units.size()));
            String newHandle = handle + "-" + String.format(java.util.Locale.ROOT, "%05d", i);
            String text = template.replace(handle, newHandle);
            text = UNIT_LINE.matcher(text).replaceFirst("unit: " + unit);
            text = shiftDates(text, random);
            if (random.nextInt(10) == 0) {
                text = breakRule(text, BREAKAGES[random.nextInt(BREAKAGES.length)]);
                broken++;
            }
            Path file = target.resolve("accounts").resolve(unit).resolve(platform + "-" + newHandle + ".yaml");
            Files.createDirectories(file.getParent());
            write(file, text);
        }
        return new Summary(
                accounts,
                broken,
                unitsByTemplateUnit.values().stream().mapToInt(List::size).sum());
    }

    /**
     * What was written.
     *
     * @param accounts the number of accounts
     * @param broken how many of them break a rule on purpose
     * @param units the number of units in the organisation
     */
    public record Summary(int accounts, int broken, int units) {}

    /** Writes a configuration; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator <target-directory> <accounts> [seed] [example-config]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        Path templates = args.length > 3 ? Path.of(args[3]) : exampleConfig();
        Summary summary = new CorpusGenerator(templates, seed).write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println(summary);
    }

    /** The example configuration: {@code somepolicy.bench.templates}, else found from the working directory. */
    public static Path exampleConfig() {
        String configured = System.getProperty("somepolicy.bench.templates");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path candidate : List.of(Path.of("example-config"), Path.of("../example-config"))) {
            if (Files.isDirectory(candidate.resolve("accounts"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("example-config not found; set -Dsomepolicy.bench.templates");
    }

    private static String breakRule(String text, String breakage) {
        return switch (breakage) {
            case "unknown-unit" -> UNIT_LINE.matcher(text).replaceFirst("unit: kommunikatoin");
            case "unknown-key" -> text.replaceFirst("(?m)^platform: ", "platfrom: x\nplatform: ");
            case "lapsed-snapshot" -> SNAPSHOT_LINE.matcher(text).replaceFirst("$12024-01-15");
            case "no-backup" -> text.replace("role: backup", "role: moderator");
            case "identity-number" ->
                text.replaceFirst("(?m)^(  description: >-\\n)", "$1    Kontaktperson 19811218-9876.\n");
            case "slow-response" -> text.replace("responseTimeWorkingDays: 1", "responseTimeWorkingDays: 9");
            case "no-notice" -> text.replace("\nnotice:\n", "\nnoticeDraft:\n");
            case "duplicate-key" -> text.replaceFirst("(?m)^status: (\\S+)$", "status: $1\nstatus: $1");
            default -> throw new IllegalArgumentException(breakage);
        };
    }

    /** Moves absences and snapshots by a few days each, so that no two accounts are alike. */
    private static String shiftDates(String text, SplittableRandom random) {
        int shift = random.nextInt(0, 10);
        text = shiftDay(ABSENCE_FROM, text, shift);
        text = shiftDay(ABSENCE_TO, text, shift);
        int snapshotDay = 1 + random.nextInt(28);
        Matcher snapshot = SNAPSHOT_LINE.matcher(text);
        if (snapshot.find()) {
            String date = snapshot.group(2);
            text = text.substring(0, snapshot.start(2))
                    + date.substring(0, 8)
                    + String.format(java.util.Locale.ROOT, "%02d", snapshotDay)
                    + text.substring(snapshot.end(2));
        }
        return text;
    }

    private static String shiftDay(Pattern pattern, String text, int shift) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int day = Math.min(28, Integer.parseInt(matcher.group(3)) + shift);
            matcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement(matcher.group(1) + "2027-" + matcher.group(2) + "-"
                            + String.format(java.util.Locale.ROOT, "%02d", Math.max(1, day))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String unitBlock(String organisation, String unit) {
        int start = organisation.indexOf("\n  " + unit + ":\n");
        int from = start + unit.length() + 5;
        Matcher next = Pattern.compile("(?m)^(  \\S|\\S)").matcher(organisation);
        int end = next.find(from) ? next.start() : organisation.length();
        return organisation.substring(from, end);
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("template without " + pattern);
        }
        return matcher.group(1);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) throws IOException {
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
