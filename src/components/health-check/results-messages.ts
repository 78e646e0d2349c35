import type { LazyCatalogs } from '../../core/i18n.js';

/**
 * The words only results-part.ts shows, loaded with it by import() (core/lazy-part.ts `withWords`)
 * rather than with the element; Welsh in results-messages-cy.ts, loaded when the element speaks
 * it.
 */
export const resultsWords: LazyCatalogs = {
  en: {
    // Results
    'health.results.title': 'Results: round {round}',
    'health.results.by-principle': 'How each group rates each principle',
    'health.privacy.why': {
      one: "We show a group's answers once {count} person in it has answered.",
      other:
        "We show a group's answers once {count} people in it have answered, so that nobody can be picked out.",
    },
    'health.privacy.group': {
      one: '{group}: {count} answer so far, {needed} more needed.',
      other: '{group}: {count} answers so far, {needed} more needed.',
    },
    'health.gaps.title': 'Where the groups see things differently',
    'health.gaps.widest':
      '{low} rate "{principle}" {lowMean} of {max}; {high} rate it {highMean}. This is the widest gap.',
    'health.gaps.next': '{low} rate "{principle}" {lowMean} of {max}; {high} rate it {highMean}.',
    'health.gaps.none': 'The groups rate every principle about the same.',
    'health.gaps.one-group':
      'Once more than one group has enough answers, the gaps between them will be shown here.',
    'health.chart.label': 'Average rating out of {max}, by group.',
    'health.combined': 'Combined (each group counts the same)',
    'health.combined-weighted': 'Combined (each group counts by its weight)',
    'health.none-rated': 'No ratings',
    'health.responses': { one: '{count} response', other: '{count} responses' },
    'health.table.caption': 'Average rating out of {max} in round {round}, by group',
    'health.table.statement': 'Principle and statement',
    'health.table.combined': 'Combined',
    'health.table.equal': 'each group counts the same',
    'health.table.weighted': 'each group counts by its weight',
    'health.table.range': 'from {low} to {high}',
    'health.table.rated': { one: '{count} rating', other: '{count} ratings' },
    'health.table.dont-know': { one: "{count} don't know", other: "{count} don't know" },
    'health.rounds.title': 'Round {first} compared with round {latest}',
    'health.rounds.caption': 'Average rating out of {max}: round {first}, then round {latest}',
    'health.rounds.principle': 'Principle',
    'health.rounds.up': '{first} to {latest} (up {change})',
    'health.rounds.down': '{first} to {latest} (down {change})',
    'health.rounds.same': '{first} to {latest} (about the same)',
    'health.rounds.none':
      'No group has enough answers in both round {first} and round {latest} to compare yet.',
    'health.comments.title': 'What people said would make things better',
    'health.comments.none': 'No comments yet.',
  },
  cy: () => import('./results-messages-cy.js').then((m) => m.resultsWelsh),
};
