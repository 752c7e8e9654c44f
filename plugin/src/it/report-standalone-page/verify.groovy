// mvn somepolicy:report wrote the findings page by itself, in Swedish, as a whole document: headings,
// tables with their header cells, the waiver, and every value from the configuration as text.
def page = new File(basedir, 'target/site/somepolicy.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<html lang="sv">')
assert html.contains('<meta name="viewport"')
assert html.contains('<h1 id="somepolicy">')
assert html.contains('<h2 id="by-severity">') && html.contains('<h2 id="waivers">')
assert html.contains('<th scope="col">')
assert html.contains('account-unit-exists')
assert html.contains('accounts/kommunikation/facebook-testby.yaml')
assert html.contains('6:7')
assert html.contains('Karin Berg, kommunikationschef')
assert html.contains('KS 2026/12') && html.contains('2027-03-31')
// markup from the configuration is escaped, never passed through
assert html.contains('januari &lt;b&gt;2027&lt;/b&gt;')
assert !html.contains('<b>2027</b>')
// Swedish texts, and the log says where the page is
assert html.contains('Öppna avvikelser per fil')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('sidan med fynden skrevs till')
// nothing else was written: only the page under target/site and its manifest
def written = []
new File(basedir, 'target').eachFileRecurse { if (it.isFile()) written << basedir.toPath().relativize(it.toPath()).toString() }
assert written.every { it.startsWith('target/site/') }
true
