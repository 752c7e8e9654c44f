def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] accounts/kommunikation/facebook-testby.yaml:6:7: error [account-unit-exists]")
assert log.contains('Konfigurationen har 2 fel, så förteckningen publiceras inte')
assert log.contains('-Dsomepolicy.allowErrors=true')
assert !log.contains('at io.github.somepolicy.')
assert !new File(basedir, 'target/somepolicy/register').exists()
assert !new File(basedir, 'target/somepolicy/records').exists()
true
