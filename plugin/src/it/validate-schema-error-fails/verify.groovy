import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
def sarifFile = new File(basedir, 'target/somepolicy/somepolicy.sarif')
assert log.contains("[ERROR] accounts/kommunikation/facebook-testby.yaml:4:1: error [schema] Unknown key 'plattform'. Did you mean 'platform'?")
assert log.contains("[ERROR] accounts/kommunikation/facebook-testby.yaml:1:1: error [schema] The key 'platform' is missing.")
assert log.contains('BUILD FAILURE')
assert !log.contains('Exception:') || log.contains('MojoFailureException')
def sarif = new JsonSlurper().parse(sarifFile)
def result = sarif.runs[0].results.find { it.message.text.contains('plattform') }
assert result.ruleId == 'schema'
// Relative to the configuration root outside Git; inside a Git working tree (as in a clone of the plugin's
// repository) relative to the repository root, through the folder the configuration sits in.
def artifact = result.locations[0].physicalLocation.artifactLocation
def root = sarif.runs[0].originalUriBaseIds.CONFIGROOT
if (artifact.uriBaseId == 'SRCROOT') {
    assert artifact.uri == root.uri + 'accounts/kommunikation/facebook-testby.yaml'
    assert root.uri.endsWith('validate-schema-error-fails/')
} else {
    assert artifact.uriBaseId == 'CONFIGROOT'
    assert artifact.uri == 'accounts/kommunikation/facebook-testby.yaml'
}
assert result.locations[0].physicalLocation.region.startLine == 4
assert result.locations[0].physicalLocation.region.startColumn == 1
true
