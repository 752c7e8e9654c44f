import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
def linkedin = new File(basedir, 'accounts/kommunikation/linkedin-ekeby-naringsliv.yaml')
def facebook = new File(basedir, 'accounts/kommunikation/facebook-ekebykommun.yaml')
assert linkedin.isFile() && facebook.isFile()
// read as Windows-1252: the dash and the Swedish letters come through
assert linkedin.getText('UTF-8').contains('name: "Ekeby kommun – Näringsliv"')
assert linkedin.getText('UTF-8').contains('description: "Nyheter för företagare i Ekeby"')
assert linkedin.getText('UTF-8').contains('activated: 2022-09-01')
assert log.contains("(read as windows-1252, separated by ';')")
assert log.contains("the column 'Anteckning' is not read")

// the check of the result: the files are valid, and every finding on them is a placeholder to fill in
def report = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy.json'))
def imported = report.findings.findAll { it.location.file.startsWith('accounts/kommunikation/linkedin') }
assert !imported.isEmpty()
assert !report.findings.any { it.ruleId == 'schema' }
imported.each { f ->
    def line = linkedin.readLines("UTF-8")[f.location.line - 1]
    assert line.contains('FYLL I:') || line.contains('fyll-i.example.com') : "${f.ruleId} at ${f.location.line}: ${line}"
}

// importing again keeps both files as they are
assert log.contains('accounts/kommunikation/linkedin-ekeby-naringsliv.yaml exists and was left as it is (konton.csv, line 2)')
true
