// Under the strict profile every rule of the catalogue is listed, at its default severity.
def log = new File(basedir, 'build.log').text
def catalogue = new File(basedir, '../../../src/main/resources/io/github/somepolicy/rule/catalogue')
def rules = [:]
catalogue.eachFileMatch(~/.*\.yaml/) { file ->
    def id = null
    file.eachLine { line ->
        def idMatch = line =~ /^  - id: (\S+)/
        if (idMatch) {
            id = idMatch[0][1]
        }
        def severityMatch = line =~ /^    severity: (\S+)/
        if (id != null && severityMatch) {
            rules[id] = severityMatch[0][1]
            id = null
        }
    }
}
assert !rules.isEmpty()
assert log.contains("somepolicy: ${rules.size()} of ${rules.size()} rules in force under the built-in profile 'strict'")
rules.each { id, severity ->
    assert log =~ /(?m)^\[INFO\]   ${java.util.regex.Pattern.quote(id)} +${severity} / : id
}
assert !log.contains('are off and not listed')
assert log.contains('BUILD SUCCESS')
true
