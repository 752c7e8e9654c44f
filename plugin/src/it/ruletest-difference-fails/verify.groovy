import groovy.xml.XmlSlurper

// In Swedish: a finding on another line than expected, an unknown rule with a suggestion, and a
// malformed declaration, each with its place; the build fails and names how many tests failed.
def log = new File(basedir, 'build.log').text
assert log.contains('UNDERKÄNT work-address-fires')
assert log.contains('accounts/kommunikation/facebook-testby.yaml:14:14: Rapporterades som moderator-work-email @ accounts/kommunikation/facebook-testby.yaml:14 /moderation/moderators/0/email (error), men väntades som moderator-work-email @ accounts/kommunikation/facebook-testby.yaml:15 /moderation/moderators/0/email (error) (test.yaml rad 6).')
assert log.contains('UNDERKÄNT work-address-quiet')
assert log.contains('tests/work-address-quiet/test.yaml:7:5: Ingen regel moderator-work-emial finns i den här konfigurationen; menade du moderator-work-email?')
assert log =~ /\[ERROR\] tests\/broken\/test\.yaml:5:15: .*fatal/
assert log.contains('somepolicy: 3 regeltester: 0 godkända, 3 underkända.')
assert log.contains('3 regeltester underkändes')
assert !log.contains('at io.github.somepolicy') // no stack trace
def junit = new XmlSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy-tests-junit.xml'))
assert junit.testsuite.find { it.@name == 'rule-tests' }.@failures.text() == '3'
true
