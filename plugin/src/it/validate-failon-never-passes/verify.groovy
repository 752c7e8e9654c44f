import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
def sarifFile = new File(basedir, 'target/somepolicy/somepolicy.sarif')
assert log.contains('[ERROR] accounts/kommunikation/facebook-testby.yaml:13:5: error [moderation-backup]')
assert log.contains('BUILD SUCCESS')
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.runs[0].results.size() == 1
true
