// A misspelt profile stops the build with a suggestion and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains("Unknown profile 'stirct'. Did you mean 'strict'? Profiles available: ")
assert log.contains('BUILD FAILURE')
assert !log.contains('at io.github.somepolicy')
true
