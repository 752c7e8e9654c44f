// The trosa profile: compliant/ passes, and broken/ breaks each rule the profile turns on once.
def profile = 'trosa'

// The rules trosa.yaml turns on over the baseline, or sets parameters for (archive-method: paper only).
// compliant/ also uses Trosa's parameters of moderation-backup and moderation-coverage: the school
// account closes for posts during the teacher's leave instead of having a stand-in.
def rules = [
    'unit-manager',
    'account-approval',
    'account-registration',
    'account-type',
    'account-purpose',
    'account-resources',
    'terms-reviewed',
    'spokespersons-decision',
    'moderation-backup',
    'moderation-coverage',
    'confidential-routine',
    'case-referral-routine',
    'notice-contact',
    'notice-purpose',
    'notice-public-records',
    'notice-prohibited-content',
    'notice-personal-data',
    'notice-not-responsible',
    'consent-routine',
    'archive-method',
    'registration-routine',
]

// Every finding of broken/ as rule, file and line, with the mistake that causes it.
def org = 'organisation.yaml'
def fb = 'accounts/kommunkontoret/facebook-abyvikkommun.yaml'
def x = 'accounts/kommunkontoret/x-abyvikkommun.yaml'
def ig = 'accounts/skola/instagram-abyviksskolan8a.yaml'
def notices = 'notices/standard.md'
def expected = [
    // The shared notice's missing topics: one finding each at the notice, the accounts that use it related.
    ['notice-prohibited-content', notices, 1], // one kind left on the list of what must not be posted
    ['notice-personal-data', notices, 1],      // the part on personal data and the law is gone
    ['notice-contact', notices, 1],
    ['notice-not-responsible', notices, 1],
    ['notice-public-records', notices, 1],
    ['notice-purpose', notices, 1],
    ['unit-manager', org, 18],              // the school's new head teacher has not been entered
    ['account-resources', fb, 16],          // how many people the plan counts on is missing
    ['spokespersons-decision', fb, 25],     // no decision on who may speak for the municipality
    ['case-referral-routine', fb, 27],      // no routine for individual cases
    ['moderation-coverage', fb, 29],        // both on leave in the same summer weeks, 2027-07-26 to 07-30
    ['archive-method', fb, 61],             // screenshots, where Åbyvik has no e-archive and keeps paper
    ['account-purpose', x, 2],              // the X account's description was never written (reported at the first key)
    ['account-registration', x, 2],         // the information officer was not told in advance (first key)
    ['moderation-backup', x, 26],           // no stand-in, and the account does not close for posts instead
    ['registration-routine', x, 41],        // no routine for registering posts
    ['terms-reviewed', ig, 2],              // no record that Instagram's terms were read (first key)
    ['account-type', ig, 9],                // the class account is the teacher's private Instagram
    ['account-approval', ig, 20],           // who decided is not recorded
    ['confidential-routine', ig, 28],       // no routine for confidential content
    ['consent-routine', ig, 59],            // nothing on the guardians' written approval
]

def verifyProfile = evaluate(new File(itLibrary, 'profile-reports.groovy'))
verifyProfile(basedir, profile, rules, expected, 3, 3)
