// Under the baseline the guideline rules are off; the configuration's own settings count.
def log = new File(basedir, 'build.log').text
def resources = new File(basedir, '../../../src/main/resources/io/github/somepolicy')
// the rules the catalogue has off in the baseline
def off = [] as Set
new File(resources, 'rule/catalogue').eachFileMatch(~/.*\.yaml/) { file ->
    def id = null
    file.eachLine { line ->
        def match = line =~ /^  - id: (\S+)/
        if (match) {
            id = match[0][1]
        } else if (id != null && line ==~ /^    baseline: off\s*$/) {
            off << id
        }
    }
}
def own = ['moderation-backup', 'archive-snapshot-overdue']
def guideline = off.findAll { !own.contains(it) }
assert !guideline.isEmpty()
assert log.contains(", profile 'baseline' (id, severity, title, requirements):")
guideline.each { id ->
    assert log =~ /(?m)^\[INFO\]   ${java.util.regex.Pattern.quote(id)} +off / : id
}
assert log =~ /(?m)^\[INFO\]   moderation-backup +warning /
assert log =~ /(?m)^\[INFO\]   archive-snapshot-overdue +error .*\n\[INFO\]       maxInterval: P1Y$/
assert !log.contains('[WARNING]')
assert log.contains('BUILD SUCCESS')
true
