import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// The pack tests its own rules in its own build, before the configuration module uses it: both rules
// fire in one test and stay quiet in the other, so both are covered.
def packTests = new File(basedir, 'pack/target/somepolicy/somepolicy-tests-junit.xml')
assert packTests.isFile()
def suites = new XmlSlurper().parse(packTests)
assert suites.testsuite.find { it.@name == 'rule-tests' }.@tests.text() == '2'
assert suites.testsuite.find { it.@name == 'rule-tests' }.@failures.text() == '0'
assert suites.testsuite.find { it.@name == 'rule-coverage' }.testcase*.@name*.toString().sort() ==
        ['kustkommuner-evaluation-interval', 'kustkommuner-moderator-domain']
assert suites.testsuite.find { it.@name == 'rule-coverage' }.@failures.text() == '0'
def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains('somepolicy: 2 rule tests: 2 passed, 0 failed.')
assert buildLog =~ /kustkommuner-moderator-domain: fires in rules-fire; stays quiet in rules-quiet/

// The pack's rules run in the configuration's module: its own Java check, and a built-in check it reuses,
// with the severities and parameters of the pack's profile.
def log = new File(basedir, 'build.log').text
def account = 'accounts/kommunikation/facebook-testby.yaml'
assert log.contains("[ERROR] ${account}:62:14: error [kustkommuner-moderator-domain] The moderator's address bo.ek@konsultbyran.se is not in the municipality's domains (testby.se).")
assert log.contains("[WARNING] ${account}:46:1: warning [kustkommuner-evaluation-interval] The account does not state evaluation.interval.")
assert log.contains("somepolicy found 1 finding at or above 'error'")

// The rules goal lists the pack's rules with their effective severity under the pack's profile.
assert log =~ /kustkommuner-moderator-domain\s+error\s+Moderators use an address of the municipality/
assert log =~ /kustkommuner-evaluation-interval\s+warning\s+The account states how often it is evaluated/
assert log =~ /moderation-backup\s+error/

// SARIF names the pack's rules with their own documentation pages.
def sarif = new JsonSlurper().parse(new File(basedir, 'config/target/somepolicy/somepolicy.sarif'))
def rules = sarif.runs[0].tool.driver.rules
def own = rules.find { it.id == 'kustkommuner-moderator-domain' }
assert own.helpUri == 'https://example.org/kustkommuner/rules/moderator-domain'
assert sarif.runs[0].results*.ruleId.sort() == ['kustkommuner-evaluation-interval', 'kustkommuner-moderator-domain']
true
