/**
 * The parity tally (DESIGN.md, "Groups and parity"): each group's support is first taken as a
 * share of that group's own ballots, then the groups' shares are combined by their weights. So
 * 10 community members voting A and 2 professionals voting B is 50% / 50%, not 83% / 17%.
 * This is the part every method shares; a method's own rules (`MethodRules`) check and count
 * its ballots. `parityTally` (parity.ts) picks the rules by method.
 * Pure: no DOM, no Lit. All arithmetic is exact, so a tie is always reported as a tie.
 */
import { Fraction, ZERO, percentages } from './fraction.js';
import {
  addCounters,
  countBallots,
  readConfigFor,
  type ConsentNote,
  type CountedNote,
  type RejectedBallot,
  type Counter,
  type MethodRules,
  type TallyConfig,
  type TallyContext,
  type Ballot,
} from './parity-ballots.js';
import type { GradeTally } from './parity-grades.js';
import type { RunoffRound } from './parity-ranked.js';

/** An exact share with what to show for it. */
export interface Share {
  /** The exact value, reduced: `"5/12"`, `"1"`, `"0"`. Compare these (`Fraction.parse`). */
  exact: string;
  /** Close to `exact`, for drawing bars; never compare these. */
  value: number;
  /** The whole percentage to show; see `percentages` for how it is rounded. */
  percent: number;
}

/** One option's support within a group, or within all ballots pooled. */
export interface OptionSupport {
  option: string;
  /** What was counted: choosers (single), approvers (approval), score points (score), dots
   * (dots) or agreements (consent). */
  support: number;
  /** `support / outOf`. Single and dots shares add up to 1 within a group; approval, score and
   * consent shares need not (one ballot can support many options). */
  share: Share;
  /** Consent only: ballots with concerns about the option. */
  concerns?: number;
  /** Consent only: ballots objecting to the option. Any objection blocks it. */
  objections?: number;
}

/** Support counted over some ballots. */
export interface Count {
  /** Ballots counted (rejected ballots are not). */
  turnout: number;
  /** What each share is out of: ballots (single, approval, consent), ballots × `maxScore`
   * (score, so a share is the mean score over `maxScore`) or dots spent (dots). */
  outOf: number;
  /** In the order of the config's options. */
  options: OptionSupport[];
  /** The options with the most support here: several when level, none without ballots. */
  leaders: string[];
}

/** One group's part in the result. */
export interface GroupTally extends Count {
  group: string;
  /** True when the group cast no ballots: its weight is 0 and it is in `silentGroups`. */
  silent: boolean;
  /** The group's weight in this result, renormalised over the groups that voted. */
  weight: Share;
  /** The fewest ballots the group needs for a final result (0: none). */
  quorum: number;
}

/** An option's place in the parity result. */
export interface RankedOption {
  option: string;
  /** 1 for the highest score; equal scores share a rank and the next rank is skipped (1, 1, 3). */
  rank: number;
  /** Another option has exactly the same score. */
  tie: boolean;
  /** Σ over groups that voted of (weight × the group's share). */
  score: Share;
  /** Consent: someone objected, so the option cannot win. Always false for other methods. */
  blocked: boolean;
  /** Leads, or shares the lead, among unblocked options within every group that voted. */
  leadsEveryGroup: boolean;
  /** Consent only, else empty: by group in config order, then by reason. */
  objections: ConsentNote[];
  concerns: ConsentNote[];
}

export interface QuorumShortfall {
  group: string;
  turnout: number;
  quorum: number;
}

/** Why `decided` is false; the first that applies, in this order. */
export type UndecidedReason = 'no-ballots' | 'quorum' | 'all-blocked' | 'double-majority' | 'tie';

