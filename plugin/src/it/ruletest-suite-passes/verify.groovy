import groovy.xml.XmlSlurper

// The check passes (the tests/ folder is never read by it), then both rule tests pass and cover the rule.
def log = new File(basedir, 'build.log').text
assert !log.contains('tests/work-address-fires/files')
assert log.contains('somepolicy: 2 rule tests in tests/')
assert log.contains('PASSED  work-address-fires (A private address breaks the work-address rule)')
assert log.contains('PASSED  work-address-quiet')
assert log.contains('moderator-work-email: fires in work-address-fires; stays quiet in work-address-quiet')
assert log.contains('somepolicy: 2 rule tests: 2 passed, 0 failed.')
def junit = new XmlSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy-tests-junit.xml'))
def tests = junit.testsuite.find { it.@name == 'rule-tests' }
assert tests.@tests.text() == '2' && tests.@failures.text() == '0'
assert junit.testsuite.find { it.@name == 'rule-coverage' }.testcase*.@name*.text() == ['moderator-work-email']
// The configuration itself is untouched: only the test's own folder under target/ was written.
assert new File(basedir, 'accounts/kommunikation/facebook-testby.yaml').text.contains('anna.andersson@testby.se')
assert new File(basedir, 'target/somepolicy/tests/work-address-fires/configuration/accounts/kommunikation/facebook-testby.yaml').text.contains('gmail.com')
true
