package io.github.somepolicy.load;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Violation;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the configuration files under a root without following links, reading only regular files, and
 * reports everything it skipped.
 */
public final class FileScanner {

    static final String RULE_SKIPPED = "file-skipped";
    static final String RULE_COLLISION = "file-name-collision";

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules");

    /**
     * The folder at the configuration root that holds rule tests (run by the {@code test} goal). Its
     * files are deliberately broken configurations, so no scan of the configuration enters it.
     */
    public static final String RULE_TESTS = "tests";

    private FileScanner() {}

    /**
     * Lists the YAML files under a root.
     *
     * @param root the configuration root
     * @param excluded whether a relative path is left out by the user's configuration
     * @param limits the backstops
     * @return the files found, sorted by path, and the entries that were skipped with a reason
     * @throws IOException when the root itself cannot be read
     */
    public static Scan scan(Path root, Predicate<String> excluded, Limits limits) throws IOException {
        List<SourceFile> found = new ArrayList<>();
        List<Violation> skipped = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                boolean tests = name.equals(RULE_TESTS) && root.equals(dir.getParent());
                if (tests || isSkippedDirectory(name) || excluded.test(relative(root, dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) {
                String name = path.getFileName().toString();
                if (attrs.isSymbolicLink()
                        && !isYaml(name)
                        && !name.startsWith(".")
                        && !excluded.test(relative(root, path))
                        && Files.isDirectory(path)) {
                    // A linked directory is never followed; say so, or its accounts go unchecked unseen.
                    skipped.add(Violation.of(
                            RULE_SKIPPED, Location.ofFile(relative(root, path)), "scan.symlink-directory"));
                    return FileVisitResult.CONTINUE;
                }
                if (!isYaml(name) || name.startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = relative(root, path);
                if (excluded.test(relative)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    skipped.add(Violation.of(RULE_SKIPPED, Location.ofFile(relative), "scan.symlink"));
                } else if (!attrs.isRegularFile()) {
                    skipped.add(Violation.of(RULE_SKIPPED, Location.ofFile(relative), "scan.not-regular"));
                } else {
                    found.add(new SourceFile(relative, path, attrs.size()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) {
                if (path.equals(root)) {
                    return FileVisitResult.TERMINATE;
                }
                String key = e instanceof FileSystemLoopException ? "scan.loop" : "scan.unreadable";
                skipped.add(Violation.of(RULE_SKIPPED, Location.ofFile(relative(root, path)), key));
                return FileVisitResult.CONTINUE;
            }
        });
        List<SourceFile> files = new ArrayList<>(found);
        // Which files are read past maxFiles does not depend on directory order: the files at the root
        // (the context every account is checked against), then accounts/, then the rest, each by path.
        files.sort(Comparator.comparing((SourceFile f) -> rank(f.file())).thenComparing(SourceFile::file));
        if (files.size() > limits.maxFiles()) {
            for (SourceFile cut : files.subList(limits.maxFiles(), files.size())) {
                skipped.add(
                        Violation.of(RULE_SKIPPED, Location.ofFile(cut.file()), "scan.too-many", limits.maxFiles()));
            }
            files = new ArrayList<>(files.subList(0, limits.maxFiles()));
        }
        files.sort(Comparator.comparing(SourceFile::file));
        skipped.addAll(collisions(files));
        return new Scan(files, skipped);
    }

    private static int rank(String file) {
        if (file.indexOf('/') < 0) {
            return 0;
        }
        return file.startsWith("accounts/") ? 1 : 2;
    }

    /**
     * Files whose names differ only in case or Unicode normalisation: one file on Windows and macOS, and
     * in many web editors, so a checkout there loses one of them. Both are still read.
     */
    private static List<Violation> collisions(List<SourceFile> files) {
        Map<String, String> seen = new HashMap<>();
        List<Violation> collisions = new ArrayList<>();
        for (SourceFile file : files) {
            String key = Normalizer.normalize(file.file(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String first = seen.putIfAbsent(key, file.file());
            if (first != null) {
                collisions.add(
                        Violation.of(RULE_COLLISION, Location.ofFile(file.file()), "scan.name-collision", first));
            }
        }
        return collisions;
    }

    /**
     * Whether a run never enters a directory of this name: hidden ones ({@code .git}, {@code .github}),
     * {@code target} and {@code node_modules}.
     */
    public static boolean isSkippedDirectory(String name) {
        return name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name);
    }

    /** Whether a file name is a YAML file name. */
    public static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /**
     * The path of a file relative to the root, separated by {@code /}, read from the name's own bytes as
     * UTF-8 whatever the JVM's locale ({@code sun.jnu.encoding}) says, so that {@code välkommen.md} is
     * shown as written under {@code LANG=C} too; a byte that is not UTF-8 is shown as {@code %FF}, so
     * two such names stay two names and neither is shown as a file that does not exist.
     */
    public static String relative(Path root, Path path) {
        String separator = path.getFileSystem().getSeparator();
        String relative = root.relativize(path).toString();
        if (!separator.equals("\\")) {
            // A backslash is a character of a name here, not a separator: shown as %5C, since a path in
            // a report never holds one.
            relative = relative.replace("\\", "%5C");
        }
        relative = relative.replace(separator, "/");
        if (UTF8_NAMES && relative.indexOf('\uFFFD') < 0) {
            return relative;
        }
        return FileNames.relative(root, path).map(r -> r.replace("\\", "%5C")).orElse(relative);
    }

    /** Whether the JVM turns file names into text as UTF-8, as it does unless the locale says otherwise. */
    static final boolean UTF8_NAMES = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));

    /**
     * Reads a regular file, never more than a limit, and never through a link.
     *
     * @return the bytes, or {@code limit + 1} bytes when the file is larger
     */
    public static byte[] readBounded(Path path, long limit) throws IOException {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("not a regular file");
        }
        try (var in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /**
     * A configuration file found by a scan.
     *
     * @param file the path relative to the root
     * @param path the path on disk
     * @param size the size seen when it was found
     */
    public record SourceFile(String file, Path path, long size) {}

    /**
     * What a scan found.
     *
     * @param files the YAML files, sorted by relative path
     * @param skipped entries that were not read, each with the reason
     */
    public record Scan(List<SourceFile> files, List<Violation> skipped) {
        public Scan {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }
}
