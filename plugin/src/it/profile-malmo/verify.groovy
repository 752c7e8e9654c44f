// The malmo profile: compliant/ passes, and broken/ breaks each rule the profile turns on once.
def profile = 'malmo'

// The rules malmo.yaml turns on over the baseline, or sets parameters for (moderation-monitoring:
// daily), warnings included.
def rules = [
    'unit-manager',
    'account-approval',
    'account-registration',
    'register-url',
    'account-type',
    'spokespersons-decision',
    'municipality-wide-unit',
    'closing-notice',
    'moderation-backup',
    'moderation-coverage',
    'moderation-monitoring',
    'credentials-holders',
    'preserve-before-removal',
    'case-referral-routine',
    'notice-contact',
    'notice-purpose',
    'notice-public-records',
    'notice-prohibited-content',
    'notice-personal-data',
    'notice-visitor-responsibility',
    'retention-transferred-copies',
    'archive-interval',
    'archive-snapshot-overdue',
    'archive-snapshot-due-soon',
    'platform-ordered-history',
]

// Every finding of broken/ as rule, file and line, with the mistake that causes it.
def org = 'organisation.yaml'
def sc = 'accounts/fritid/snapchat-fritidoresunda.yaml'
def fb = 'accounts/kommunikation/facebook-oresundastad.yaml'
def x = 'accounts/kommunikation/x-oresundastad.yaml'
def notices = 'notices/standard.md'
def expected = [
    // The shared notice's missing topics: one finding each at the notice, the accounts that use it related.
    ['notice-contact', notices, 1],
    ['notice-personal-data', notices, 1],
    ['notice-prohibited-content', notices, 1],
    ['notice-public-records', notices, 1],
    ['notice-purpose', notices, 1],
    ['notice-visitor-responsibility', notices, 1],
    ['register-url', org, 1],                   // the list of accounts on oresunda.se/socialamedier is not given
    ['unit-manager', org, 17],                  // the leisure department's director is not named
    ['platform-ordered-history', sc, 4],        // the leisure department moved from Instagram to Snapchat (warning)
    ['municipality-wide-unit', sc, 7],          // the department's account says it is municipality-wide
    ['account-type', sc, 8],                    // run from a youth worker's private account (warning)
    ['account-approval', sc, 14],               // the date of the manager's assignment is not recorded
    ['account-registration', sc, 18],           // the communications department was told after the start
    ['case-referral-routine', sc, 22],          // no routine for individual cases
    ['moderation-backup', sc, 24],              // the stand-in left and was not replaced
    ['preserve-before-removal', sc, 31],        // removed posts are not moved to the city's own medium
    ['retention-transferred-copies', sc, 43],   // the revised retention decision lost coversTransferredCopies
    ['archive-snapshot-overdue', sc, 48],       // the spring screenshot was the last one
    ['spokespersons-decision', fb, 20],         // who may write for the city is not documented
    ['moderation-coverage', fb, 24],            // the stand-in's summer leave overlaps the moderator's, 2027-07-19 to 07-30
    ['moderation-monitoring', fb, 39],          // watched on weekdays, where daily is asked for
    ['credentials-holders', fb, 48],            // only the moderator can log in
    ['retention-transferred-copies', fb, 59],   // the same retention decision
    ['archive-interval', fb, 62],               // a screenshot once a year
    ['archive-snapshot-due-soon', fb, 64],      // with at most six months, the next falls due on 2026-12-05 (warning)
    ['closing-notice', x, 41],                  // the city left X without telling visitors where to go
    ['retention-transferred-copies', x, 50],    // the same retention decision (closed accounts too)
]

def verifyProfile = evaluate(new File(itLibrary, 'profile-reports.groovy'))
verifyProfile(basedir, profile, rules, expected, 3, 3)
