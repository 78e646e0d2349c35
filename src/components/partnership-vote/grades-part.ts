import { css } from 'lit';

/**
 * A graded vote's own part (majority judgment), loaded by import() when the vote's method is
 * `grades` (vote-methods.ts): the graded ballot, how graded ballots are checked and counted, and
 * what a graded vote adds to the downloads.
 * A vote of another method never downloads it.
 */
export { gradesRules as rules } from '../../core/parity-grades.js';
export { renderGrades as renderChoices } from './grades-ballot.js';
export { gradeCell as exportCell, gradeRows as exportRows } from './ranked-export.js';
export { rankedWords as words } from './ranked-messages.js';

export const styles = css`
  fieldset.grades legend {
    font-weight: 700;
  }
`;
