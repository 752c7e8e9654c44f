// mvn site wrote the findings page, in English (the site's default locale), from a configuration with
// one open error and one waived one; values from the configuration are text, not markup.
def page = new File(basedir, 'target/site/somepolicy.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.contains('somepolicy findings')
// by severity, by rule, by file, waivers
assert html.contains('By severity') && html.contains('By rule') && html.contains('Open findings by file') && html.contains('Waived findings')
assert html.contains('account-unit-exists')
assert html.contains('accounts/kommunikation/facebook-testby.yaml')
assert html.contains("The unit 'kommunkation' is not defined")
assert html.contains('6:7')
// the waived finding with its waiver
assert html.contains('moderation-backup')
assert html.contains('Karin Berg, kommunikationschef')
assert html.contains('KS 2026/12')
assert html.contains('2027-03-31')
// Doxia writes letters outside ASCII as character references
assert html.contains('januari &lt;b&gt;2027&lt;/b&gt;')
assert !html.contains('<b>2027</b>')
// the project's reports menu links to it
def index = new File(basedir, 'target/site/project-reports.html')
assert index.isFile() && index.getText('UTF-8').contains('somepolicy.html')
true
