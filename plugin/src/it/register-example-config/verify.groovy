import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('Register of Ekeby kommun written to ')
assert log.contains(': 8 active and 1 recently closed account(s) on 5 unit page(s)')
assert log.contains('BUILD SUCCESS')
def register = new File(basedir, 'target/site/konton')
def records = new File(basedir, 'target/somepolicy/records')
def index = new File(register, 'index.html').text
assert index.startsWith('<!DOCTYPE html>\n<html lang="en">')
assert (index =~ /<tr data-account="/).count == 9
assert index.contains('<a href="https://www.facebook.com/ekebykommun">Ekeby kommun</a>')
assert new File(register, 'units/raddningstjanst.html').text.contains('<h1>Räddningstjänsten Ekeby</h1>')
assert new File(register, 'logo.svg').isFile()
def json = new JsonSlurper().parse(new File(register, 'register.json'))
assert json.language == 'en' && json.accounts.size() == 9
assert json.accounts.count { it.status == 'closed' } == 1
assert !json.accounts*.id.contains('socialtjanst/facebook-ekebyfamiljecentral')
def csv = new File(register, 'register.csv').text
assert csv.startsWith('status,name,platform,platform_name,handle,url,unit_id,unit,purpose,contact_email,contact_phone,contact_url,activated,closed\r\n')
assert new File(records, 'records-plan.md').text.contains('| Retention decision |')
def ics = new File(records, 'obligations.ics').text
assert ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n') && ics.contains('DTSTAMP:20261123T000000Z')
[register, records].each { dir ->
    dir.eachFileRecurse { file ->
        if (file.isFile()) {
            def text = file.text
            ['Anna Andersson', 'anna.andersson@ekeby.se', 'Bo Ek', 'bo.ek@ekeby.se', 'lösenordshanterare'].each {
                assert !text.contains(it) : "${file} contains ${it}"
            }
        }
    }
}
true
