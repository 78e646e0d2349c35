import type { Catalog, LazyCatalogs } from '../../core/i18n.js';
import { explainEnglish } from '../../core/parity-explain-messages.js';
import { rankedExplainEnglish } from '../../core/parity-explain-ranked-messages.js';

/** The results' explanation (core/parity-explain-messages.ts) under `explain.`. */
const explanation = (catalog: Catalog): Catalog =>
  Object.fromEntries(Object.entries(catalog).map(([key, message]) => [`explain.${key}`, message]));

/**
 * The words only the results (results-part.ts) show, their explanation's included, loaded with them
 * by import() (core/lazy-part.ts `withWords`) rather than with the element; Welsh in results-
 * messages-cy.ts, loaded when the element speaks it.
 */
export const resultsWords: LazyCatalogs = {
  en: {
    // Results
    'vote.results.final': 'Final results',
    'vote.results.so-far': 'Results so far',
    'vote.results.open-note': 'The vote is still open, so these results may change.',
    'vote.results.closed-note': 'The vote is closed. These results are final.',
    'vote.results.how': 'How this result was worked out',
    'vote.outcome.wins': 'Decision: {option}',
    'vote.outcome.ahead': 'Winning so far: {option}',
    'vote.outcome.no-ballots': 'No one has voted yet.',
    'vote.outcome.tie': 'Tied: {options}. There is no single winner.',
    'vote.outcome.quorum': 'Not decided yet: too few ballots from {groups}.',
    'vote.outcome.all-blocked':
      'Not decided: someone objected to every option, so none can go ahead.',
    'vote.outcome.double-majority':
      'Not decided: no option leads in every group, as this vote requires.',
    'vote.chart.parity': 'Parity result: {items}.',
    'vote.chart.raw': 'Head count: {items}.',
    'vote.legend.parity': 'Each group counts the same (parity result)',
    'vote.legend.weighted': 'Parity result: each group counts by its weight',
    'vote.legend.raw': 'Head count: every ballot counts the same',
    'vote.show-raw': 'Show the head-count result',
    'vote.percent': '{percent}%',
    'vote.ballots': { one: '{count} ballot', other: '{count} ballots' },
    'vote.table.caption': 'How each group voted, and the result',
    'vote.table.option': 'Option',
    'vote.table.raw': 'All ballots (head count)',
    'vote.table.parity': 'Parity result',
    'vote.table.parity-detail': 'by group, not by head',
    'vote.table.silent': 'no ballots, so not counted',
    'vote.table.weight': 'counts for {percent}%',
    'vote.table.quorum': 'needs at least {count}',
    'vote.table.none': 'no ballots',
    'vote.status.blocked': 'blocked',
    'vote.status.tied': 'tied',
    'vote.status.first': 'highest',
    'vote.cell.count': '{count} of {total}',
    'vote.cell.agree': '{count} of {total} agree',
    'vote.cell.score': {
      one: '{count} point, average {mean} out of {max}',
      other: '{count} points, average {mean} out of {max}',
    },
    'vote.cell.dots': '{count} of {total} dots',
    'vote.cell.concerns': { one: '{count} concern', other: '{count} concerns' },
    'vote.cell.objections': { one: '{count} objection', other: '{count} objections' },
    'vote.notes.title': 'Objections and concerns',
    'vote.notes.objections': 'Objections ({count})',
    'vote.notes.concerns': 'Concerns ({count})',
    'vote.notes.no-reason': 'gave no reason',
    'vote.cell.points': { one: '{count} point', other: '{count} points' },
    'vote.rounds.caption': 'Every round of the count: each option’s parity share and ballots',
    'vote.rounds.option': 'Option',
    'vote.rounds.round': 'Round {round}',
    'vote.rounds.exhausted': 'No preference left',
    'vote.rounds.out': 'out',
    'vote.rounds.eliminated': 'eliminated',
    'vote.rounds.majority': 'more than half',
    'vote.rounds.order': 'Order of elimination: {options}.',
    'vote.rounds.none-eliminated': 'No option was eliminated.',
    'vote.grades.caption': 'Grades for each option: each group’s ballots, and the parity result',
    'vote.grades.option': 'Option',
    'vote.grades.who': 'Who',
    'vote.grades.median': 'Middle grade',
    'vote.grades.parity': 'Parity result',
    'vote.grades.cell': '{count} ({percent}%)',
    'vote.percent-in-brackets': '({percent}%)',
    ...explanation({ ...explainEnglish, ...rankedExplainEnglish }),
  },
  cy: () =>
    Promise.all([
      import('./results-messages-cy.js'),
      import('../../core/parity-explain-messages-cy.js'),
      import('../../core/parity-explain-ranked-messages-cy.js'),
    ]).then(([results, explain, ranked]) => ({
      ...results.resultsWelsh,
      ...explanation({ ...explain.explainWelsh, ...ranked.rankedExplainWelsh }),
    })),
};
