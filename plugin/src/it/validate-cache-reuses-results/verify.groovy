// build.log holds the four runs one after the other.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Building validate-cache-reuses-results/).drop(1)
assert runs.size() == 4
def findings = { String run -> run.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] accounts\// } }
def accounts = 10

// 1: the damaged cache is ignored with one line, and every account is checked
assert runs[0].count('is damaged; checking every file') == 1
assert runs[0].contains('[WARNING] somepolicy: the result cache')
assert runs[0].contains("somepolicy: ${accounts} files checked, 0 unchanged results reused from")
assert !findings(runs[0]).isEmpty()

// 2 and 3: no file changed: every account's result comes from the cache, and the findings are the same
[runs[1], runs[2]].each { run ->
    assert !run.contains('is damaged')
    assert run.contains("somepolicy: 0 files checked, ${accounts} unchanged results reused from")
    assert findings(run) == findings(runs[0])
}
assert runs[1].contains("somepolicy: checking: 'failOn' has changed since the last check.")

// 4: another date: every account is checked again
assert runs[3].contains("somepolicy: ${accounts} files checked, 0 unchanged results reused from")

def cache = new File(basedir, 'target/somepolicy/somepolicy-cache.bin')
assert cache.isFile() && cache.length() > 100
true
