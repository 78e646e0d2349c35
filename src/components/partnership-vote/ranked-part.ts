/**
 * A ranked vote's own part, loaded by import() when the vote's method is `ranked`
 * (vote-methods.ts): the ranked ballot with its styles, how ranked ballots are checked and
 * counted (instant-runoff or Borda), and what a ranked vote adds to the downloads. A vote of another method never downloads it.
 */
export { rankedRules as rules } from '../../core/parity-ranked.js';
export { renderRanking as renderChoices } from './ranked-ballot.js';
export * as moves from './ranked-moves.js';
export { rankCell as exportCell, roundRows as exportRows } from './ranked-export.js';
export { rankedStyles as styles } from './ranked.styles.js';
export { rankedWords as words } from './ranked-messages.js';