/** Everything the results table and its explanation need. Plain JSON. */
export interface TallyResult {
  method: TallyConfig['method'];
  rule: NonNullable<TallyConfig['rule']>;
  maxScore: number;
  dots: number;
  options: string[];
  /** Ballots counted, all groups. */
  turnout: number;
  /** Every configured group in config order, silent ones included. */
  groups: GroupTally[];
  /** Groups with no ballots, left out of the parity result rather than counted as 0. */
  silentGroups: string[];
  /** Head count: all ballots pooled, ignoring groups, to show beside the parity result. */
  raw: Count;
  /** Options by parity score, highest first; equal scores in config order. */
  ranking: RankedOption[];
  /**
   * The options that would win on these ballots: one, several when tied, none when no option
   * can (all blocked, or none leads every group under double majority). Provisional unless
   * `decided`: read that before announcing a winner.
   */
  winners: string[];
  /** One winner, every quorum met. */
  decided: boolean;
  undecidedReason?: UndecidedReason;
  quorumShortfalls: QuorumShortfall[];
  rejectedBallots: RejectedBallot[];
  /** Ranked only: how it was counted. */
  count?: TallyConfig['count'];
  /** Grades only: how many grades, 0 the best. */
  scale?: number;
  /** Ranked instant-runoff only: every round, the first with first preferences. */
  rounds?: RunoffRound[];
  /** Ranked instant-runoff only: the options in the order they were eliminated. */
  eliminated?: string[];
  /** Grades only: each option's median grade and spread, in config order. */
  grades?: GradeTally[];
  /**
   * How options level at the top were separated: `first-preferences` (Borda: level on points,
   * more parity-weighted first preferences), `majority-value` (grades: the same median, told
   * apart by the majority-judgment rule). Absent when nothing at the top was level.
   */
  tieBreak?: 'first-preferences' | 'majority-value';
}

/**
 * `parityTally` by `rules` alone: a page that counts one method loads only that method's rules.
 * A config of a method `rules` do not count throws, as a bad config does.
 */
export function tallyWith(
  rules: MethodRules,
  ballots: readonly Ballot[],
  config: TallyConfig,
): TallyResult {
  return countParity(ballots, readConfigFor(rules, config), rules);
}

/**
 * Counts `ballots` under a read config by `rules`, which count its method. Ballots that cannot
 * be counted are listed in `rejectedBallots` and left out.
 */
export function countParity(
  ballots: readonly Ballot[],
  context: TallyContext,
  rules: MethodRules,
): TallyResult {
  const { counters, notes, rejectedBallots, counted } = countBallots(ballots, context, rules);

  const voting = counters.map((counter) => counter.turnout > 0);
  const weights = votingWeights(context.weights, voting);
  const shares = counters.map((counter) => sharesOf(counter));
  const scores = context.options.map((_, option) =>
    shares.reduce(
      (sum, groupShares, group) => sum.plus(weights[group].times(groupShares[option])),
      ZERO,
    ),
  );
  const raw = addCounters(counters, context.options.length);
  const blocked = raw.objections.map((count) => count > 0);
  const anyoneVoted = voting.includes(true);
  const leadsEveryGroup = context.options.map(
    (_, option) =>
      anyoneVoted &&
      counters.every((counter, group) => !voting[group] || leads(counter, option, blocked)),
  );

  const shownWeights = percentages(weights);
  const consent = context.method === 'consent';
  const groups = context.groups.map((group, index) => ({
    group: group.id,
    silent: !voting[index],
    weight: shareOf(weights[index], shownWeights[index]),
    quorum: context.quorums[index],
    ...describeCount(counters[index], shares[index], context.options, consent),
  }));
  const quorumShortfalls = groups
    .filter((group) => group.turnout < group.quorum)
    .map(({ group, turnout, quorum }) => ({ group, turnout, quorum }));
  const ranking = rankOptions(context, scores, blocked, leadsEveryGroup, notes);
  const outcome = decide(context.rule, raw.turnout, quorumShortfalls.length > 0, ranking);

  const result: TallyResult = {
    method: context.method,
    rule: context.rule,
    maxScore: context.maxScore,
    dots: context.dots,
    options: [...context.options],
    turnout: raw.turnout,
    groups,
    silentGroups: groups.filter((group) => group.silent).map((group) => group.group),
    raw: describeCount(raw, sharesOf(raw), context.options, consent),
    ranking,
    ...outcome,
    quorumShortfalls,
    rejectedBallots,
  };
  if (!rules.outcome) return result;
  const turnouts = counters.map((counter) => counter.turnout);
  return rules.outcome(result, counted, context, weights, turnouts);
}

/** Each voting group's weight over the total weight of the groups that voted; 0 if silent. */
function votingWeights(weights: readonly Fraction[], voting: readonly boolean[]): Fraction[] {
  const total = weights.reduce(
    (sum, weight, group) => (voting[group] ? sum.plus(weight) : sum),
    ZERO,
  );
  return weights.map((weight, group) => (voting[group] ? weight.dividedBy(total) : ZERO));
}

function sharesOf(counter: Counter): Fraction[] {
  return counter.support.map((support) =>
    counter.outOf > 0 ? Fraction.of(support, counter.outOf) : ZERO,
  );
}

export function shareOf(value: Fraction, percent: number): Share {
  return { exact: value.toString(), value: value.toNumber(), percent };
}

