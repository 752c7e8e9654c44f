def log = new File(basedir, 'build.log').text
assert log.contains("konton.csv:3:2: error [import] Unknown platform 'myspace'. Write one of: blog, bluesky, facebook,")
assert log.contains('somepolicy: 1 problem in konton.csv, listed above; no file was written.')
assert !log.contains('\tat io.github.somepolicy')
// the good row is not written either
assert !new File(basedir, 'accounts').exists()
true
