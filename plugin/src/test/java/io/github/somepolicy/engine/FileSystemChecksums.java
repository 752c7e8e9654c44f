package io.github.somepolicy.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The SHA-256 of every file and the target of every link under a directory, links never followed. */
public final class FileSystemChecksums {

    private FileSystemChecksums() {}

    /** The checksums by relative path; directories map to an empty array. */
    public static Map<String, byte[]> of(Path top) throws IOException {
        Map<String, byte[]> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path path : walk.toList()) {
                String name = top.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    sums.put(name, ("link " + Files.readSymbolicLink(path)).getBytes());
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    sums.put(name, sha256(Files.readAllBytes(path)));
                } else {
                    sums.put(name, new byte[0]);
                }
            }
        }
        return new ChecksumMap(sums);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A map whose equality compares the arrays' contents. */
    private static final class ChecksumMap extends TreeMap<String, byte[]> {
        private static final long serialVersionUID = 1L;

        ChecksumMap(Map<String, byte[]> sums) {
            super(sums);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Map<?, ?> map) || map.size() != size()) {
                return false;
            }
            for (Map.Entry<String, byte[]> entry : entrySet()) {
                if (!(map.get(entry.getKey()) instanceof byte[] sum)
                        || !java.util.Arrays.equals(sum, entry.getValue())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return keySet().hashCode();
        }
    }
}
