import { css } from 'lit';

/**
 * A graded vote's own part (majority judgment), loaded by import() when the vote's method is
 * `grades` (vote-methods.ts): the graded ballot and how graded ballots are checked and counted.
 * A vote of another method never downloads it.
 */
export { gradesRules as rules } from '../../core/parity-grades.js';
export { renderGrades as renderChoices } from './grades-ballot.js';

export const styles = css`
  fieldset.grades legend {
    font-weight: 700;
  }
`;
