import type { Catalog } from '../../core/i18n.js';

/** The Welsh of export-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const boardExportWelsh: Catalog = {
  'csv.column': 'Colofn',
  'csv.cluster': 'Clwstwr',
  'csv.title': 'Teitl',
  'csv.detail': 'Manylion',
  'csv.tags': 'Tagiau',
  'csv.group': 'Grŵp',
  'csv.votes': 'Dotiau: {group}',
  'csv.parity': 'Sgôr cydraddoldeb (%)',
  'csv.builds': 'Ychwanegiadau',
};
