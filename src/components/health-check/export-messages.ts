import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words of the health check's CSV tables (health-export.ts), English, and their Welsh
 * loader: they come with the downloads' code (health-downloads.ts) when a facilitator or
 * `exportCsv()` first asks for a table (core/lazy-part.ts `withWords`).
 */
export const healthExportWords: LazyCatalogs = {
  en: {
    'health.export.round': 'Round',
    'health.export.group': 'Group',
    'health.export.sent': 'Sent at',
    'health.export.changed': 'Last changed',
    'health.export.ladder': 'Ladder step',
    'health.export.comment': 'Comment: {principle}',
    'health.export.principle': 'Principle',
    'health.export.statement': 'Statement',
    'health.export.all-statements': 'All its statements',
    'health.export.mean': '{group}: average',
    'health.export.spread': '{group}: spread (standard deviation)',
    'health.export.rated': '{group}: ratings',
    'health.export.dont-know': "{group}: don't know",
    'health.export.not-shown': 'Not shown (fewer than {count} responses)',
    'health.export.combined': 'Combined',
  },
  cy: () => import('./export-messages-cy.js').then((m) => m.healthExportWelsh),
};
