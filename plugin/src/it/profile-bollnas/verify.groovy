// The bollnas profile: compliant/ passes, and broken/ breaks each rule the profile turns on once.
def profile = 'bollnas'

// The rules bollnas.yaml turns on over the baseline, or sets parameters for (moderation-response-time:
// at most two working days), warnings included.
def rules = [
    'account-approval',
    'account-registration',
    'register-url',
    'account-type',
    'spokespersons-decision',
    'municipality-wide-unit',
    'closing-notice',
    'elected-official-disclaimer',
    'moderation-backup',
    'moderation-coverage',
    'moderation-response-time',
    'credentials-holders',
    'preserve-before-removal',
    'confidential-routine',
    'notice-public-records',
    'notice-personal-data',
    'notice-website-link',
    'notice-prohibited-content',
    'management-plan',
    'registration-routine',
    'platform-ordered-history',
]

// Every finding of broken/ as rule, file and line, with the mistake that causes it.
def org = 'organisation.yaml'
def fb = 'accounts/informationskontoret/facebook-halsingebykommun.yaml'
def x = 'accounts/informationskontoret/x-halsingebykommun.yaml'
def blog = 'accounts/informationskontoret/blog-kommunstyrelsens-ordforande.yaml'
def tt = 'accounts/kultur-och-fritid/tiktok-ungdomenshus.yaml'
def notices = 'notices/standard.md'
def expected = [
    // The shared notice's missing topics: one finding each at the notice, the accounts that use it related.
    ['notice-personal-data', notices, 1],
    ['notice-prohibited-content', notices, 1],
    ['notice-public-records', notices, 1],
    ['register-url', org, 1],                  // the address of the list of accounts is missing
    ['moderation-coverage', fb, 25],           // the stand-in's summer leave overlaps the moderator's, 2027-07-19 to 07-30
    ['moderation-response-time', fb, 41],      // three working days, where two is the most
    ['credentials-holders', fb, 49],           // the login details are held by one person only
    ['notice-website-link', fb, 52],           // the page no longer shows the municipality's web address
    ['management-plan', fb, 56],               // the page is not in the records management plan
    ['closing-notice', x, 41],                 // the municipality left X without telling visitors where to go
    ['elected-official-disclaimer', blog, 1],  // a link to the chair's blog added without a disclaimer
    ['platform-ordered-history', tt, 4],       // Ungdomens hus moved from Instagram to TikTok (warning)
    ['municipality-wide-unit', tt, 7],         // the unit's account says it is municipality-wide
    ['account-type', tt, 8],                   // run from the youth worker's private profile
    ['account-approval', tt, 14],              // the application's reference (diarienummer) is missing
    ['account-registration', tt, 18],          // the Information Office was told only after the start
    ['spokespersons-decision', tt, 19],        // no decision on who may speak for the unit (warning)
    ['confidential-routine', tt, 21],          // no routine for confidential material
    ['moderation-backup', tt, 23],             // the stand-in left and was not replaced
    ['preserve-before-removal', tt, 30],       // posts are removed without being saved first
    ['registration-routine', tt, 41],          // no routine for registering messages
]

def verifyProfile = evaluate(new File(itLibrary, 'profile-reports.groovy'))
verifyProfile(basedir, profile, rules, expected, 3, 4)
