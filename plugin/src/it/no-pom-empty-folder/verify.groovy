def log = new File(basedir, 'build.log').text
// one line says that the current folder is read, and why
assert log.contains('somepolicy: no pom.xml and no -Dsomepolicy.directory: checking the current folder')
// the run fails and says what was expected instead of passing on nothing
assert log.contains('holds no configuration: expected somepolicy.yaml, organisation.yaml or an accounts/ folder')
assert !log.contains('BUILD SUCCESS')
assert !log.contains('Exception:') || !log.contains('\tat io.github.somepolicy')
// nothing written, and never a folder named after an unresolved expression
assert !new File(basedir, 'target').exists()
assert basedir.list().findAll { it.contains('$') }.isEmpty()
true
