// The goteborg profile: compliant/ passes, and broken/ breaks each rule the profile turns on once.
def profile = 'goteborg'

// The rules goteborg.yaml turns on over the baseline (warnings included).
def rules = [
    'unit-manager',
    'account-approval',
    'account-type',
    'account-purpose',
    'account-resources',
    'evaluation-metrics',
    'credentials-holders',
    'confidential-routine',
    'notice-public-records',
    'notice-website-link',
    'management-plan',
    'registration-routine',
    'archive-interval',
    'archive-snapshot-overdue',
    'archive-snapshot-due-soon',
]

// Every finding of broken/ as rule, file and line, with the mistake that causes it.
def org = 'organisation.yaml'
def fb = 'accounts/kommunikation/facebook-vasterhamnsstad.yaml'
def ig = 'accounts/kultur/instagram-vasterhamnskulturhus.yaml'
def x = 'accounts/kommunikation/x-vasterhamnsstad.yaml'
def notices = 'notices/standard.md'
def expected = [
    // The shared notice's missing topics: one finding each at the notice, the accounts that use it related.
    ['notice-public-records', notices, 1],
    ['unit-manager', org, 19],             // the culture department's director left and the manager was removed
    ['account-purpose', fb, 12],           // the channel choice was never written down
    ['confidential-routine', fb, 35],      // no routine for confidential content
    ['archive-interval', fb, 71],          // a snapshot once a year (warning)
    ['account-resources', ig, 24],         // how many people work with the account is not estimated (warning)
    ['account-approval', ig, 28],          // the manager's decision came after the account went live
    ['credentials-holders', ig, 52],       // only one person can log in (warning)
    ['notice-website-link', ig, 55],       // links to the culture house's own site, not the city's
    ['archive-snapshot-overdue', ig, 68],  // the spring snapshot was the last one (warning)
    ['evaluation-metrics', x, 2],          // no evaluation planned (warning; reported at the first key)
    ['account-type', x, 9],                // the X account is registered as a personal account
    ['management-plan', x, 52],            // not in the records management plan (warning)
    ['registration-routine', x, 52],       // no routine for registering posts
    ['archive-snapshot-due-soon', x, 58],  // the next snapshot falls due on 2026-12-10 (warning)
]

def verifyProfile = evaluate(new File(itLibrary, 'profile-reports.groovy'))
verifyProfile(basedir, profile, rules, expected, 3, 3)
