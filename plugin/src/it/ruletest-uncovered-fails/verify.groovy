// The rule fires in its test, but no test shows it staying quiet: with failOnUncovered the build fails.
def log = new File(basedir, 'build.log').text
assert log.contains('PASSED  work-address-fires')
assert log.contains('[ERROR]     moderator-work-email: no test shows it staying quiet (list it under notExpected).')
assert log.contains('1 rule lacks a test (failOnUncovered is on)')
true
