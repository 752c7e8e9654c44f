import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
def sarifFile = new File(basedir, 'target/somepolicy/somepolicy.sarif')
assert log.contains("[ERROR] accounts/kommunikation/facebook-testby.yaml:10:1: error [yaml-duplicate-key] The key 'unit' appears twice in this mapping (first at line 6). Remove one of them.")
assert log.contains('BUILD FAILURE')
def sarif = new JsonSlurper().parse(sarifFile)
def result = sarif.runs[0].results.find { it.ruleId == 'yaml-duplicate-key' }
assert result.relatedLocations[0].physicalLocation.region.startLine == 6
true
