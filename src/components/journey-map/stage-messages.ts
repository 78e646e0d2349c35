import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only stage-dialog.ts shows, loaded with it by import() (core/lazy-part.ts `withWords`)
 * rather than with the element; Welsh in stage-messages-cy.ts, loaded when the element speaks it.
 */
export const stageWords: LazyCatalogs = {
  en: {
    'stage.name': 'Stage name',
    'stage.rename': 'Save name',
    'stage.renamed': 'Stage renamed to “{stage}”.',
    'stage.order': 'Order',
    'stage.move-earlier': 'Move earlier',
    'stage.move-later': 'Move later',
    'stage.delete': 'Delete this stage',
    'stage.delete-body': {
      one: 'This also deletes its 1 note and its feelings scores. You cannot undo this.',
      other: 'This also deletes its {count} notes and its feelings scores. You cannot undo this.',
    },
    'stage.delete-confirm': 'Delete stage',
    'stage.deleted': 'Stage “{stage}” deleted.',
  },
  cy: () => import('./stage-messages-cy.js').then((m) => m.stageWelsh),
};
