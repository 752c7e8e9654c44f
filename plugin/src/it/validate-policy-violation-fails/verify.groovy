import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
def sarifFile = new File(basedir, 'target/somepolicy/somepolicy.sarif')
assert log.contains("[ERROR] accounts/kommunikation/facebook-testby.yaml:6:7: error [account-unit-exists] The unit 'kommunkation' is not defined in organisation.yaml. Did you mean 'kommunikation'?")
assert log.contains('[ERROR] accounts/kommunikation/facebook-testby.yaml:13:5: error [moderation-backup] The account has no stand-in moderator.')
assert log.contains("somepolicy found 2 findings at or above 'error'")
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.runs[0].results*.ruleId.sort() == ['account-unit-exists', 'moderation-backup']
def rules = sarif.runs[0].tool.driver.rules
sarif.runs[0].results.each { assert rules[it.ruleIndex].id == it.ruleId }
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy-junit.xml'))
assert junit.testsuite.collect { it.@failures.text() as int }.sum() == 2
assert junit.testsuite.testcase.failure.size() == 2
// GitHub annotations on lines of their own, as the runner reads them (the path from the repository root
// when the build runs inside a Git working tree)
def annotations = log.readLines().findAll { it.startsWith('::error file=') }
assert annotations.size() == 2
assert annotations.any { it ==~ /::error file=(.*\/)?accounts\/kommunikation\/facebook-testby\.yaml,line=6,col=7,.*title=account-unit-exists%3A .*::The unit 'kommunkation' is not defined.*/ }
def quality = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy-codequality.json'))
assert quality*.check_name.sort() == ['account-unit-exists', 'moderation-backup']
assert quality*.severity == ['major', 'major']
def checkstyle = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy-checkstyle.xml'))
assert checkstyle.file.error.collect { it.@source.text() }.sort() == ['somepolicy.account-unit-exists', 'somepolicy.moderation-backup']
true
