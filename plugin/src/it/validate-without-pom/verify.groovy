import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('somepolicy: 3 files, 1 account: 0 errors')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'reports/somepolicy.sarif').isFile()
assert !new File(basedir, 'config/target').exists()
true
