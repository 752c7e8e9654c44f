import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
// a password, a token and a personal identity number in comments, each at its '#'
assert log.contains('[ERROR] accounts/kommunikation/facebook-testby.yaml:2:1: error [secret-value]')
assert log.contains('[ERROR] accounts/kommunikation/facebook-testby.yaml:8:22: error [secret-value]')
assert log.contains('[ERROR] organisation.yaml:37:1: error [personal-identity-number]')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy.sarif'))
assert sarif.runs[0].results*.ruleId.sort() == ['personal-identity-number', 'secret-value', 'secret-value']
// the ordinary comment on line 1 gives nothing, and no output holds the values
assert sarif.runs[0].results.every { it.locations[0].physicalLocation.region.startLine != 1 }
def outputs = [log] + new File(basedir, 'target/somepolicy').listFiles().findAll { it.isFile() }*.text
outputs.each { text ->
    ['Sommar2026x', 'Xk4mPq8RtZ2vLw9NcB7sHd3FjY6gUe1Aoi5T', '19121212-1212', '1212-1212'].each { assert !text.contains(it) : it }
}
true
