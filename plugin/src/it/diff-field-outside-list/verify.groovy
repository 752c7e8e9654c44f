import groovy.json.JsonSlurper

// The change moves an account to another unit and writes down where its password is kept: fields no
// sentence of its own covers. Each is named by its title in the schema, with the old and the new value,
// and the credentials go to the data protection officer too.
def log = new File(basedir, 'build.log').text
def A = 'accounts/kommunikation/facebook-testby.yaml'

assert log.contains("  ${A}: Testby kommun (facebook @testbykommun): Unit changed from kommunikation to kultur.")
assert log.contains("  ${A}: Testby kommun (facebook @testbykommun): Credentials › Storage changed from — to En post-it-lapp på skärmen.")
assert log.contains('review needed by Communications (@testby/kommunikation), Data protection officer (@testby/dataskydd).')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy-diff.json'))
assert json.changes.collect { it.kind } == ['field-changed', 'field-changed']
assert json.changes.find { it.messageArguments[1] == 'field:account:/credentials/storage' }.roles == ['communications', 'data-protection']
assert json.summary.verdict == 'pass'

def markdown = new File(basedir, 'target/somepolicy/somepolicy-diff.md').text
assert markdown.contains(':white_check_mark: **Passes** the ratchet')
assert !markdown.contains('Nothing changes')
assert markdown.contains('`config/accounts/kommunikation/facebook-testby.yaml`')
true
