/**
 * Ballots for the parity tally: what they are, how a config is read, why a ballot may be
 * refused, and counting the good ones into one counter per group. What differs by method (how
 * a ballot's marks are checked and counted) comes in as `MethodRules`, from one module per
 * method (parity-marks.ts, parity-consent.ts, parity-ranked.ts, parity-grades.ts), so a page
 * that counts one method loads only that method's rules.
 */
import { Fraction } from './fraction.js';
import { defaultGroups, groupWeight, type Group } from './groups.js';
import type { TallyResult } from './parity-tally.js';

/** How participants mark a ballot; each method fixes what a group's share of an option is. */
export type VoteMethod = 'single' | 'approval' | 'score' | 'consent' | 'dots' | 'ranked' | 'grades';

/**
 * How a ranked vote is counted. `instant-runoff`: round by round the option with the least
 * parity support goes and its ballots pass to their next preference. `borda`: an option ranked
 * at position p (1 first) of N options gets N − p points, one left unranked 0.
 */
export type RankedCount = 'instant-runoff' | 'borda';

/** A consent mark: `object` blocks the option; `concerns` are recorded but do not block. */
export type ConsentMark = 'agree' | 'concerns' | 'object';

/**
 * `plurality`: the highest parity score wins. `double-majority`: the winner must also lead (or
 * share the lead) within every group that voted, so no group can be outvoted by the others.
 */
export type DecisionRule = 'plurality' | 'double-majority';

/** One participant's ballot. Plain JSON, so it can be stored as it is. */
export interface Ballot {
  /** The id of the group the participant takes part as. */
  group: string;
  /**
   * Marks by option id, for every method but consent. `single`: exactly one option marked 1.
   * `approval`: each approved option marked 1. `dots`: whole dots per option, `dots` at most
   * in all. For these three a mark of 0 is the same as no mark, and a ballot with no mark
   * above 0 is refused as `empty`. `score`: a whole number from 0 to `maxScore`; an option
   * left out scores 0. A score of 0 is an answer, so a score ballot of all zeros is a valid
   * ballot that gives no support: it counts for its group's turnout (lowering every option's
   * mean score). Only a score ballot with no scores at all is `empty`.
   * A ballot has `marks` or `consent`, never both (both: `wrong-method`).
   */
  marks?: Readonly<Record<string, number>>;
  /**
   * Consent marks by option id; an option left out has no mark (it is not agreement).
   * A ballot has `consent` or `marks`, never both (both: `wrong-method`).
   */
  consent?: Readonly<Record<string, ConsentMark>>;
  /** Consent only: why, by option id, shown beside concerns and objections. */
  reasons?: Readonly<Record<string, string>>;
  /**
   * Ranked only: the position by option id, 1 for the first preference. Options may be left
   * unranked; gaps are allowed (only the order counts), a position used twice is not.
   */
  ranks?: Readonly<Record<string, number>>;
  /**
   * Grades only: the grade by option id, a whole number from 0 (the best, "Very good") to
   * `scale − 1` (the worst, "Reject"). An option left ungraded counts as the worst grade.
   */
  grades?: Readonly<Record<string, number>>;
}

/** Which votes to count and how. Everything here is plain JSON. */
export interface TallyConfig {
  method: VoteMethod;
  /** Option ids, in the order they are shown; ties are listed in this order. */
  options: readonly string[];
  /** Default `defaultGroups` (community and professional, equal weights). */
  groups?: readonly Group[];
  /** `score` only: the highest score. A whole number, default 5. */
  maxScore?: number;
  /** `dots` only: the dots each participant may spend. A whole number, default 3. */
  dots?: number;
  /**
   * The fewest ballots each group needs for the result to be final: one number for every group,
   * or a number by group id (a group left out needs none). Default none.
   */
  quorum?: number | Readonly<Record<string, number>>;
  /** Default `plurality`. Ranked and grades votes are decided by their own count and ignore it. */
  rule?: DecisionRule;
  /** `ranked` only: default `instant-runoff`. */
  count?: RankedCount;
  /** `grades` only: how many grades, best first (default 5: Very good … Reject). 2 to 10. */
  scale?: number;
}

/**
 * Why a ballot cannot be counted. `bad-mark`: a mark is not allowed for the method (not a whole
 * number, below 0, above `maxScore`, not 1 for single or approval, not a consent mark).
 * `not-one-choice`: a single-choice ballot that marks no option or more than one. `empty`: it
 * marks nothing (no mark above 0 for approval and dots; no score at all for score, since a
 * score ballot of all zeros is a valid ballot that gives no support). `wrong-method`: consent
 * marks on a ballot that needs `marks`, or the reverse, or a ballot that carries both (it
 * cannot be read one way without ignoring what it says the other way).
 * `bad-reason`: a consent reason that is not text. `rank-used-twice`: two options ranked at the
 * same position. `bad-rank`: a position that is not a whole number from 1 to the number of
 * options. `grade-outside-scale`: a grade that is not a whole number from 0 to `scale − 1`.
 */
