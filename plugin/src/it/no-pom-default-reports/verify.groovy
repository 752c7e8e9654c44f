def log = new File(basedir, 'build.log').text
assert log.contains('somepolicy: no pom.xml and no -Dsomepolicy.directory: checking the current folder')
assert log.contains('somepolicy: 3 files, 1 account: 0 errors')
// the reports and the register under the current folder's target/, never under a folder named ${...}
assert new File(basedir, 'target/somepolicy/somepolicy.sarif').isFile()
assert new File(basedir, 'target/somepolicy/register/index.html').isFile()
assert new File(basedir, 'target/somepolicy/records/obligations.ics').isFile()
def unresolved = []
basedir.eachFileRecurse { if (it.name.contains('${')) unresolved << it }
assert unresolved.isEmpty() : unresolved
true
