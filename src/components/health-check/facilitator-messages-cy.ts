import type { Catalog } from '../../core/i18n.js';

/** The Welsh of facilitator-messages.ts. Every key there is here too (test/core/catalogs.test.ts). */
export const facilitatorWelsh: Catalog = {
  'health.facilitator.title': 'Cynnal yr archwiliad hwn',
  'health.facilitator.open': 'Mae rownd {round} ar agor.',
  'health.facilitator.closed': 'Mae rownd {round} wedi cau.',
  'health.facilitator.turnout': '{group}: {count} o ymatebion',
  'health.facilitator.close': 'Cau rownd {round}',
  'health.facilitator.reopen': 'Ailagor rownd {round}',
  'health.facilitator.new-round': 'Dechrau rownd {round}',
  'health.facilitator.reveal': 'Dangos y canlyniadau i bawb',
  'health.facilitator.hide': 'Cuddio’r canlyniadau',
  'health.facilitator.download': 'Lawrlwytho',
  'health.facilitator.answers': 'Atebion (CSV)',
  'health.facilitator.results': 'Canlyniadau (CSV)',
  'health.facilitator.json': 'Y cyfan (JSON)',
};
