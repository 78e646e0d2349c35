import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only plan-export.ts shows, loaded with it by import() (core/lazy-part.ts `withWords`)
 * rather than with the element; Welsh in export-messages-cy.ts, loaded when the element speaks it.
 */
export const planExportWords: LazyCatalogs = {
  en: {
    'csv.task': 'Task',
    'csv.detail': 'What it involves',
    'csv.skills': 'Skills needed',
    'csv.when': 'When',
    'csv.people': 'People needed',
    'csv.groups': 'Groups wanted',
    'csv.status': 'Status',
    'csv.on-it': 'People on it',
    'csv.together': 'Delivered together',
    'csv.yes': 'yes',
    'csv.no': 'no',
    'csv.minutes': 'Confirmed minutes',
    'csv.offered': 'People who offered these skills',
    'csv.contacts': 'Who may be contacted about delivery',
    'csv.evaluation': 'Did this work? (answers 1 to 5, by group)',
    'csv.source': 'From the idea',
  },
  cy: () => import('./export-messages-cy.js').then((m) => m.planExportWelsh),
};
