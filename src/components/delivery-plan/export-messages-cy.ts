import type { Catalog } from '../../core/i18n.js';

/** The Welsh of export-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const planExportWelsh: Catalog = {
  'csv.task': 'Tasg',
  'csv.detail': 'Beth mae’n ei olygu',
  'csv.skills': 'Sgiliau sydd eu hangen',
  'csv.when': 'Pryd',
  'csv.people': 'Pobl sydd eu hangen',
  'csv.groups': 'Grwpiau sydd eu hangen',
  'csv.status': 'Statws',
  'csv.on-it': 'Pobl arni',
  'csv.together': 'Yn cael ei chyflawni gyda’i gilydd',
  'csv.yes': 'ydy',
  'csv.no': 'nac ydy',
  'csv.minutes': 'Munudau wedi’u cadarnhau',
  'csv.offered': 'Pobl a gynigiodd y sgiliau hyn',
  'csv.contacts': 'Pwy y cewch gysylltu â nhw ynghylch cyflawni',
  'csv.evaluation': 'A weithiodd hyn? (atebion 1 i 5, fesul grŵp)',
  'csv.source': 'O’r syniad',
};
