import type { Catalog } from '../../core/i18n.js';

/** The Welsh of export-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const offerExportWelsh: Catalog = {
  'column.id': 'Cyfeirnod y cynnig',
  'column.created': 'Dyddiad y cynnig',
  'column.name': 'Enw',
  'column.group': 'Grŵp',
  'column.email': 'E-bost',
  'column.phone': 'Ffôn',
  'column.skills': 'Sgiliau',
  'column.other-skills': 'Sgiliau yn eu geiriau eu hunain',
  'column.experience': "Profiad o'r gwasanaeth",
  'column.ways': 'Ffyrdd o gymryd rhan',
  'column.hours': "Oriau'r mis",
  'column.days': 'Diwrnodau',
  'column.times': "Adegau o'r dydd",
  'column.support': "Beth fyddai'n helpu",
  'column.support-other': 'Help arall',
  'column.consent-contact': 'Wedi cytuno i ni gysylltu',
  'column.consent-share': 'Wedi cytuno i rannu',
  'column.lang': 'Iaith',
};
