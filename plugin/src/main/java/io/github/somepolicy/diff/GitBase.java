package io.github.somepolicy.diff;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.output.OutputDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.NotIgnoredFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The base revision of a change, read from the Git repository that holds the configuration: which
 * commit it is, the configuration as it was there, and which files changed since. Reads the object
 * database only, so no {@code git} program is needed.
 */
final class GitBase implements AutoCloseable {

    /** The refs tried, in order, when none is given: the merge base with each is the base. */
    static final List<String> DEFAULT_REFS = List.of("origin/main", "main");

    private final Repository repository;
    private final String prefix;
    private final String ref;
    private final RevCommit commit;
    private final Optional<ObjectId> configurationTree;
    private final java.util.Set<String> links = new java.util.TreeSet<>();

    private GitBase(
            Repository repository, String prefix, String ref, RevCommit commit, Optional<ObjectId> configurationTree) {
        this.repository = repository;
        this.prefix = prefix;
        this.ref = ref;
        this.commit = commit;
        this.configurationTree = configurationTree;
    }

    /**
     * Opens the repository around a configuration root and finds the base: the merge base of {@code HEAD}
     * and the ref (given, or the first of {@link #DEFAULT_REFS} that exists).
     */
    static GitBase open(Path configurationRoot, Optional<String> baseRef) throws SomepolicyException {
        Path root;
        try {
            root = configurationRoot.toRealPath();
        } catch (IOException e) {
            throw new SomepolicyException(Message.of("diff.no-directory", configurationRoot), e);
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            throw new SomepolicyException(Message.of("diff.not-a-repository", root), null);
        }
        Repository repository;
        try {
            repository = builder.setMustExist(true).build();
        } catch (IOException | IllegalArgumentException e) {
            throw new SomepolicyException(Message.of("diff.not-a-repository", root), e);
        }
        try {
            if (repository.isBare()) {
                throw new SomepolicyException(Message.of("diff.not-a-repository", root), null);
            }
            String prefix = prefix(repository, root);
            String[] chosen = new String[1];
            ObjectId target;
            try {
                target = resolveRef(repository, baseRef, chosen);
            } catch (SomepolicyException e) {
                throw incomplete(repository, baseRef.orElse(String.join(", ", DEFAULT_REFS)))
                        .orElse(e);
            }
            RevCommit base = mergeBase(repository, target, chosen[0]);
            Optional<ObjectId> tree =
                    configurationTree(repository, base, prefix).filter(id -> holdsConfiguration(repository, id));
            return new GitBase(repository, prefix, chosen[0], base, tree);
        } catch (SomepolicyException e) {
            repository.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            repository.close();
            throw new SomepolicyException(Message.of("diff.git-unreadable", root, e.getMessage()), e);
        }
    }

    private static String prefix(Repository repository, Path root) throws IOException, SomepolicyException {
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        if (!root.startsWith(workTree)) {
            throw new SomepolicyException(Message.of("diff.not-a-repository", root), null);
        }
        return workTree.relativize(root).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    private static ObjectId resolveRef(Repository repository, Optional<String> baseRef, String[] chosen)
            throws IOException, SomepolicyException {
        if (baseRef.isPresent()) {
            String name = baseRef.get().strip();
            ObjectId id = resolve(repository, name);
            if (id == null) {
                throw new SomepolicyException(Message.of("diff.unknown-ref", name), null);
            }
            chosen[0] = name;
            return id;
        }
        for (String name : DEFAULT_REFS) {
            ObjectId id = resolve(repository, name);
            if (id != null) {
                chosen[0] = name;
                return id;
            }
        }
        throw new SomepolicyException(Message.of("diff.no-base", String.join(", ", DEFAULT_REFS)), null);
    }

    private static ObjectId resolve(Repository repository, String name) throws IOException {
        if (name.isEmpty() || name.startsWith("-")) {
            return null;
        }
        try {
            return repository.resolve(name + "^{commit}");
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
            return null;
        } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return null;
        }
    }

