import type { CsvRow } from '../../core/csv.js';
import type { MethodRules } from '../../core/parity-ballots.js';
import type { TallyResult } from '../../core/parity-tally.js';
import type { BallotFormContext } from './ballot-context.js';
import type { ExportWords } from './export-words.js';
import type { StoredBallot } from './model.js';
import type * as RankedMoves from './ranked-moves.js';

// Its own module, so that the downloads (loaded by vote-parts.ts) can name it without
// importing vote-methods.ts, which imports vote-parts.ts: no circle.
/** What a vote needs of its method: how ballots are checked and counted, and its ballot. */
export interface MethodPart {
  rules: MethodRules;
  /** The choices on a ranked or graded ballot (the others' are in ballot-choices.ts). */
  renderChoices?: (context: BallotFormContext) => unknown;
  /** A ranked ballot's moves (up, down, to a position). */
  moves?: typeof RankedMoves;
  /** A ranked or graded ballot's cell in the ballots' download: a position, a grade in words. */
  exportCell?: (ballot: StoredBallot, option: string, words: ExportWords) => string | number;
  /** The rows a ranked or graded vote adds under the results' download (rounds, grades). */
  exportRows?: (result: TallyResult, words: ExportWords) => CsvRow[];
}
