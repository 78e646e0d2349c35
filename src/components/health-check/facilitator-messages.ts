import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only facilitator-panel.ts shows, loaded with it by import() (core/lazy-part.ts
 * `withWords`) rather than with the element; Welsh in facilitator-messages-cy.ts, loaded when the
 * element speaks it.
 */
export const facilitatorWords: LazyCatalogs = {
  en: {
    // Facilitator
    'health.facilitator.title': 'Running this check',
    'health.facilitator.open': 'Round {round} is open.',
    'health.facilitator.closed': 'Round {round} is closed.',
    'health.facilitator.turnout': {
      one: '{group}: {count} response',
      other: '{group}: {count} responses',
    },
    'health.facilitator.close': 'Close round {round}',
    'health.facilitator.reopen': 'Reopen round {round}',
    'health.facilitator.new-round': 'Start round {round}',
    'health.facilitator.reveal': 'Show the results to everyone',
    'health.facilitator.hide': 'Hide the results',
    'health.facilitator.download': 'Download',
    'health.facilitator.answers': 'Answers (CSV)',
    'health.facilitator.results': 'Results (CSV)',
    'health.facilitator.json': 'Everything (JSON)',
  },
  cy: () => import('./facilitator-messages-cy.js').then((m) => m.facilitatorWelsh),
};
