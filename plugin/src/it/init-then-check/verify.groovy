def log = new File(basedir, 'build.log').text
// init wrote the repository
['pom.xml', 'mvnw', 'mvnw.cmd', '.mvn/wrapper/maven-wrapper.properties', '.mvn/jvm.config', 'organisation.yaml', 'somepolicy.yaml',
 'accounts/kommunikation/facebook-kommunen.yaml', 'notices/standard.md', 'notices/standard-en.md',
 '.github/workflows/somepolicy.yml', '.gitlab-ci.yml', '.vscode/settings.json', 'schemas/account.schema.json',
 '.gitignore', 'README.md'].each { assert new File(basedir, it).isFile() : it }
assert log.contains("for the profile 'malmo'")

// the build it wrote ran the check, which failed on the placeholders and on nothing else
def finding = ~/(?m)^\[(?:ERROR|WARNING|INFO)\] (\S+\.yaml):(\d+):(\d+): (error|warning|note) \[([a-z0-9-]+)\] (.*)$/
def findings = (log =~ finding).collect { it }
assert findings.size() > 10 : 'the placeholders are reported'
findings.each { m ->
    def line = new File(basedir, m[1]).readLines('UTF-8')[(m[2] as int) - 1]
    assert line.contains('FYLL I:') || line.contains('fyll-i.example.com') : "${m[0]} points at: ${line}"
}
assert findings.any { it[5] == 'placeholder' && it[6].contains('Placeholder to fill in: ') }
assert !findings.any { it[5].startsWith('notice-') }
assert log.contains('BUILD FAILURE')

// init again never replaces a file: the profile stays the one first chosen
assert new File(basedir, 'somepolicy.yaml').text.contains('extends: malmo')
assert log.contains('somepolicy: pom.xml exists and was left as it is.')
assert log.contains("somepolicy: wrote no files to")
true
