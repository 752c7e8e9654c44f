// The link at target/somepolicy stops diff with a clear message; nothing under the project or where the
// link points changed.
def log = new File(basedir, 'build.log').text
assert log.contains('is a symbolic link. The plugin never writes or deletes through a link')
assert !log.contains('Exception:')
assert log.contains('BUILD FAILURE')
def victim = new File(basedir.parentFile, basedir.name + '-victim')
def sums = evaluate(new File(itLibrary, 'checksums.groovy'))
assert (sums(basedir, ['build.log', 'before.sums']) + sums(victim, [])).toString() == new File(basedir, 'before.sums').text
assert new File(victim, 'base/precious.txt').text == 'not the plugin\'s\n'
assert victim.list().toList().sort() == ['base', 'somepolicy-diff.md']
true
