// The committed link at config/target/somepolicy stops the check with a clear message, and not one file
// under the project changed: the notice called somepolicy.md is still the notice.
def log = new File(basedir, 'build.log').text
assert log.contains('is a symbolic link. The plugin never writes or deletes through a link')
assert log.contains('target/somepolicy')
assert !log.contains('Exception:')
assert log.contains('BUILD FAILURE')
def sums = evaluate(new File(itLibrary, 'checksums.groovy'))(basedir, ['build.log', 'before.sums'])
assert sums.collect { k, v -> "${v} ${k}" }.join('\n') == new File(basedir, 'before.sums').text
assert new File(basedir, 'config/notices').list().toList() == ['somepolicy.md']
assert new File(basedir, 'config/notices/somepolicy.md').text.startsWith('# Sociala medier')
true
