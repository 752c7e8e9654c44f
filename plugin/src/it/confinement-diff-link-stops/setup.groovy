import java.nio.file.Files
import java.nio.file.Path

// A pull request whose tree has target/somepolicy as a link to a folder outside the repository: the
// change report must neither empty nor fill it (the base copy and the reports go through the link).
evaluate(new File(itLibrary, 'diff-repository.groovy'))(basedir)
def victim = new File(basedir.parentFile, basedir.name + '-victim')
victim.mkdirs()
new File(victim, 'base').mkdirs()
new File(victim, 'base/precious.txt').text = 'not the plugin\'s\n'
new File(victim, 'somepolicy-diff.md').text = 'not the plugin\'s either\n'
new File(basedir, 'target').mkdirs()
Files.createSymbolicLink(new File(basedir, 'target/somepolicy').toPath(), victim.toPath())
def sums = evaluate(new File(itLibrary, 'checksums.groovy'))
new File(basedir, 'before.sums').text = (sums(basedir, ['build.log', 'before.sums']) + sums(victim, [])).toString()
true