function describeCount(
  counter: Counter,
  shares: readonly Fraction[],
  options: readonly string[],
  consent: boolean,
): Count {
  const shown = percentages(shares);
  const most = Math.max(...counter.support);
  return {
    turnout: counter.turnout,
    outOf: counter.outOf,
    options: options.map((option, index) => ({
      option,
      support: counter.support[index],
      share: shareOf(shares[index], shown[index]),
      ...(consent && {
        concerns: counter.concerns[index],
        objections: counter.objections[index],
      }),
    })),
    leaders:
      counter.turnout > 0 ? options.filter((_, index) => counter.support[index] === most) : [],
  };
}

/** Whether `option` is unblocked and has at least the support of every unblocked option. */
function leads(counter: Counter, option: number, blocked: readonly boolean[]): boolean {
  return (
    !blocked[option] &&
    counter.support.every((support, other) => blocked[other] || support <= counter.support[option])
  );
}

function rankOptions(
  context: TallyContext,
  scores: readonly Fraction[],
  blocked: readonly boolean[],
  leadsEveryGroup: readonly boolean[],
  notes: readonly CountedNote[],
): RankedOption[] {
  const shown = percentages(scores);
  // Array.prototype.sort is stable, so equal scores stay in config order.
  const order = scores.map((_, option) => option).sort((a, b) => scores[b].compare(scores[a]));
  return order.map((option) => ({
    option: context.options[option],
    rank: 1 + scores.filter((score) => score.compare(scores[option]) > 0).length,
    tie: scores.some((score, other) => other !== option && score.equals(scores[option])),
    score: shareOf(scores[option], shown[option]),
    blocked: blocked[option],
    leadsEveryGroup: leadsEveryGroup[option],
    objections: notesAbout(notes, option, 'object'),
    concerns: notesAbout(notes, option, 'concerns'),
  }));
}

/** Sorted by group, then reason, so the order of ballots never shows through. */
function notesAbout(
  notes: readonly CountedNote[],
  option: number,
  mark: CountedNote['mark'],
): ConsentNote[] {
  return notes
    .filter((note) => note.optionIndex === option && note.mark === mark)
    .sort((a, b) => a.groupIndex - b.groupIndex || compareReasons(a.reason, b.reason))
    .map(({ group, reason }) => (reason === undefined ? { group } : { group, reason }));
}

/** Code-unit order, the same in every locale; notes without a reason come last. */
function compareReasons(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

function decide(
  rule: TallyContext['rule'],
  turnout: number,
  quorumMissed: boolean,
  ranking: readonly RankedOption[],
): Pick<TallyResult, 'winners' | 'decided' | 'undecidedReason'> {
  const candidates = ranking.filter(
    (entry) => !entry.blocked && (rule === 'plurality' || entry.leadsEveryGroup),
  );
  // Shares are reduced fractions, so equal text means an exactly equal score.
  const best = candidates[0]?.score.exact;
  const winners =
    turnout === 0
      ? []
      : candidates.filter((entry) => entry.score.exact === best).map((entry) => entry.option);
  const undecidedReason = whyUndecided(turnout, quorumMissed, ranking, winners);
  return {
    winners,
    decided: undecidedReason === undefined,
    ...(undecidedReason && { undecidedReason }),
  };
}

function whyUndecided(
  turnout: number,
  quorumMissed: boolean,
  ranking: readonly RankedOption[],
  winners: readonly string[],
): UndecidedReason | undefined {
  if (turnout === 0) return 'no-ballots';
  if (quorumMissed) return 'quorum';
  if (ranking.every((entry) => entry.blocked)) return 'all-blocked';
  // With some option unblocked, only double majority can leave no candidate standing.
  if (winners.length === 0) return 'double-majority';
  return winners.length > 1 ? 'tie' : undefined;
}

/** Decided: ballots in, every quorum met, one winner. (Ranked and graded votes decide so.) */
export function decision(
  base: TallyResult,
  winners: readonly string[],
): Pick<TallyResult, 'winners' | 'decided' | 'undecidedReason'> {
  let undecidedReason: UndecidedReason | undefined;
  if (base.turnout === 0) undecidedReason = 'no-ballots';
  else if (base.quorumShortfalls.length > 0) undecidedReason = 'quorum';
  else if (winners.length > 1) undecidedReason = 'tie';
  return {
    winners: base.turnout === 0 ? [] : [...winners],
    decided: undecidedReason === undefined,
    ...(undecidedReason && { undecidedReason }),
  };
}
