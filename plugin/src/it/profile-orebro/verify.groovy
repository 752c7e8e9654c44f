// The orebro profile: compliant/ passes, and broken/ breaks each rule the profile turns on once.
def profile = 'orebro'

// The rules orebro.yaml turns on over the baseline, or sets parameters for (notice-sender: "En
// verksamhet inom {municipality}"; moderation-response-time: a warning over one working day).
def rules = [
    'account-registration',
    'register-url',
    'account-type',
    'account-purpose',
    'account-resources',
    'terms-reviewed',
    'municipality-wide-unit',
    'closing-notice',
    'moderation-backup',
    'moderation-coverage',
    'moderation-response-time',
    'credentials-holders',
    'preserve-before-removal',
    'confidential-routine',
    'case-referral-routine',
    'signature-municipality',
    'crisis-routine',
    'notice-sender',
    'notice-contact',
    'notice-prohibited-content',
    'notice-personal-data',
    'notice-website-link',
    'consent-routine',
    'archive-interval',
    'archive-snapshot-overdue',
    'archive-snapshot-due-soon',
    'registration-routine',
]

// Every finding of broken/ as rule, file and line, with the mistake that causes it.
def org = 'organisation.yaml'
def fb = 'accounts/kommunikation/facebook-ekholmakommun.yaml'
def x = 'accounts/kommunikation/x-ekholmakommun.yaml'
def ig = 'accounts/kultur/instagram-ekholmastadsbibliotek.yaml'
def notices = 'notices/standard.md'
def expected = [
    // The shared notice's missing topics: one finding each at the notice, the accounts that use it related.
    ['notice-contact', notices, 1],
    ['notice-personal-data', notices, 1],
    ['notice-prohibited-content', notices, 1],
    ['register-url', org, 1],               // the address of the page that lists the accounts is missing
    ['account-type', fb, 8],                // the Facebook presence was created as a personal profile, not a page
    ['account-purpose', fb, 12],            // no message (budskap), as the checklist asks
    ['account-resources', fb, 21],          // the time needed is not estimated
    ['case-referral-routine', fb, 26],      // no routine for referring individual cases
    ['moderation-coverage', fb, 28],        // the stand-in's summer leave overlaps the moderator's, 2027-07-26 to 07-30
    ['signature-municipality', fb, 45],     // answers signed without "Ekholma kommun"
    ['preserve-before-removal', fb, 47],    // removed posts are not saved first
    ['notice-website-link', fb, 56],        // the text still links to the old address www.ekholma.kommun.se
    ['archive-interval', fb, 69],           // a snapshot once a year
    ['archive-snapshot-overdue', fb, 71],   // the last snapshot is from March
    ['consent-routine', fb, 72],            // nothing on guardians' consent for children
    ['crisis-routine', fb, 76],             // used in a crisis, but no back-up staffing
    ['terms-reviewed', x, 2],               // no record that the terms of X were read (reported at the first key)
    ['municipality-wide-unit', x, 8],       // the municipality's X account filed under the service centre
    ['confidential-routine', x, 27],        // no routine for confidential content
    ['moderation-backup', x, 29],           // no stand-in
    ['moderation-response-time', x, 34],    // two working days where one is wanted (warning)
    ['credentials-holders', x, 38],         // one person holds the login
    ['notice-sender', x, 41],               // ... and "En verksamhet inom Ekholma kommun"
    ['registration-routine', x, 46],        // no routine for registering posts
    ['archive-snapshot-due-soon', x, 52],   // the next snapshot falls due on 2026-12-08 (warning)
    ['account-registration', ig, 26],       // the library closed its Instagram without telling the information department
    ['closing-notice', ig, 54],             // ... or the visitors where to go
]

def verifyProfile = evaluate(new File(itLibrary, 'profile-reports.groovy'))
verifyProfile(basedir, profile, rules, expected, 3, 3)
