/**
 * The parity tally for every method, as the package exports it: `parityTally` and
 * `validateBallot` pick the method's rules from the config. Inside the package an element
 * imports only the rules of the methods it counts (parity-marks.ts for dots, …), so it does
 * not download the others.
 */
import {
  findBallotProblem,
  readTallyConfig,
  type Ballot,
  type BallotProblem,
  type MethodRules,
  type TallyConfig,
  type VoteMethod,
} from './parity-ballots.js';
import { consentRules } from './parity-consent.js';
import { gradesRules } from './parity-grades.js';
import { marksRules } from './parity-marks.js';
import { rankedRules } from './parity-ranked.js';
import { countParity, type TallyResult } from './parity-tally.js';

export { percentages } from './fraction.js';
export type { GradeTally } from './parity-grades.js';
export type { RoundOption, RunoffRound } from './parity-ranked.js';
export type {
  Ballot,
  BallotProblem,
  ConsentMark,
  ConsentNote,
  DecisionRule,
  RankedCount,
  RejectedBallot,
  TallyConfig,
  VoteMethod,
} from './parity-ballots.js';
export type {
  Count,
  GroupTally,
  OptionSupport,
  QuorumShortfall,
  RankedOption,
  Share,
  TallyResult,
  UndecidedReason,
} from './parity-tally.js';

const rulesByMethod: Readonly<Record<VoteMethod, MethodRules>> = {
  single: marksRules,
  approval: marksRules,
  score: marksRules,
  dots: marksRules,
  consent: consentRules,
  ranked: rankedRules,
  grades: gradesRules,
};

/**
 * Counts `ballots` under `config`. Ballots that cannot be counted are listed in
 * `rejectedBallots` and left out; only a bad config throws.
 */
export function parityTally(ballots: readonly Ballot[], config: TallyConfig): TallyResult {
  const context = readTallyConfig(config);
  return countParity(ballots, context, rulesByMethod[context.method]);
}

/**
 * Why `ballot` cannot be counted under `config`, or undefined if it can. The tally leaves such
 * ballots out and lists them; an element calls this first, to refuse a bad ballot before saving.
 */
export function validateBallot(ballot: Ballot, config: TallyConfig): BallotProblem | undefined {
  const context = readTallyConfig(config);
  return findBallotProblem(ballot, context, rulesByMethod[context.method]);
}
