import type { Catalog } from '../../core/i18n.js';

/** The Welsh of export-messages.ts, loaded when a Welsh page first asks for a table. */
export const healthExportWelsh: Catalog = {
  'health.export.round': 'Rownd',
  'health.export.group': 'Grŵp',
  'health.export.sent': 'Anfonwyd',
  'health.export.changed': 'Newidiwyd ddiwethaf',
  'health.export.ladder': 'Gris ar yr ysgol',
  'health.export.comment': 'Sylw: {principle}',
  'health.export.principle': 'Egwyddor',
  'health.export.statement': 'Brawddeg',
  'health.export.all-statements': 'Ei holl frawddegau',
  'health.export.mean': '{group}: cyfartaledd',
  'health.export.spread': '{group}: gwasgariad (gwyriad safonol)',
  'health.export.rated': '{group}: sgorau',
  'health.export.dont-know': '{group}: ddim yn gwybod',
  'health.export.not-shown': 'Heb ei ddangos (llai na {count} o ymatebion)',
  'health.export.combined': 'Cyfunol',
};
