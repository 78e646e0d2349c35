import type { Catalog } from '../../core/i18n.js';

/** The Welsh of directory-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const directoryWelsh: Catalog = {
  'directory.title': 'Beth gall pobl ei gynnig',
  'directory.filters': "Hidlo'r cynigion",
  'filter.any': 'Unrhyw un',
  'filter.other-skills': 'Yng ngeiriau pobl eu hunain',
  'filter.clear': "Clirio'r hidlwyr",
  'directory.empty': 'Does neb wedi gwneud cynnig eto.',
  'directory.none-match': "Does dim cynigion yn cyfateb i'r hidlwyr hyn.",
  'directory.anonymous': 'Cynnig dienw: {skills}',
  'directory.your': 'Eich cynnig',
  'directory.not-shared': "Wnaeth y person hwn ddim cytuno i rannu eu henw na'u geiriau eu hunain.",
  'directory.no-contact': 'Heb gytuno i ni gysylltu',
  'directory.offered-on': 'Cynigiwyd ar {date}',
  'export.title': "Allforio'r cynigion",
  'export.hint':
    "Dim ond lle cytunodd pobl i ni gysylltu â nhw y mae'r ffeiliau'n cynnwys manylion cyswllt. Cadwch nhw'n ddiogel, a'u dileu pan nad oes eu hangen arnoch chi mwyach.",
  'export.csv': 'Lawrlwytho fel CSV (taenlen)',
  'export.json': 'Lawrlwytho fel JSON',
  'filter.skill': 'Sgil',
  'filter.way': 'Ffordd o gymryd rhan',
  'filter.day': 'Diwrnod',
  'filter.time': "Adeg o'r dydd",
};
