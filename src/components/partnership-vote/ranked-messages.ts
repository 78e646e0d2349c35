import type { Catalog, LazyCatalogs } from '../../core/i18n.js';

/**
 * The words of a ranked or graded ballot (majority judgment) and of what such a vote adds to
 * the downloads, English (Welsh: ranked-messages-cy.ts). They come with the method's part
 * (ranked-part.ts, grades-part.ts), so a vote of another method never downloads them. The
 * ballot in words after voting and the grades' names are the element's (messages.ts): the
 * voted view shows before the part has arrived. As in messages-cy.ts, a name from the page
 * never follows a Welsh word that would mutate it.
 */
const rankedVoteEnglish: Catalog = {
  'vote.hint.ranked':
    'Put the options in your order of preference, 1 for your first choice. Choose a position beside each option, or use Move up and Move down. You can leave out options you do not want to rank.',
  'vote.hint.grades': 'Give every option a grade, from Very good to Reject.',
  'vote.rank.position': 'Position',
  'vote.rank.none': 'Not ranked',
  'vote.rank.up': 'Move up',
  'vote.rank.down': 'Move down',
  'vote.rank.up-label': 'Move up: {option}',
  'vote.rank.down-label': 'Move down: {option}',
  'vote.rank.moved': '{option} moved to position {position}',
  'vote.rank.unranked': '{option} is not ranked now',
  'vote.rank.already-first': '{option} is already first',
  'vote.rank.not-ranked': '{option} is not ranked, so it cannot move down',
  'vote.error.ranked': 'Rank at least one option',
  'vote.error.grade': 'Choose a grade for {option}',

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

export const rankedWords: LazyCatalogs = {
  en: rankedVoteEnglish,
  cy: () => import('./ranked-messages-cy.js').then((m) => m.rankedVoteWelsh),
};
