import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('somepolicy: 12 filer, 10 konton: 0 fel, 0 varningar, 0 noteringar, 1 undantagen (profil malmo, datum 2026-11-23).')
assert log.contains('BUILD SUCCESS')
def json = new JsonSlurper().parse(new File(basedir, 'target/somepolicy/somepolicy.json'))
assert json.findings.size() == 1 && json.findings[0].waiver.approvedBy.startsWith('Karin Berg')
true
