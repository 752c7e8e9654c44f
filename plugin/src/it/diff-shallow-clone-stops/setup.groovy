import org.eclipse.jgit.api.Git

// The repository is built in upstream/ (base on main, the change on feature); the build runs in a clone
// of the change with only its last commit, as actions/checkout makes by default.
def upstream = new File(basedir, 'upstream')
upstream.mkdirs()
def revisions = new File(basedir, 'revisions')
revisions.eachFileRecurse { File file ->
    if (file.isFile()) {
        def target = new File(upstream, 'revisions/' + revisions.toPath().relativize(file.toPath()))
        target.parentFile.mkdirs()
        target.bytes = file.bytes
    }
}
evaluate(new File(itLibrary, 'diff-repository.groovy'))(upstream)
def clone = new File(basedir, 'clone')
Git.cloneRepository()
        .setURI(upstream.toURI().toString())
        .setDirectory(clone)
        .setBranch('feature')
        .setDepth(1)
        .call()
        .close()
true
