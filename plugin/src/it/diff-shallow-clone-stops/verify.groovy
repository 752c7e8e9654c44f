// A clone with only the latest commit has no base to compare with. The run stops with what to do on
// GitHub and on GitLab, and no internal message key is shown.
def log = new File(basedir, 'build.log').text

assert new File(basedir, 'clone/.git/shallow').isFile()
assert log.contains("This clone is shallow (only the latest commits were fetched), so the base 'origin/main' or the commit it shares with HEAD is not here.")
assert log.contains('in GitHub Actions give actions/checkout the input fetch-depth: 0; in GitLab CI set the variable GIT_DEPTH: 0')
assert !log.contains('diff.shallow')
assert !log.contains('diff.no-merge-base')
assert !(log =~ /\[ERROR\].*\bdiff\.[a-z-]+/)
assert !log.contains('have no commit in common')
assert log.contains('BUILD FAILURE')
true
