import type { HealthResults, RoundChange } from '../../core/health-results.js';
import type { ResultsWords } from './results-words.js';

/** What the results view and its tables are drawn from. */
export interface ResultsContext extends ResultsWords {
  headingLevel: number;
  results: HealthResults;
  round: number;
  /** The first round against the latest, when there is more than one round. */
  comparison?: { first: number; latest: number; changes: readonly RoundChange[] };
  /** Words for the facilitator when participants cannot see the results yet. */
  facilitatorNote?: string;
  /** The facilitator's view: comments of the shown groups. */
  comments?: readonly { principle: string; group: string; text: string }[];
  rtl: boolean;
  equalWeights: boolean;
}
