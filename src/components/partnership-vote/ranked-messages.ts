import type { Catalog } from '../../core/i18n.js';

/**
 * The vote's words for ranked ballots and grades (majority judgment), English (Welsh: ranked-messages-cy.ts).
 * Kept apart from messages.ts so the two methods read as one piece; the element merges them.
 * As in messages-cy.ts, a name from the page never follows a Welsh word that would mutate it.
 */
export const rankedVoteEnglish: Catalog = {
  'vote.hint.ranked':
    'Put the options in your order of preference, 1 for your first choice. Choose a position beside each option, or use Move up and Move down. You can leave out options you do not want to rank.',
  'vote.hint.grades': 'Give every option a grade, from Very good to Reject.',
  'vote.rank.position': 'Position',
  'vote.rank.none': 'Not ranked',
  'vote.rank.up': 'Move up',
  'vote.rank.down': 'Move down',
  'vote.rank.up-label': 'Move up: {option}',
  'vote.rank.down-label': 'Move down: {option}',
  'vote.rank.select-label': 'Position of {option}',
  'vote.rank.moved': '{option} moved to position {position}',
  'vote.rank.unranked': '{option} is not ranked now',
  'vote.rank.already-first': '{option} is already first',
  'vote.rank.not-ranked': '{option} is not ranked, so it cannot move down',
  'vote.rank.unranked-title': 'Not ranked',
  'vote.error.ranked': 'Rank at least one option',
  'vote.error.grade': 'Choose a grade for {option}',
  'vote.voted.rank': '{position}: {option}',
  'vote.grade.0': 'Very good',
  'vote.grade.1': 'Good',
  'vote.grade.2': 'Fair',
  'vote.grade.3': 'Poor',
  'vote.grade.4': 'Reject',

  'vote.export.round': 'Round',
  'vote.export.round-share': 'Parity share (%)',
  'vote.export.round-share-exact': 'Parity share (0 to 1)',
  'vote.export.round-ballots': 'Ballots',
  'vote.export.round-eliminated': 'Eliminated this round',
  'vote.export.exhausted': 'No preference left',
  'vote.export.median': 'Middle grade',
  'vote.export.grade-share': '{grade}: parity (%)',
  'vote.export.grade-count': '{group}: {grade}',
};
