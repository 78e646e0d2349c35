/**
 * The parity tally's rules for consent ballots: agree, concerns or object by option, with a
 * reason beside concerns and objections. An objection blocks the option (parity-tally.ts).
 * Pure: no DOM.
 */
import type { BallotProblem, ConsentMark, MethodRules } from './parity-ballots.js';
import { isRecord } from './parity-ballots.js';

const consentMarks: ReadonlySet<string> = new Set<ConsentMark>(['agree', 'concerns', 'object']);

export const consentRules: MethodRules = {
  methods: ['consent'],
  field: 'consent',
  findProblem({ consent = {}, reasons }, context): BallotProblem | undefined {
    const marks = Object.entries(consent);
    if (marks.length === 0) return 'empty';
    for (const [option, mark] of marks) {
      if (!context.optionIndex.has(option)) return 'unknown-option';
      if (typeof mark !== 'string' || !consentMarks.has(mark)) return 'bad-mark';
    }
    if (reasons === undefined) return undefined;
    if (!isRecord(reasons)) return 'bad-reason';
    for (const [option, reason] of Object.entries(reasons)) {
      if (!context.optionIndex.has(option)) return 'unknown-option';
      if (typeof reason !== 'string') return 'bad-reason';
    }
    return undefined;
  },
  count({ consent = {}, reasons }, context, counter, note): void {
    counter.outOf += 1;
    for (const [option, mark] of Object.entries(consent)) {
      const optionIndex = context.optionIndex.get(option) as number;
      if (mark === 'agree') {
        counter.support[optionIndex] += 1;
        continue;
      }
      if (mark === 'object') counter.objections[optionIndex] += 1;
      else counter.concerns[optionIndex] += 1;
      // Object.hasOwn: an option called "constructor" must not find Object.prototype's.
      note(
        optionIndex,
        mark,
        reasons && Object.hasOwn(reasons, option) ? reasons[option].trim() : '',
      );
    }
  },
};
