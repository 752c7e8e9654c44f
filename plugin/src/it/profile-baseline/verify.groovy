// The baseline profile: compliant/ passes, and broken/ breaks each rule the baseline keeps on once.
def profile = 'baseline'

// The rules the baseline keeps on, besides those about the files themselves (yaml-*, file-*, schema,
// policy-invalid, waiver-*, internal-error), which the validate-* tests cover.
def rules = [
    'account-unit-exists',
    'account-lifecycle',
    'moderation-moderator',
    'moderation-monitoring',
    'moderation-response-time',
    'moderation-removal',
    'notice-present',
    'notice-sender',
    'notice-visible-to-others',
    'archive-method',
    'retention-decision',
    'secret-value',
    'personal-identity-number',
    'private-contact',
]

// Every finding of broken/ as rule, file and line, with the mistake that causes it.
def fb = 'accounts/kommunikation/facebook-norrvikkommun.yaml'
def ig = 'accounts/bibliotek/instagram-norrviksbibliotek.yaml'
def x = 'accounts/kommunikation/x-norrvikkommun.yaml'
def notices = 'notices/standard.md'
def expected = [
    ['notice-visible-to-others', notices, 1], // the shared notice lost its sentence on visibility (not on X)
    ['moderation-response-time', fb, 14],  // no responseTimeWorkingDays
    ['private-contact', fb, 24],           // the stand-in's Gmail address
    ['secret-value', fb, 34],              // the password written next to where it is kept
    ['archive-method', fb, 44],            // e-archive, which Norrvik does not have
    ['account-unit-exists', ig, 7],        // unit 'biblioteket' for 'bibliotek'
    ['moderation-removal', ig, 14],        // no routine for removing illegal content
    ['moderation-moderator', ig, 16],      // the moderator left, only the stand-in is listed
    ['notice-present', ig, 24],            // notices/standrad.md
    ['account-lifecycle', x, 13],          // activated 2041 for 2014
    ['moderation-monitoring', x, 16],      // no monitoring frequency
    ['personal-identity-number', x, 27],   // a personal identity number in an absence note
    ['notice-sender', x, 31],              // the X bio does not name Norrvik kommun
    ['retention-decision', x, 36],         // an old retention decision's id
]

def verifyProfile = evaluate(new File(itLibrary, 'profile-reports.groovy'))
verifyProfile(basedir, profile, rules, expected, 3, 3)
