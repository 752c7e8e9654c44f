import groovy.json.JsonSlurper

// The change moves the library's account to another folder and adds a stand-in. Its personal-account
// error was already in the base: with the ratchet the build passes, and the moved file is one account.
def log = new File(basedir, 'build.log').text
def moved = 'accounts/bibliotek/instagram-bibliotek.yaml'

assert log.contains('0 new findings, 0 fixed, 1 unchanged.')
assert log.contains("  ${moved}: Account moved: Testby bibliotek (instagram @testbyinstagram)".replace('@testbyinstagram', '@testbybibliotek'))
assert log.contains("  ${moved}: Testby bibliotek (instagram @testbybibliotek): Sara Lund added as stand-in.")
assert !log.contains('New account')
assert !log.contains('Account removed')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy-diff.json'))
assert json.files.collect { "${it.status} ${it.previousPath} ${it.path}".toString() } ==
        ["renamed accounts/kultur/instagram-bibliotek.yaml ${moved}".toString()]
assert json.findings.unchanged.collect { "${it.ruleId}@${it.file}".toString() } == ["account-type@${moved}".toString()]
assert json.findings.introduced.isEmpty()
assert new File(basedir, 'target/somepolicy/somepolicy-diff.md').isFile()
assert !new File(basedir, 'target/somepolicy/somepolicy-codeowners').exists() // not among the formats chosen
// the older names still work: the base was written where somepolicy.diffWorkDirectory said, and
// somepolicy.diffFormats did not override the formats the POM sets
assert new File(basedir, 'target/older-base/accounts/kultur/instagram-bibliotek.yaml').isFile()
assert new File(basedir, 'target/older-base/accounts').isDirectory()
assert !new File(basedir, 'target/somepolicy/base').exists()
true
