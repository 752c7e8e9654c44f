import groovy.json.JsonSlurper

// The change waives the library's personal-account error. The waiver is a decision: it is shown with
// the rule in words, the target, the reason, who approved it, the decision and the expiry, and it is
// routed to the communications office, whose area the rule is in.
def log = new File(basedir, 'build.log').text

assert log.contains("  somepolicy.yaml: Waiver added: the rule \u201cAn organisation account, not a personal one\u201d is waived for accounts/kultur/instagram-bibliotek.yaml until 2027-03-31. Reason: Kontot byts till en organisationssida under våren. Approved by Karin Berg, kommunikationschef, decision KS 2026/311.")
assert log.contains('review needed by Communications (@testby/kommunikation).')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy-diff.json'))
assert json.changes.collect { it.kind } == ['waiver-added']
assert json.changes[0].messageArguments == ['rule.account-type.title', 'accounts/kultur/instagram-bibliotek.yaml', '2027-03-31',
        'Kontot byts till en organisationssida under våren', 'Karin Berg, kommunikationschef', 'KS 2026/311']
assert json.findings.unchanged.collect { "${it.ruleId} ${it.waived}".toString() } == ['account-type true']
assert json.reviews.collect { it.role } == ['communications']
def owners = new File(basedir, 'target/somepolicy/somepolicy-codeowners').readLines()
assert owners.contains('/config/somepolicy.yaml @testby/kommunikation')
true
