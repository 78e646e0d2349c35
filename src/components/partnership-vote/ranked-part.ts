/**
 * A ranked vote's own part, loaded by import() when the vote's method is `ranked`
 * (vote-methods.ts): the ranked ballot with its styles, and how ranked ballots are checked
 * and counted (instant-runoff or Borda). A vote of another method never downloads it.
 */
export { rankedRules as rules } from '../../core/parity-ranked.js';
export { renderRanking as renderChoices } from './ranked-ballot.js';
export { rankedStyles as styles } from './ranked.styles.js';
