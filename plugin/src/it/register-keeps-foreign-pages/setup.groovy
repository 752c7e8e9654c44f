// The web team keeps a page of its own in the register's units/ folder, and a page the plugin wrote
// in an earlier run for a unit that no longer exists is listed in its manifest.
import java.security.MessageDigest
def units = new File(basedir, 'target/site/konton/units')
units.mkdirs()
new File(units, 'about-us.html').text = '<h1>Om oss</h1>\n'
def stale = '<h1>Nedlagd enhet</h1>\n'
new File(units, 'nedlagd-enhet.html').text = stale
def sum = MessageDigest.getInstance('SHA-256').digest(stale.getBytes('UTF-8')).encodeHex().toString()
new File(basedir, 'target/site/konton/.somepolicy-written').text = "${sum} units/nedlagd-enhet.html\n"
true
