import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words of the map's CSV (map-downloads.ts), English, and their Welsh loader: they come
 * with the downloads' code when a person or `exportCsv()` first asks for the notes as a table
 * (core/lazy-part.ts `withWords`).
 */
export const mapExportWords: LazyCatalogs = {
  en: {
    'csv.stage-number': 'Stage number',
    'csv.stage': 'Stage',
    'csv.lane': 'Lane',
    'csv.layer': 'Layer',
    'csv.note': 'Note',
    'csv.group': 'Group',
    'csv.evidence': 'Evidence',
    'csv.idea': 'Linked idea',
    'csv.idea-board': 'Idea board',
    'csv.idea-column': 'Idea column',
  },
  cy: () => import('./export-messages-cy.js').then((m) => m.mapExportWelsh),
};
