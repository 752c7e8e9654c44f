import java.nio.file.Files
import java.nio.file.LinkOption
import java.nio.file.Path
import java.security.MessageDigest

// The SHA-256 of every file and the target of every link under a directory, by relative path, without
// following links: what the hostile ITs compare before and after a build. Returns a closure.
return { File directory, List<String> ignored ->
    def top = directory.toPath()
    def sums = new TreeMap<String, String>()
    Files.walk(top).withCloseable { walk ->
        walk.each { Path path ->
            def name = top.relativize(path).toString().replace('\\', '/')
            if (name.isEmpty() || ignored.any { name == it || name.startsWith(it + '/') }) {
                return
            }
            if (Files.isSymbolicLink(path)) {
                sums[name] = 'link ' + Files.readSymbolicLink(path)
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                sums[name] = MessageDigest.getInstance('SHA-256').digest(Files.readAllBytes(path)).encodeHex().toString()
            } else {
                sums[name] = 'directory'
            }
        }
    }
    return sums
}
