import java.nio.file.Files
import java.nio.file.Path

// A contributor commits config/target/somepolicy as a link to the configuration's notices folder, and
// a link to a folder outside the project: the check must write through neither.
def config = new File(basedir, 'config')
new File(config, 'notices').mkdirs()
new File(config, 'notices/somepolicy.md').text = '# Sociala medier\n\nVälkommen.\n'
new File(config, 'target').mkdirs()
Files.createSymbolicLink(new File(config, 'target/somepolicy').toPath(), Path.of('../notices'))
def sums = evaluate(new File(itLibrary, 'checksums.groovy'))(basedir, ['build.log', 'before.sums'])
new File(basedir, 'before.sums').text = sums.collect { k, v -> "${v} ${k}" }.join('\n')
true
