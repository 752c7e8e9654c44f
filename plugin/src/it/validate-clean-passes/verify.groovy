import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
def sarifFile = new File(basedir, 'target/somepolicy/somepolicy.sarif')
assert log.contains('somepolicy: 3 files, 1 account: 0 errors, 0 warnings, 0 notes, 0 waived (profile baseline, date 2026-11-23).')
assert log.contains('BUILD SUCCESS')
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
assert sarif.runs[0].columnKind == 'unicodeCodePoints'
assert sarif.runs[0].results.isEmpty()
assert sarif.runs[0].tool.driver.rules.find { it.id == 'notice-present' }.helpUri.endsWith('notice-present.md')
assert sarif.runs[0].tool.driver.rules.every { it.id != 'moderation-backup' } // off under the baseline
['somepolicy.txt', 'somepolicy-junit.xml', 'somepolicy.json', 'somepolicy.md'].each {
    assert new File(basedir, 'target/somepolicy/' + it).isFile() : it
}
def json = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy.json'))
assert json.summary.errors == 0
// the plugin never writes into the configuration
assert new File(basedir, 'accounts/kommunikation').list().toList() == ['facebook-testby.yaml']
true
