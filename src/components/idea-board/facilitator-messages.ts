import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only facilitator-panel.ts shows, loaded with it by import() (core/lazy-part.ts
 * `withWords`) rather than with the element; Welsh in facilitator-messages-cy.ts, loaded when the
 * element speaks it.
 */
export const facilitatorWords: LazyCatalogs = {
  en: {
    'facilitator.open': 'Posting is open.',
    'facilitator.locked': 'Posting is locked: nobody can post ideas or builds.',
    'facilitator.lock': 'Lock posting',
    'facilitator.unlock': 'Open posting',
    'facilitator.reveal': 'Reveal dot counts',
    'facilitator.conceal': 'Hide dot counts again',
    'facilitator.revealed': 'Dot counts are shown to everyone.',
    'facilitator.concealed': 'Dot counts are hidden again.',
    'facilitator.csv': 'Export CSV',
    'facilitator.json': 'Export JSON',
    'facilitator.clear': 'Clear the board…',
    'clear.title': 'Clear the board for everyone?',
    'clear.body': {
      one: 'This deletes the {count} idea on the board, with its builds, clusters and dots, for everyone. It cannot be undone: export a copy first if you may need it.',
      other:
        'This deletes all {count} ideas on the board, with their builds, clusters and dots, for everyone. It cannot be undone: export a copy first if you may need it.',
    },
    'clear.confirm': 'Yes, clear the board',
    'clear.done': 'The board is cleared.',
  },
  cy: () => import('./facilitator-messages-cy.js').then((m) => m.facilitatorWelsh),
};
