import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
def sarifFile = new File(basedir, 'target/somepolicy/somepolicy.sarif')
assert log.contains('somepolicy: skipped (somepolicy.skip is true).')
assert log.contains('BUILD SUCCESS')
assert !sarifFile.exists()
true
