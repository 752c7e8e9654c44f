package io.github.somepolicy.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The Git work tree a configuration root lies in, opened for one read: found upwards from the root, not
 * bare, with the root inside it once links are resolved. Outside Git, or on any problem opening it, there
 * is nothing to read.
 *
 * @param repository the repository, open while the read runs
 * @param top the work tree's top folder, links resolved
 * @param root the configuration root, links resolved
 */
record WorkTree(Repository repository, Path top, Path root) {

    /** What is read from a work tree. */
    interface Reader<T> {
        T read(WorkTree workTree) throws IOException;
    }

    /** The configuration root relative to the work tree's top, {@code /}-separated, empty at the top. */
    String rootPath() {
        return top.relativize(root).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    /** Reads from the work tree around a configuration root; empty outside one, or when it cannot be read. */
    static <T> Optional<T> read(Path configurationRoot, Reader<T> reader) {
        Path root;
        try {
            root = configurationRoot.toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                return Optional.empty();
            }
            Path top = repository.getWorkTree().toPath().toRealPath();
            if (!root.startsWith(top)) {
                return Optional.empty();
            }
            return Optional.ofNullable(reader.read(new WorkTree(repository, top, root)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
