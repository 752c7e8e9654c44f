package io.github.somepolicy.diff;

import io.github.somepolicy.engine.Fingerprint;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.CoreConfig;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;

/**
 * The files of a configuration that Git's index holds as unchanged, named by their blob, so that a fresh
 * clone in CI need not hash them again (see {@link Fingerprint.Tracked}).
 *
 * <p>The index is trusted only where a checked-out file's bytes are its blob's: no conversion to
 * carriage returns ({@code core.autocrlf=true}, {@code core.eol=crlf}, an {@code eol=crlf} attribute),
 * no {@code filter}, {@code ident} or {@code working-tree-encoding} attribute in the work tree's
 * tracked {@code .gitattributes} files, {@code .git/info/attributes} or the user's attributes file, and
 * not on Windows, where Git converts line endings by default. Entries Git itself would look at again
 * are left out: conflicted, assumed unchanged, skipped, added with intent, and those changed in the same
 * instant the index was written (racily clean). Anything else, or any problem reading the repository,
 * gives no entries, and every file is hashed.
 */
public final class GitIndex {

    /**
     * What an attributes line names when checking a file out could change its bytes (matched anywhere in
     * the line, so a path holding one of these words counts too). {@code text}, {@code eol=lf} and the
     * older {@code crlf} convert to a line feed, which a checkout on Linux or macOS writes as it is.
     */
    private static final List<String> CONVERTING_ATTRIBUTES =
            List.of("eol=crlf", "filter", "ident", "working-tree-encoding");

    private GitIndex() {}

    /**
     * The files under the configuration root that the index holds, by path relative to the root; empty
     * when the root is not in a Git work tree or the index cannot be trusted there.
     *
     * @param configurationRoot the configuration root
     */
    public static Map<String, Fingerprint.Tracked> trusted(Path configurationRoot) {
        return WorkTree.read(configurationRoot, GitIndex::trustedOrNone).orElse(Map.of());
    }

    /**
     * The state of the repository around a configuration root and, when asked for, the files its index
     * holds: one opening of the repository for both, as a check needs both at its start in a fresh clone.
     *
     * @param configurationRoot the configuration root
     * @param withIndex whether to read the index too
     */
    public static Checkout checkout(Path configurationRoot, boolean withIndex) {
        return WorkTree.read(
                        configurationRoot,
                        workTree -> new Checkout(
                                Optional.of(RepositoryState.of(workTree)),
                                withIndex ? trustedOrNone(workTree) : Map.of()))
                .orElse(new Checkout(Optional.empty(), Map.of()));
    }

    /**
     * What {@link #checkout} read.
     *
     * @param state the repository's state, empty outside Git
     * @param index the files the index holds, as {@link #trusted(Path)} gives them
     */
    public record Checkout(Optional<RepositoryState> state, Map<String, Fingerprint.Tracked> index) {}

    /** The files the index holds, or none when it cannot be read or trusted (on Windows never). */
    private static Map<String, Fingerprint.Tracked> trustedOrNone(WorkTree workTree) {
        if (File.separatorChar != '/') {
            return Map.of();
        }
        try {
            return trusted(workTree);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static Map<String, Fingerprint.Tracked> trusted(WorkTree workTree) throws IOException {
        Repository repository = workTree.repository();
        if (converts(repository.getConfig())) {
            return Map.of();
        }
        Path indexFile = repository.getIndexFile().toPath();
        if (!Files.isRegularFile(indexFile, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        Instant written = Files.getLastModifiedTime(indexFile).toInstant();
        DirCache index = DirCache.read(indexFile.toFile(), repository.getFS());
        if (attributesConvert(repository, workTree.top(), index)) {
            return Map.of();
        }
        String rootPath = workTree.rootPath();
        String prefix = rootPath.isEmpty() ? "" : rootPath + "/";
        Map<String, Fingerprint.Tracked> tracked = new HashMap<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            String path = entry.getPathString();
            if (!path.startsWith(prefix) || !trustworthy(entry, written)) {
                continue;
            }
            tracked.put(
                    path.substring(prefix.length()),
                    new Fingerprint.Tracked(
                            Integer.toUnsignedLong(entry.getLength()),
                            entry.getLastModifiedInstant(),
                            Fingerprint.GIT_BLOB + entry.getObjectId().name()));
        }
        return Map.copyOf(tracked);
    }

    /** Whether Git would look at the file again rather than take its entry as it is. */
    private static boolean trustworthy(DirCacheEntry entry, Instant indexWritten) {
        FileMode mode = entry.getFileMode();
        return entry.getStage() == DirCacheEntry.STAGE_0
                && (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE)
                && !entry.isAssumeValid()
                && !entry.isSkipWorkTree()
                && !entry.isIntentToAdd()
                && !entry.isUpdateNeeded()
                && !entry.isSmudged()
                && entry.getLastModifiedInstant().isBefore(indexWritten);
    }

    /** Whether the configuration converts line endings on checkout. */
    static boolean converts(Config config) {
        CoreConfig.AutoCRLF autoCrlf = config.getEnum(
                ConfigConstants.CONFIG_CORE_SECTION,
                null,
                ConfigConstants.CONFIG_KEY_AUTOCRLF,
                CoreConfig.AutoCRLF.FALSE);
        String eol = config.getString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_EOL);
        return autoCrlf == CoreConfig.AutoCRLF.TRUE || "crlf".equalsIgnoreCase(eol);
    }

    /** Whether any attributes file Git reads on checkout could make a file's bytes differ from its blob. */
    private static boolean attributesConvert(Repository repository, Path workTree, DirCache index) throws IOException {
        if (mayConvert(repository.getDirectory().toPath().resolve("info/attributes"))) {
            return true;
        }
        String global = repository.getConfig().getString(ConfigConstants.CONFIG_CORE_SECTION, null, "attributesFile");
        if (global != null && !global.isBlank()) {
            String expanded = global.startsWith("~/") ? System.getProperty("user.home") + global.substring(1) : global;
            if (mayConvert(Path.of(expanded))) {
                return true;
            }
        } else {
            String xdg = System.getenv("XDG_CONFIG_HOME");
            Path home =
                    xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
            if (mayConvert(home.resolve("git/attributes"))) {
                return true;
            }
        }
        if (mayConvert(workTree.resolve(".gitattributes"))) {
            return true;
        }
        for (int i = 0; i < index.getEntryCount(); i++) {
            String path = index.getEntry(i).getPathString();
            if ((path.equals(".gitattributes") || path.endsWith("/.gitattributes"))
                    && mayConvert(workTree.resolve(path))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an attributes file names any attribute that changes a file's bytes on checkout. */
    static boolean mayConvert(Path attributes) throws IOException {
        if (!Files.exists(attributes, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.isRegularFile(attributes, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        String text = Files.readString(attributes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String line : text.split("\n")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            for (String attribute : CONVERTING_ATTRIBUTES) {
                if (content.contains(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }
}
