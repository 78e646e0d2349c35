import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only facilitator-panel.ts shows, loaded with it by import() (core/lazy-part.ts
 * `withWords`) rather than with the element; Welsh in facilitator-messages-cy.ts, loaded when the
 * element speaks it.
 */
export const facilitatorWords: LazyCatalogs = {
  en: {
    // Facilitator
    'vote.facilitator.title': 'Run the vote',
    'vote.facilitator.open': 'The vote is open.',
    'vote.facilitator.closed': 'The vote is closed.',
    'vote.facilitator.turnout': {
      one: '{group}: {count} ballot',
      other: '{group}: {count} ballots',
    },
    'vote.facilitator.close': 'Close the vote',
    'vote.facilitator.reopen': 'Open the vote again',
    'vote.facilitator.reveal': 'Show the results to everyone',
    'vote.facilitator.hide': 'Hide the results again',
    'vote.facilitator.reset': 'Reset the vote…',
    'vote.facilitator.download': 'Download',
    'vote.facilitator.ballots-csv': 'Ballots (CSV)',
    'vote.facilitator.results-csv': 'Results (CSV)',
    'vote.facilitator.json': 'Everything (JSON)',
    'vote.reset.title': 'Delete every ballot and start again?',
    'vote.reset.body':
      'This deletes every ballot cast so far ({count}), here and wherever this vote is saved. It cannot be undone: download the ballots first if you need them.',
    'vote.reset.confirm': 'Delete every ballot',
    'vote.reset.cancel': 'Cancel',
    'vote.facilitator.results-json': 'Results (JSON)',
    'vote.facilitator.closed-by-page': 'This page closes it, so it cannot be opened here.',
  },
  cy: () => import('./facilitator-messages-cy.js').then((m) => m.facilitatorWelsh),
};
