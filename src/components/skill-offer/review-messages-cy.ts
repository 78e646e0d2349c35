import type { Catalog } from '../../core/i18n.js';

/** The Welsh of review-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const reviewWelsh: Catalog = {
  'review.title': 'Eich cynnig',
  'review.sent-not-saved': "Dydy eich cynnig ddim wedi'i gadw eto",
  'review.next-contact':
    'Bydd rhywun o dîm y prosiect yn edrych ar eich cynnig ac yn cysylltu â chi am ffyrdd o gymryd rhan.',
  'review.shared':
    "Gall sefydliadau partner a phobl eraill sy'n cymryd rhan weld eich enw a'ch cynnig.",
  'review.not-shared':
    "Dim ond tîm y prosiect sy'n gweld eich enw a'ch geiriau eich hun. Gall eraill sy'n cymryd rhan weld eich sgiliau a'ch amser, heb eich enw.",
  'review.answers': 'Eich atebion',
  'review.change': 'Newid',
  'review.change-all': 'Newid eich cynnig',
  'review.withdraw': 'Tynnu eich cynnig yn ôl',
  'review.not-given': 'Heb ei roi',
  'review.anonymous': 'Dienw',
  'withdraw.confirm-title': 'Tynnu eich cynnig yn ôl?',
  'withdraw.confirm-body':
    'Mae hyn yn dileu eich cynnig a phopeth a ddywedoch chi wrthym ynddo. Does dim modd dadwneud hyn.',
  'withdraw.confirm': 'Ie, tynnu fy nghynnig yn ôl',
  'withdraw.cancel': 'Cadw fy nghynnig',
  'summary.name': 'Enw',
  'summary.contact': 'Cyswllt',
  'summary.group': 'Grŵp',
  'summary.skills': 'Sgiliau',
  'summary.experience': "Profiad o'r gwasanaeth",
  'summary.ways': 'Ffyrdd o gymryd rhan',
  'summary.hours': "Oriau'r mis",
  'summary.availability': 'Pryd',
  'summary.support': "Beth fyddai'n helpu",
  'summary.consent-contact': 'Cysylltu â chi am y prosiect hwn',
  'summary.consent-share': "Rhannu eich enw a'ch cynnig",
  'month.1': 'Ionawr',
  'month.2': 'Chwefror',
  'month.3': 'Mawrth',
  'month.4': 'Ebrill',
  'month.5': 'Mai',
  'month.6': 'Mehefin',
  'month.7': 'Gorffennaf',
  'month.8': 'Awst',
  'month.9': 'Medi',
  'month.10': 'Hydref',
  'month.11': 'Tachwedd',
  'month.12': 'Rhagfyr',
};
