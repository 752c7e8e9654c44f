import groovy.json.JsonSlurper

// A stray quote on line 3 is closed by a quote on line 26, so the file no longer parses. The account is
// not removed: the file cannot be read in this change, its old finding is "not checked", and the ratchet
// fails on the new syntax error, reported at the stray quote.
def log = new File(basedir, 'build.log').text
def B = 'accounts/kultur/instagram-bibliotek.yaml'

assert log.contains("  ${B}: Testby bibliotek (instagram @testbybibliotek): the file cannot be read in this change")
assert !log.contains('Account removed')
assert log.contains("[ERROR] ${B}:3:7: error [yaml-syntax] This quote is never closed where it should be: the value runs on to line 26")
assert log.contains("not checked (the file cannot be read): ${B} [account-type]")
assert log.contains("The change brings 1 new finding at or above 'error'.")
assert !log.contains('Archivist')
assert log.contains('BUILD FAILURE')

def json = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy-diff.json'))
assert json.changes.collect { it.kind } == ['file-unreadable']
assert json.findings.notChecked.collect { it.ruleId } == ['account-type']
assert json.findings.fixed.isEmpty()
assert json.findings.introduced.collect { "${it.ruleId}:${it.line}:${it.column}".toString() } == ['yaml-syntax:3:7']
assert json.summary.verdict == 'fail'
true
