package io.github.somepolicy.load;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.schema.Suggestions;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads one configuration file into a document: its bytes within the limits, its YAML into a positioned
 * tree, its {@code kind} and its format {@code version}. What is wrong goes to the violations, with the
 * rules {@code file-skipped}, {@code file-kind} and {@code format-version} beside the loader's own; the
 * schema check follows.
 */
public final class DocumentLoader {

    /** The version of the configuration format this plugin reads. */
    public static final int FORMAT_VERSION = 1;

    static final String RULE_KIND = "file-kind";
    private static final String RULE_VERSION = "format-version";

    private final YamlLoader yaml;
    private final Limits limits;

    /** A loader within the given limits. */
    public DocumentLoader(Limits limits) {
        this.limits = limits;
        this.yaml = new YamlLoader(limits);
    }

    /**
     * Reads a file of the scan.
     *
     * @param file the file
     * @param violations receives what is wrong with it
     * @return the document, unless the file could not be read, parsed or typed, or is of another format
     *     version
     */
    public Optional<Document> load(FileScanner.SourceFile file, List<Violation> violations) {
        byte[] bytes = read(file, violations);
        return bytes == null ? Optional.empty() : load(file, bytes, violations);
    }

    /**
     * Reads a file's bytes within the size limit.
     *
     * @param file the file
     * @param violations receives the problem when it cannot be read
     * @return the bytes, or null when the file cannot be read
     */
    public byte[] read(FileScanner.SourceFile file, List<Violation> violations) {
        try {
            return FileScanner.readBounded(file.path(), limits.maxFileBytes());
        } catch (IOException e) {
            violations.add(Violation.of("file-skipped", Location.ofFile(file.file()), "scan.unreadable"));
            return null;
        }
    }

    /**
     * Reads a file from bytes already read with {@link #read}.
     *
     * @param file the file
     * @param bytes its bytes
     * @param violations receives what is wrong with it
     * @return the document, as {@link #load(FileScanner.SourceFile, List)} gives it
     */
    public Optional<Document> load(FileScanner.SourceFile file, byte[] bytes, List<Violation> violations) {
        LoadResult loaded = yaml.load(file.file(), bytes);
        violations.addAll(loaded.problems());
        if (loaded.root().isEmpty()) {
            return Optional.empty();
        }
        Node.Mapping mapping = loaded.root().get();
        Optional<FileKind> kind = kindOf(mapping, violations);
        if (kind.isEmpty() || !knownVersion(mapping, violations)) {
            return Optional.empty();
        }
        return Optional.of(new Document(file.file(), kind.get(), mapping, loaded.comments()));
    }

    /** The kind the file declares; a missing or unknown kind is a violation. */
    private static Optional<FileKind> kindOf(Node.Mapping mapping, List<Violation> violations) {
        Optional<Node.Entry> kindEntry = mapping.entry("kind");
        List<String> kinds = Arrays.stream(FileKind.values()).map(FileKind::id).toList();
        if (kindEntry.isEmpty()) {
            violations.add(Violation.of(
                    RULE_KIND, mapping.location().withPointer(""), "engine.kind.missing", String.join(", ", kinds)));
            return Optional.empty();
        }
        String value = kindEntry.get().value().text().orElse("");
        Optional<FileKind> kind = FileKind.fromId(value);
        if (kind.isEmpty()) {
            Optional<String> suggestion = Suggestions.closest(value, kinds);
            violations.add(Violation.of(
                    RULE_KIND,
                    kindEntry.get().value().location(),
                    suggestion.isPresent() ? "engine.kind.unknown.suggest" : "engine.kind.unknown",
                    value,
                    suggestion.orElse(String.join(", ", kinds))));
        }
        return kind;
    }

    /**
     * Whether the file is of the format version this plugin reads. Another version number is a violation;
     * a missing or malformed one is left to the schema.
     */
    private static boolean knownVersion(Node.Mapping mapping, List<Violation> violations) {
        Optional<Node.Entry> version = mapping.entry("version");
        if (version.isPresent()) {
            String value = version.get().value().text().orElse("");
            if (!value.equals(String.valueOf(FORMAT_VERSION)) && value.matches("[0-9]{1,6}")) {
                violations.add(Violation.of(
                        RULE_VERSION,
                        version.get().value().location(),
                        "engine.format-version",
                        value,
                        FORMAT_VERSION));
                return false;
            }
        }
        return true;
    }
}
