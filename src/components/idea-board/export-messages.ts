import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only board-export.ts (the CSV) shows, loaded with it by import() (core/lazy-part.ts
 * `withWords`) rather than with the element; Welsh in export-messages-cy.ts, loaded when the
 * element speaks it.
 */
export const boardExportWords: LazyCatalogs = {
  en: {
    'csv.column': 'Column',
    'csv.cluster': 'Cluster',
    'csv.title': 'Title',
    'csv.detail': 'Detail',
    'csv.tags': 'Tags',
    'csv.group': 'Group',
    'csv.votes': 'Dots: {group}',
    'csv.parity': 'Parity score (%)',
    'csv.builds': 'Builds',
  },
  cy: () => import('./export-messages-cy.js').then((m) => m.boardExportWelsh),
};
