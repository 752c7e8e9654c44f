// The web team's page survives the run; the plugin's own page of a unit that is gone is removed.
def units = new File(basedir, 'target/site/konton/units')
assert new File(units, 'about-us.html').text == '<h1>Om oss</h1>\n'
assert !new File(units, 'nedlagd-enhet.html').exists()
assert new File(basedir, 'target/site/konton/index.html').isFile()
assert units.list().findAll { it != 'about-us.html' }.size() > 0
def manifest = new File(basedir, 'target/site/konton/.somepolicy-written').text
assert manifest.contains(' index.html')
assert !manifest.contains('about-us.html')
assert !manifest.contains('nedlagd-enhet')
true
