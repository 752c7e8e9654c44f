import groovy.json.JsonSlurper

// A pull request adds an account without a stand-in and removes the stand-in of another. The base
// already had an error (a personal account); with the ratchet only the two new findings fail the build.
def log = new File(basedir, 'build.log').text
def A = 'accounts/kommunikation/facebook-testby.yaml'
def C = 'accounts/kultur/facebook-kulturhus.yaml'

assert log.contains('somepolicy diff against main (')
assert log.contains('3 file(s) changed') == false // only two configuration files differ
assert log.contains('2 files changed, 4 changes, 2 new findings, 0 fixed, 1 unchanged.')
assert log.contains("  ${A}: Testby kommun (facebook @testbykommun): stand-in Bo Ek removed.")
assert log.contains("  ${A}: Testby kommun (facebook @testbykommun) is left without a stand-in moderator.")
assert log.contains("  ${C}: New account: Testby kulturhus (facebook @testbykulturhus).")
assert log.contains("  ${C}: Testby kulturhus (facebook @testbykulturhus) is left without a stand-in moderator.")
assert log.contains("[ERROR] ${A}:14:5: error [moderation-backup]")
assert log.contains("[ERROR] ${C}:14:5: error [moderation-backup]")
assert log.contains('somepolicy diff: review needed by Communications (@testby/kommunikation).')
assert log.contains("The change brings 2 new findings at or above 'error'.")
assert !log.contains('[account-type]') // the base's own finding is not news and does not fail the build
assert log.contains('BUILD FAILURE')

def json = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy-diff.json'))
assert json.base.ref == 'main'
assert json.base.directory == 'config'
assert json.base.hasConfiguration
assert json.findings.introduced.collect { "${it.ruleId}@${it.file}".toString() }.sort() ==
        ["moderation-backup@${A}".toString(), "moderation-backup@${C}".toString()].sort()
assert json.findings.unchanged.collect { it.ruleId } == ['account-type']
assert json.findings.fixed.isEmpty()
assert json.changes.collect { it.kind }.sort() == ['account-added', 'no-stand-in', 'no-stand-in', 'stand-in-removed']
assert json.reviews.collect { it.role } == ['communications']
assert json.reviews[0].rules == ['moderation-backup']

def markdown = new File(basedir, 'target/somepolicy/somepolicy-diff.md').text
assert markdown.contains('### New findings')
assert markdown.contains('| Communications | @testby/kommunikation |')

def owners = new File(basedir, 'target/somepolicy/somepolicy-codeowners').readLines()
assert owners.contains("/config/${A} @testby/kommunikation".toString())
assert owners.contains("/config/${C} @testby/kommunikation".toString())

// the base was validated from a copy under target/, and nothing was written into the configuration
assert new File(basedir, 'target/somepolicy/base/accounts/kultur/instagram-bibliotek.yaml').isFile()
assert !new File(basedir, 'target/somepolicy/base/' + C).exists()
assert new File(basedir, 'config').list().toList().sort() == ['accounts', 'organisation.yaml', 'somepolicy.yaml']
true
