// A cache that this version did not write: the first run must not use it, and must say so.
def cache = new File(basedir, 'target/somepolicy/somepolicy-cache.bin')
cache.parentFile.mkdirs()
cache.bytes = 'not a cache at all'.bytes
true
