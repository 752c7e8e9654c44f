// build.log holds the three runs one after the other.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Building validate-up-to-date-fails/).drop(1)
assert runs.size() == 3
def finding = "[ERROR] accounts/kommunikation/facebook-testby.yaml:13:5: error [moderation-backup] The account has no stand-in moderator."
def failure = "somepolicy found 2 findings at or above 'error'"

// 1: nothing to reuse, so the configuration is validated and the build fails
assert runs[0].contains('somepolicy: checking: no earlier result to reuse in')
assert runs[0].contains(finding)
assert runs[0].contains(failure)

// 2: nothing changed: the result is reused, its findings printed again from the console report, the build fails again
assert runs[1].contains('somepolicy: nothing has changed since the last check (6 files under the configuration, same settings and date); reusing the reports in')
assert runs[1].contains('somepolicy: previous result: somepolicy: 3 files, 1 account: 2 errors, 0 warnings, 0 notes, 0 waived (profile baseline, date 2026-11-23).')
assert runs[1].contains(finding)
assert runs[1].contains(failure)
assert runs[1].contains('BUILD FAILURE')

// 3: a parameter changed, so the configuration is validated again
assert runs[2].contains("somepolicy: checking: 'failOn' has changed since the last check.")
assert runs[2].contains(finding)
assert runs[2].contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/somepolicy')
['somepolicy.txt', 'somepolicy.sarif', 'somepolicy-junit.xml', 'somepolicy.json', 'somepolicy.md'].each {
    assert new File(reports, it).isFile() : it
}
def fingerprint = new File(reports, 'somepolicy-fingerprint.properties').text
assert fingerprint.contains('setting.failOn\tnever')
assert fingerprint.contains('file.accounts/kommunikation/facebook-testby.yaml\t')
assert !fingerprint.contains('file.build.log')
assert !fingerprint.contains('result.failure')
true