export type BallotProblem =
  | 'unknown-group'
  | 'unknown-option'
  | 'bad-mark'
  | 'not-one-choice'
  | 'too-many-dots'
  | 'empty'
  | 'wrong-method'
  | 'bad-reason'
  | 'rank-used-twice'
  | 'bad-rank'
  | 'grade-outside-scale';

/** A config checked once and turned into lookups, so counting 100,000 ballots stays cheap. */
export interface TallyContext {
  method: VoteMethod;
  rule: DecisionRule;
  options: readonly string[];
  optionIndex: ReadonlyMap<string, number>;
  groups: readonly Group[];
  groupIndex: ReadonlyMap<string, number>;
  /** Exact weights as the page wrote them, by group index. */
  weights: readonly Fraction[];
  quorums: readonly number[];
  maxScore: number;
  dots: number;
  count: RankedCount;
  scale: number;
}

/** Grades: Very good, Good, Fair, Poor, Reject. */
const defaultScale = 5;

const methods: readonly VoteMethod[] = [
  'single',
  'approval',
  'score',
  'consent',
  'dots',
  'ranked',
  'grades',
];
const counts: readonly RankedCount[] = ['instant-runoff', 'borda'];
const rules: readonly DecisionRule[] = ['plurality', 'double-majority'];

/**
 * Checks a config and prepares it for counting. A bad config is the page's mistake, not a
 * participant's, so it throws an Error that says what is wrong.
 */
export function readTallyConfig(config: TallyConfig): TallyContext {
  const { method, options, rule = 'plurality', maxScore = 5, dots = 3 } = config;
  const { count = 'instant-runoff', scale = defaultScale } = config;
  const groups = config.groups ?? defaultGroups;
  if (!methods.includes(method)) throw new Error(`"${method}" is not a voting method`);
  if (!rules.includes(rule)) throw new Error(`"${rule}" is not a decision rule`);
  requireDistinct('option', options);
  requireDistinct(
    'group',
    groups.map((group) => group.id),
  );
  requireWholeNumber('maxScore', maxScore, 1);
  requireWholeNumber('dots', dots, 1);
  if (!counts.includes(count)) throw new Error(`"${count}" is not a way to count a ranked vote`);
  if (!Number.isSafeInteger(scale) || scale < 2 || scale > 10) {
    throw new Error('scale must be a whole number from 2 to 10');
  }
  const weights = groups.map((group) => Fraction.fromDecimal(groupWeight(group)));
  const groupIndex = indexOf(groups.map((group) => group.id));
  return {
    method,
    // Ranked and graded votes are decided by their own count (see TallyConfig.rule).
    rule: method === 'ranked' || method === 'grades' ? 'plurality' : rule,
    options,
    optionIndex: indexOf(options),
    groups,
    groupIndex,
    weights,
    quorums: readQuorums(config.quorum, groups, groupIndex),
    maxScore,
    dots,
    count,
    scale,
  };
}

function readQuorums(
  quorum: TallyConfig['quorum'],
  groups: readonly Group[],
  groupIndex: ReadonlyMap<string, number>,
): number[] {
  if (typeof quorum === 'number' || quorum === undefined) {
    requireWholeNumber('quorum', quorum ?? 0, 0);
    return groups.map(() => quorum ?? 0);
  }
  const quorums = groups.map(() => 0);
  for (const [group, needed] of Object.entries(quorum)) {
    const index = groupIndex.get(group);
    if (index === undefined) throw new Error(`the quorum names group "${group}", which is not set`);
    requireWholeNumber(`quorum for "${group}"`, needed, 0);
    quorums[index] = needed;
  }
  return quorums;
}

function requireDistinct(what: string, ids: readonly string[]): void {
  if (ids.length === 0) throw new Error(`at least one ${what} is needed`);
  if (new Set(ids).size !== ids.length) throw new Error(`each ${what} id must be different`);
}

function requireWholeNumber(what: string, value: number, least: number): void {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new Error(`${what} must be a whole number, ${least} or more`);
  }
}

function indexOf(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, index) => [id, index]));
}

/**
 * What one method (or a few that read ballots alike) brings to the parity tally. The rest of
 * the count (groups, weights, shares, ranking) is the same for every method.
 */
export interface MethodRules {
  /** The methods these rules count. */
  methods: readonly VoteMethod[];
  /** Where a ballot of these methods keeps its marks. */
  field: (typeof markKinds)[number];
  /** Why the ballot's marks cannot be counted; called only when `field` holds an object. */
  findProblem(ballot: Ballot, context: TallyContext): BallotProblem | undefined;
  /** Counts a ballot that passed `findProblem` into its group's counter. */
  count(ballot: Ballot, context: TallyContext, counter: Counter, note: NoteTaker): void;
  /**
   * Ranked and graded votes are decided by their own count over the counted ballots (runoff
   * rounds, medians); it replaces the ranking and the decision of the `base` result.
   */
  outcome?(
    base: TallyResult,
    counted: readonly Ballot[],
    context: TallyContext,
    weights: readonly Fraction[],
    turnouts: readonly number[],
  ): TallyResult;
}

