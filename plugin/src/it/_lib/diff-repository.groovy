import java.nio.file.Files
import java.nio.file.StandardCopyOption
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// Builds the Git repository a diff-* project runs in, with JGit (the machine may have no git program):
// revisions/base/ is committed as config/ on main, then branch feature replaces config/ with
// revisions/head/ and commits it, as a pull request would. Evaluated by a setup script; returns a closure.
return { File basedir ->
    def copy = { File from, File to ->
        from.eachFileRecurse { File file ->
            if (file.isFile()) {
                def target = new File(to, from.toPath().relativize(file.toPath()).toString())
                target.parentFile.mkdirs()
                Files.copy(file.toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
    def config = new File(basedir, 'config')
    def who = new PersonIdent('Testby', 'kommunikation@testby.se')
    new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
    def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
    try {
        copy(new File(basedir, 'revisions/base'), config)
        git.add().addFilepattern('.').call()
        git.commit().setMessage('Base').setAuthor(who).setCommitter(who).setSign(false).call()
        git.checkout().setCreateBranch(true).setName('feature').call()
        config.deleteDir()
        copy(new File(basedir, 'revisions/head'), config)
        git.add().addFilepattern('.').call()
        git.add().addFilepattern('.').setUpdate(true).call()
        git.commit().setMessage('The change').setAuthor(who).setCommitter(who).setSign(false).call()
    } finally {
        git.close()
    }
    return true
}