    private static RevCommit mergeBase(Repository repository, ObjectId target, String name)
            throws IOException, SomepolicyException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit base = walk.parseCommit(target);
            ObjectId headId = repository.resolve(Constants.HEAD + "^{commit}");
            if (headId == null) {
                return base;
            }
            RevCommit head = walk.parseCommit(headId);
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(base);
            walk.markStart(head);
            RevCommit mergeBase = walk.next();
            if (mergeBase == null) {
                throw incomplete(repository, name)
                        .orElse(new SomepolicyException(Message.of("diff.no-merge-base", name), null));
            }
            return walk.parseCommit(mergeBase);
        } catch (MissingObjectException e) {
            throw incomplete(repository, name)
                    .orElse(new SomepolicyException(Message.of("diff.history-missing", name), e));
        }
    }

    /**
     * The stop for a clone that does not hold the whole history: shallow (fetched with a depth) or partial
     * (fetched with a filter). Empty for a complete clone, where the problem lies elsewhere.
     */
    static Optional<SomepolicyException> incomplete(Repository repository, String ref) {
        if (isPartial(repository)) {
            return Optional.of(new SomepolicyException(Message.of("diff.partial", ref), null));
        }
        if (isShallow(repository)) {
            return Optional.of(new SomepolicyException(Message.of("diff.shallow", ref), null));
        }
        return Optional.empty();
    }

    /** Whether the clone is shallow: Git lists the commits whose parents it lacks in {@code shallow}. */
    static boolean isShallow(Repository repository) {
        java.io.File local = new java.io.File(repository.getDirectory(), "shallow");
        java.io.File common = repository.getCommonDirectory() == null
                ? local
                : new java.io.File(repository.getCommonDirectory(), "shallow");
        return local.isFile() && local.length() > 0 || common.isFile() && common.length() > 0;
    }

    /** Whether the clone is partial: a remote promises the objects a filter left out. */
    static boolean isPartial(Repository repository) {
        org.eclipse.jgit.lib.StoredConfig config = repository.getConfig();
        if (config.getString("extensions", null, "partialclone") != null) {
            return true;
        }
        for (String remote : config.getSubsections("remote")) {
            if (config.getBoolean("remote", remote, "promisor", false)
                    || config.getString("remote", remote, "partialclonefilter") != null) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ObjectId> configurationTree(Repository repository, RevCommit base, String prefix)
            throws IOException {
        if (prefix.isEmpty()) {
            return Optional.of(base.getTree().getId());
        }
        try (TreeWalk walk = TreeWalk.forPath(repository, prefix, base.getTree())) {
            if (walk == null || !FileMode.TREE.equals(walk.getFileMode(0))) {
                return Optional.empty();
            }
            return Optional.of(walk.getObjectId(0));
        }
    }

    /** Whether a tree holds a configuration at all: a YAML file the validator would read. */
    private static boolean holdsConfiguration(Repository repository, ObjectId tree) {
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            walk.setFilter(new SkippedPaths(""));
            while (walk.next()) {
                if (io.github.somepolicy.load.FileScanner.isYaml(walk.getNameString())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The symbolic links in the base's configuration, relative to its root; never written out. */
    java.util.Set<String> links() {
        return java.util.Collections.unmodifiableSet(links);
    }

    /** The ref the base was found from, as the user or the default named it. */
    String ref() {
        return ref;
    }

    /** The base commit's id. */
    String commitId() {
        return commit.getId().name();
    }

    /** The configuration root relative to the repository's top, {@code /}-separated; empty at the top. */
    String prefix() {
        return prefix;
    }

    /** Whether the base commit has the configuration directory at all. */
    boolean hasConfiguration() {
        return configurationTree.isPresent();
    }

    /**
     * Writes the base's configuration into an empty directory: regular files only, never links or
     * submodules, and nothing the validator would skip anyway (hidden folders, {@code target/}).
     *
     * Writes go through the confined directory, so no link is followed, and no file holds more than
     * one byte past the read limit: enough for the base's check to report the same {@code file-limit}
     * finding as the head's, never a disk filled by a large blob.
     *
     * @return how many files were written
     */
    int materialise(OutputDirectory target, int maxFiles, long maxFileBytes) throws SomepolicyException {
        if (configurationTree.isEmpty()) {
            return 0;
        }
        Path top = target.path();
        int written = 0;
        String current = "";
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(configurationTree.get());
            walk.setRecursive(true);
            walk.setFilter(new SkippedPaths(""));
            while (walk.next()) {
                current = walk.getPathString();
                FileMode mode = walk.getFileMode(0);
                if (FileMode.SYMLINK.equals(mode)) {
                    links.add(current);
                }
                if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
                    continue;
                }
                Path file = top.resolve(current).normalize();
                if (!file.startsWith(top) || written >= maxFiles) {
                    continue;
                }
                try (InputStream in =
                        repository.open(walk.getObjectId(0), Constants.OBJ_BLOB).openStream()) {
                    target.copy(top.relativize(file).toString(), in, maxFileBytes + 1);
                }
                written++;
            }
        } catch (MissingObjectException e) {
            throw incomplete(repository, ref)
                    .orElse(new SomepolicyException(Message.of("diff.base-missing", current, commitId()), e));
        } catch (IOException e) {
            if (e instanceof OutputDirectory.RefusedException refused) {
                throw new SomepolicyException(refused.userMessage(), e);
            }
            throw new SomepolicyException(Message.of("diff.base-unreadable", current, commitId(), e.getMessage()), e);
        }
        try {
            target.saveManifest();
        } catch (IOException e) {
            throw new SomepolicyException(Message.of("diff.work-directory-failed", top, e.getMessage()), e);
        }
        return written;
    }

    /**
     * The files of the configuration that differ between the base and the working tree, with renames
     * found by Git's rename detection (same or similar content at a new path).
     */
    List<FileChange> changes() throws SomepolicyException {
        try (ObjectReader reader = repository.newObjectReader();
                TreeWalk walk = new TreeWalk(repository, reader)) {
            CanonicalTreeParser base = new CanonicalTreeParser();
            base.reset(reader, commit.getTree().getId());
            walk.addTree(base);
            FileTreeIterator workingTree = new FileTreeIterator(repository);
            walk.addTree(workingTree);
            walk.setRecursive(true);
            List<TreeFilter> filters = new ArrayList<>();
            if (!prefix.isEmpty()) {
                filters.add(PathFilter.create(prefix));
            }
            filters.add(new SkippedPaths(prefix));
            filters.add(new NotIgnoredFilter(1));
            filters.add(TreeFilter.ANY_DIFF);
            walk.setFilter(AndTreeFilter.create(filters));
            List<DiffEntry> entries = DiffEntry.scan(walk);
            RenameDetector renames = new RenameDetector(repository);
            renames.addAll(entries);
            List<DiffEntry> detected = renames.compute(
                    new ContentSource.Pair(
                            ContentSource.create(reader), ContentSource.create(new FileTreeIterator(repository))),
                    org.eclipse.jgit.lib.NullProgressMonitor.INSTANCE);
            List<FileChange> changes = new ArrayList<>();
            for (DiffEntry entry : detected) {
                FileChange change =
                        switch (entry.getChangeType()) {
                            case ADD -> new FileChange(FileChange.Status.ADDED, "", relative(entry.getNewPath()));
                            case DELETE -> new FileChange(FileChange.Status.REMOVED, relative(entry.getOldPath()), "");
                            case MODIFY ->
                                new FileChange(
                                        FileChange.Status.MODIFIED,
                                        relative(entry.getOldPath()),
                                        relative(entry.getNewPath()));
                            case RENAME, COPY ->
                                new FileChange(
                                        entry.getChangeType() == DiffEntry.ChangeType.RENAME
                                                ? FileChange.Status.RENAMED
                                                : FileChange.Status.ADDED,
                                        entry.getChangeType() == DiffEntry.ChangeType.RENAME
                                                ? relative(entry.getOldPath())
                                                : "",
                                        relative(entry.getNewPath()));
                        };
                changes.add(change);
            }
            changes.sort(null);
            return changes;
        } catch (IOException | org.eclipse.jgit.api.errors.CanceledException e) {
            throw new SomepolicyException(Message.of("diff.git-unreadable", prefix, e.getMessage()), e);
        }
    }

    private String relative(String repositoryPath) {
        return prefix.isEmpty() ? repositoryPath : repositoryPath.substring(prefix.length() + 1);
    }

    @Override
    public void close() {
        repository.close();
    }

    /**
     * Leaves out what the validator never reads: hidden files and folders, {@code target/} and
     * {@code node_modules/}, judged below the configuration root only.
     */
    private static final class SkippedPaths extends TreeFilter {
        private final String prefix;

        SkippedPaths(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public boolean include(TreeWalk walker) {
            if (walker.getPathString().length() <= prefix.length()) {
                return true;
            }
            String name = walker.getNameString();
            return !(walker.isSubtree() ? FileScanner.isSkippedDirectory(name) : name.startsWith("."));
        }

        @Override
        public boolean shouldBeRecursive() {
            return false;
        }

        @Override
        public TreeFilter clone() {
            return this;
        }
    }
}