/** Records a consent concern or objection on the ballot being counted. */
type NoteTaker = (optionIndex: number, mark: CountedNote['mark'], reason: string) => void;

/** Checks `config` and that `rules` count its method. */
export function readConfigFor(rules: MethodRules, config: TallyConfig): TallyContext {
  const context = readTallyConfig(config);
  if (!rules.methods.includes(context.method)) {
    throw new Error(`"${context.method}" is not counted by the ${rules.methods.join(', ')} count`);
  }
  return context;
}

/**
 * Why `ballot` cannot be counted under `config` by `rules`, or undefined if it can. The tally
 * leaves such ballots out and lists them; an element calls this first, to refuse a bad ballot
 * before saving.
 */
export function checkBallot(
  rules: MethodRules,
  ballot: Ballot,
  config: TallyConfig,
): BallotProblem | undefined {
  return findBallotProblem(ballot, readConfigFor(rules, config), rules);
}

/** `checkBallot` with the config already read. */
export function findBallotProblem(
  ballot: Ballot,
  context: TallyContext,
  rules: MethodRules,
): BallotProblem | undefined {
  if (!isRecord(ballot)) return 'empty';
  if (!context.groupIndex.has(ballot.group)) return 'unknown-group';
  // Two kinds of marks: which one the person meant is a guess, so the ballot is not counted.
  const kinds = markKinds.filter((kind) => ballot[kind] !== undefined);
  if (kinds.length > 1) return 'wrong-method';
  if (kinds.length === 1 && kinds[0] !== rules.field && isRecord(ballot[kinds[0]]))
    return 'wrong-method';
  return isRecord(ballot[rules.field]) ? rules.findProblem(ballot, context) : 'empty';
}

/** The fields a ballot's marks may be in; a ballot has one of them, the one its method reads. */
const markKinds = ['marks', 'consent', 'ranks', 'grades'] as const;

// Ballots may come from storage rather than from typed code, so shapes are checked at run time.
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A consent concern or objection: which group raised it, and why if they said. */
export interface ConsentNote {
  group: string;
  reason?: string;
}

export interface RejectedBallot {
  /** Position in the ballots given. */
  index: number;
  group: string;
  problem: BallotProblem;
}

/** Counts for one group while ballots are read; plain integers, so the loop stays fast. */
export interface Counter {
  turnout: number;
  outOf: number;
  support: number[];
  concerns: number[];
  objections: number[];
}

export interface CountedNote extends ConsentNote {
  groupIndex: number;
  optionIndex: number;
  mark: 'concerns' | 'object';
}

/**
 * Reads every ballot once: counts those that pass `findBallotProblem` into their group's
 * counter, and lists the rest with their problem.
 */
export function countBallots(
  ballots: readonly Ballot[],
  context: TallyContext,
  rules: MethodRules,
) {
  const counters = context.groups.map(() => newCounter(context.options.length));
  const notes: CountedNote[] = [];
  const rejectedBallots: RejectedBallot[] = [];
  // Ranked and graded ballots are read again after the first count (runoff rounds, medians).
  const keep = rules.outcome !== undefined;
  const counted: Ballot[] = [];
  ballots.forEach((ballot, index) => {
    const problem = findBallotProblem(ballot, context, rules);
    if (problem === undefined) {
      // The counting runs only on ballots that passed, so the group is known.
      const groupIndex = context.groupIndex.get(ballot.group) as number;
      const counter = counters[groupIndex];
      counter.turnout += 1;
      rules.count(ballot, context, counter, (optionIndex, mark, reason) => {
        const note = { group: ballot.group, groupIndex, optionIndex, mark };
        notes.push(reason ? { ...note, reason } : note);
      });
      if (keep) counted.push(ballot);
    } else rejectedBallots.push({ index, group: String(ballot?.group ?? ''), problem });
  });
  return { counters, notes, rejectedBallots, counted };
}

/** All counters added together: the head count, ignoring groups. */
export function addCounters(counters: readonly Counter[], options: number): Counter {
  return counters.reduce(addCounter, newCounter(options));
}

function newCounter(options: number): Counter {
  const zeros = () => new Array<number>(options).fill(0);
  return { turnout: 0, outOf: 0, support: zeros(), concerns: zeros(), objections: zeros() };
}

function addCounter(total: Counter, counter: Counter): Counter {
  const add = (a: number[], b: number[]) => a.map((value, index) => value + b[index]);
  return {
    turnout: total.turnout + counter.turnout,
    outOf: total.outOf + counter.outOf,
    support: add(total.support, counter.support),
    concerns: add(total.concerns, counter.concerns),
    objections: add(total.objections, counter.objections),
  };
}
