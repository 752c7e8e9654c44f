// The same reports from a parallel and a serial build, for both configurations, and no thread-safety warning.
def log = new File(basedir, 'build.log').text
assert !log.contains('not marked as thread-safe')
assert !log.contains('not marked @threadSafe')
def formats = ['somepolicy.txt', 'somepolicy.sarif', 'somepolicy-junit.xml', 'somepolicy.json', 'somepolicy.md']
['kommun-a', 'kommun-b'].each { module ->
    formats.each { name ->
        def parallel = new File(basedir, "${module}/target/somepolicy-parallel/${name}")
        def serial = new File(basedir, "${module}/target/somepolicy-serial/${name}")
        assert parallel.isFile() && serial.isFile() : "${module}/${name}"
        assert parallel.bytes == serial.bytes : "${module}/${name} differs between the parallel and the serial build"
    }
}
// Each module reported its own findings, not the other's.
def a = new File(basedir, 'kommun-a/target/somepolicy-serial/somepolicy.txt').text
def b = new File(basedir, 'kommun-b/target/somepolicy-serial/somepolicy.txt').text
assert a.contains('[moderation-backup]') && !a.contains('[private-contact]')
assert b.contains('[private-contact]') && !b.contains('[moderation-backup]')
true
