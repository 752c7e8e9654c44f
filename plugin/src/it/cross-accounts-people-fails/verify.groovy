import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def sarif = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy.sarif'))
def results = sarif.runs[0].results
def of = { String rule -> results.findAll { it.ruleId == rule } }
// In this repository the project sits in a subfolder, so SARIF's paths start at the repository root.
def rel = { String uri -> uri.replaceFirst('^.*cross-accounts-people-fails/', '') }
def file = { r -> rel(r.locations[0].physicalLocation.artifactLocation.uri) }
def base = 'accounts/kommunikation/facebook-testby.yaml'
def copy = 'accounts/kultur/facebook-testby-kopia.yaml'

// the same page twice, once as http://Facebook.com/testbykommun/?fbclid=...: both files, each pointing at the other
def duplicates = of('account-duplicate')
assert duplicates.collect { file(it) }.sort() == [base, copy]
duplicates.each { d ->
    def other = file(d) == base ? copy : base
    assert d.relatedLocations*.physicalLocation*.artifactLocation*.uri.collect { rel(it) } == [other]
    assert d.message.text.contains('facebook.com/testbykommun')
}
// Dan Ek is the only stand-in on five accounts
def load = of('moderation-backup-load')
assert load.size() == 1 && load[0].message.text.startsWith('Dan Ek is the only stand-in on 5 accounts')
// Anna's and Dan's summers overlap on three accounts: one finding naming both, the accounts and the days
def shared = of('moderation-shared-absence')
assert shared.size() == 1
assert shared[0].message.text.contains('When Anna Andersson and Dan Ek are away, 3 accounts have nobody')
assert shared[0].message.text.contains('2027-07-15–2027-07-25')
// Bo Ek left on 2026-10-31 and is still stand-in and credentials holder on the main account
def departed = of('moderation-departed')
assert departed.size() == 2 && departed.every { file(it) == base }
assert departed.every { rel(it.relatedLocations[0].physicalLocation.artifactLocation.uri) == 'organisation.yaml' }
assert of('people-same-name').size() == 1 && of('people-same-name')[0].level == 'note'
assert of('date-in-future').collect { it.message.text }.any { it.contains('records.archive.lastSnapshot: 2027-01-15') }
assert log.contains('[ERROR] accounts/kommunikation/facebook-testby.yaml')

// the people report, for the unit manager, beside the register and never in it
def people = new File(basedir, 'target/somepolicy/people')
def csv = new File(people, 'people.csv').readLines('UTF-8')
assert csv[0].startsWith('Person,E-mail,Account,File,Unit,Status,Roles,Alone as,Absences,Last day')
assert csv.findAll { it.startsWith('Dan Ek,dan.ek@testby.se,') }.size() == 5
assert csv.any { it.startsWith('Bo Ek,bo.ek@testby.se,Testby kommun,') && it.endsWith(',2026-10-31') }
assert new File(people, 'people.md').text.contains('## Anna Andersson (anna.andersson@testby.se)')
assert log.contains('People report: ')
def register = new File(basedir, 'target/somepolicy/register')
assert !register.exists() || !register.listFiles().any { it.name.startsWith('people') }
true
