/**
 * The parity tally's rules for ballots of numbers by option (`marks`): single choice,
 * approval, score and dots. The idea board and the journey map count dots with these alone,
 * without the code of the other methods. Pure: no DOM.
 */
import type { Ballot, BallotProblem, MethodRules, TallyConfig } from './parity-ballots.js';
import { tallyWith, type TallyResult } from './parity-tally.js';

export const marksRules: MethodRules = {
  methods: ['single', 'approval', 'score', 'dots'],
  field: 'marks',
  findProblem({ marks = {} }, context): BallotProblem | undefined {
    const { method } = context;
    const highest = method === 'score' ? context.maxScore : method === 'dots' ? Infinity : 1;
    let entries = 0;
    let chosen = 0;
    let spent = 0;
    for (const [option, mark] of Object.entries(marks)) {
      if (!context.optionIndex.has(option)) return 'unknown-option';
      if (!Number.isSafeInteger(mark) || mark < 0 || mark > highest) return 'bad-mark';
      entries += 1;
      if (mark > 0) chosen += 1;
      spent += mark;
    }
    if (method === 'single') return chosen === 1 ? undefined : 'not-one-choice';
    if (method === 'dots' && spent > context.dots) return 'too-many-dots';
    // A score ballot may say 0 on purpose; approval and dots ballots that mark nothing say nothing.
    const saysNothing = method === 'score' ? entries === 0 : chosen === 0;
    return saysNothing ? 'empty' : undefined;
  },
  count({ marks = {} }, context, counter): void {
    let spent = 0;
    for (const [option, mark] of Object.entries(marks)) {
      counter.support[context.optionIndex.get(option) as number] += mark;
      spent += mark;
    }
    const { method, maxScore } = context;
    counter.outOf += method === 'dots' ? spent : method === 'score' ? maxScore : 1;
  },
};

/** `parityTally` for a single-choice, approval, score or dots vote (any other method throws). */
export function tallyMarks(ballots: readonly Ballot[], config: TallyConfig): TallyResult {
  return tallyWith(marksRules, ballots, config);
}
