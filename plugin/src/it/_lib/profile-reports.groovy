import groovy.json.JsonSlurper

// The checks every profile-* project makes: compliant/ passes with no finding, and broken/ has exactly
// the expected findings (rule, file, line), breaking each rule the profile turns on.
// Evaluated by a verify script; returns a closure.
return { File basedir, String profile, List rules, List expected, int compliantAccounts, int brokenAccounts ->
    def report = { String name -> new JsonSlurper().parse(new File(basedir, "target/somepolicy-${name}/somepolicy.json")) }
    def show = { List finding -> "${finding[0]} ${finding[1]}:${finding[2]}".toString() }
    def compliant = report('compliant')
    def broken = report('broken')

    assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
    [compliant, broken].each {
        assert it.run.profile == profile
        assert it.run.date == '2026-11-23'
    }
    assert compliant.run.accounts == compliantAccounts
    assert broken.run.accounts == brokenAccounts
    assert compliant.findings.isEmpty() : compliant.findings.collect { "${it.ruleId} ${it.location.file}:${it.location.line} ${it.message}" }.join('\n')

    def actual = broken.findings.collect { show([it.ruleId, it.location.file, it.location.line]) }.sort()
    def wanted = expected.collect { show(it) }.sort()
    assert actual == wanted : "unexpected: ${actual - wanted}\nmissing: ${wanted - actual}"
    assert broken.findings.every { it.waiver == null }
    assert (rules as Set) == (broken.findings*.ruleId as Set) : "rules not broken: ${rules - broken.findings*.ruleId}"
    assert broken.rules*.id.containsAll(rules)
    true
}
