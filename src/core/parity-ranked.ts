/**
 * Ranked ballots in the parity tally: the check of a ranking, the Borda points, and the
 * instant-runoff count round by round. As everywhere in the parity tally, each group's ballots
 * share the group's weight among themselves, so in every round 10 community ballots and 2
 * professional ballots weigh the same as groups. Pure: no DOM.
 *
 * Tie rule (instant-runoff): when several options share the least parity support, the one
 * among them with the least parity support in the round before goes, and so on back to the
 * first round; if they were level in every round, the one listed last goes. Only when the last
 * two options are level in every round is there no single winner (a tie).
 * Tie rule (Borda): options level on points are separated by their parity share of first
 * preferences; still level, they tie.
 */
import { Fraction, ZERO, percentages } from './fraction.js';
import type {
  Ballot,
  BallotProblem,
  Counter,
  MethodRules,
  TallyContext,
} from './parity-ballots.js';
import { decision, shareOf } from './parity-tally.js';
import type { RankedOption, Share, TallyResult } from './parity-tally.js';

/** Why a ranking cannot be counted, or undefined if it can. */
function findRanksProblem(
  ranks: Readonly<Record<string, unknown>>,
  context: TallyContext,
): BallotProblem | undefined {
  const used = new Set<unknown>();
  const most = context.options.length;
  for (const [option, rank] of Object.entries(ranks)) {
    if (!context.optionIndex.has(option)) return 'unknown-option';
    if (!Number.isSafeInteger(rank) || (rank as number) < 1 || (rank as number) > most) {
      return 'bad-rank';
    }
    if (used.has(rank)) return 'rank-used-twice';
    used.add(rank);
  }
  return used.size === 0 ? 'empty' : undefined;
}

/** Option indices, first preference first; options left unranked are not in it. */
function preferenceOrder(ranks: Readonly<Record<string, number>>, context: TallyContext): number[] {
  return Object.entries(ranks)
    .sort((a, b) => a[1] - b[1])
    .map(([option]) => context.optionIndex.get(option) as number);
}

/**
 * Counts a checked ranking into its group's counter: Borda points out of N − 1 each, or
 * (instant-runoff) the first preference, which the round table's first round also shows.
 */
function countRanks(
  ranks: Readonly<Record<string, number>>,
  context: TallyContext,
  counter: Counter,
): void {
  const order = preferenceOrder(ranks, context);
  const last = context.options.length - 1;
  if (context.count === 'borda') {
    order.forEach((option, position) => (counter.support[option] += last - position));
    counter.outOf += last;
  } else {
    counter.support[order[0]] += 1;
    counter.outOf += 1;
  }
}

/** One option in one round. */
export interface RoundOption {
  option: string;
  /** Head count: ballots whose highest preference still in the count is this option. */
  support: number;
  /** Parity share of all counted ballots (exhausted ones included, so shares add up to 1). */
  share: Share;
}

/** One instant-runoff round. */
export interface RunoffRound {
  /** 1 for the first. */
  round: number;
  /** The options still in the count, in config order. */
  options: RoundOption[];
  /** Ballots with no preference left among the options still in the count. */
  exhausted: { support: number; share: Share };
  /** The option that goes after this round; none in the last round. */
  eliminated?: string;
  /** How a level least share was settled: by an earlier round, or (level in every round)
   * by the option list, the one listed last going. */
  tieBreak?: 'earlier-round' | 'list-order';
  /** The options level with `eliminated` on the least share this round. */
  levelWith?: string[];
  /** In the last round: the option with more than half of the shares still in the count. */
  majority?: string;
}

/** What instant-runoff adds to the tally result. */
interface Runoff {
  rounds: RunoffRound[];
  /** Options in the order they went. */
  eliminated: string[];
  winners: string[];
}

/**
 * Runs instant-runoff over checked ballots. `weights` are the groups' weights renormalised over
 * the groups that voted, `turnouts` each group's counted ballots. Each ballot carries
 * weight / turnout of its group in every round; the per-round work is integer counting, and
 * the fractions are taken once per option per group per round.
 */
function runoff(
  counted: readonly Ballot[],
  context: TallyContext,
  weights: readonly Fraction[],
  turnouts: readonly number[],
): Runoff {
  const optionCount = context.options.length;
  const groupCount = context.groups.length;
  const ballotWeight = weights.map((weight, group) =>
    turnouts[group] > 0 ? weight.dividedBy(Fraction.of(turnouts[group])) : ZERO,
  );
  // Flat preference lists: ballot b's are prefs[starts[b] .. starts[b + 1]).
  const starts = new Int32Array(counted.length + 1);
  const groupOf = new Int32Array(counted.length);
  const orders: number[][] = [];
  counted.forEach((ballot, index) => {
    const order = preferenceOrder(ballot.ranks ?? {}, context);
    orders.push(order);
    starts[index + 1] = starts[index] + order.length;
    groupOf[index] = context.groupIndex.get(ballot.group) as number;
  });
  const prefs = new Int32Array(starts[counted.length]);
  orders.forEach((order, index) => prefs.set(order, starts[index]));
  const at = starts.slice(0, counted.length);

  const piles: number[][] = Array.from({ length: optionCount }, () => []);
  const counts = new Int32Array(groupCount * optionCount);
  const exhausted = new Int32Array(groupCount);
  for (let ballot = 0; ballot < counted.length; ballot += 1) {
    const first = prefs[at[ballot]];
    piles[first].push(ballot);
    counts[groupOf[ballot] * optionCount + first] += 1;
  }

  const continuing = context.options.map(() => true);
  const history: Fraction[][] = [];
  const rounds: RunoffRound[] = [];
  const eliminated: string[] = [];
  const parityOf = (option: number) => {
    let sum = ZERO;
    for (let group = 0; group < groupCount; group += 1) {
      const count = counts[group * optionCount + option];
      if (count > 0) sum = sum.plus(ballotWeight[group].times(count));
    }
    return sum;
  };

  for (;;) {
    const inCount = context.options.map((_, option) => option).filter((o) => continuing[o]);
    const shares = context.options.map((_, option) =>
      continuing[option] ? parityOf(option) : ZERO,
    );
    history.push(shares);
    let lost = ZERO;
    let lostHeads = 0;
    for (let group = 0; group < groupCount; group += 1) {
      lost = lost.plus(ballotWeight[group].times(exhausted[group]));
      lostHeads += exhausted[group];
    }
    const shown = percentages([...inCount.map((option) => shares[option]), lost]);
    const round: RunoffRound = {
      round: rounds.length + 1,
      options: inCount.map((option, index) => ({
        option: context.options[option],
        support: piles[option].length,
        share: shareOf(shares[option], shown[index]),
      })),
      exhausted: { support: lostHeads, share: shareOf(lost, shown[inCount.length]) },
    };
    rounds.push(round);
    if (counted.length === 0) return { rounds: [], eliminated: [], winners: [] };

    const live = inCount.reduce((sum, option) => sum.plus(shares[option]), ZERO);
    const leader = inCount.find((option) => shares[option].times(2).compare(live) > 0);
    if (leader !== undefined) {
      round.majority = context.options[leader];
      return { rounds, eliminated, winners: [context.options[leader]] };
    }
    const choice = chooseLoser(inCount, history);
    if (choice === undefined) {
      // The last two, level with each other in every round: a true tie.
      return { rounds, eliminated, winners: inCount.map((option) => context.options[option]) };
    }
    const { loser, tieBreak, level } = choice;
    round.eliminated = context.options[loser];
    if (tieBreak) {
      round.tieBreak = tieBreak;
      round.levelWith = level.filter((o) => o !== loser).map((o) => context.options[o]);
    }
    eliminated.push(context.options[loser]);
    continuing[loser] = false;
    transfer(loser);
  }

  function transfer(loser: number): void {
    for (const ballot of piles[loser]) {
      const group = groupOf[ballot];
      let position = at[ballot] + 1;
      const end = starts[ballot + 1];
      while (position < end && !continuing[prefs[position]]) position += 1;
      at[ballot] = position;
      if (position < end) {
        const next = prefs[position];
        piles[next].push(ballot);
        counts[group * optionCount + next] += 1;
      } else exhausted[group] += 1;
    }
    piles[loser] = [];
    for (let group = 0; group < groupCount; group += 1) counts[group * optionCount + loser] = 0;
  }
}

/**
 * The option to eliminate: least share now; level ones compared round by round backwards; level
 * in every round, the one listed last. Undefined when the last two are level in every round
 * (nothing fair to choose between them).
 */
function chooseLoser(
  inCount: readonly number[],
  history: readonly Fraction[][],
): { loser: number; tieBreak?: RunoffRound['tieBreak']; level: number[] } | undefined {
  const least = (among: readonly number[], shares: readonly Fraction[]) => {
    const lowest = among.reduce(
      (low, option) => (shares[option].compare(low) < 0 ? shares[option] : low),
      shares[among[0]],
    );
    return among.filter((option) => shares[option].equals(lowest));
  };
  const level = least(inCount, history[history.length - 1]);
  if (level.length === 1) return { loser: level[0], level };
  let remaining = level;
  for (let round = history.length - 2; round >= 0 && remaining.length > 1; round -= 1) {
    remaining = least(remaining, history[round]);
  }
  if (remaining.length === 1) return { loser: remaining[0], tieBreak: 'earlier-round', level };
  // Two left, level in every round: every ballot that ranks either one is split evenly between
  // them, so neither is preferred. (With more left, one still goes, so that the final pair
  // decides: a tie of three could include one that both others beat one to one.)
  if (inCount.length === 2) return undefined;
  return { loser: remaining[remaining.length - 1], tieBreak: 'list-order', level };
}

/**
 * The result's ranking, winners and decision under instant-runoff: the winners first, then the
 * options in the reverse of the order they went; each with its share in its last round.
 */
function runoffOutcome(
  base: TallyResult,
  result: Runoff,
): Pick<TallyResult, 'ranking' | 'winners' | 'decided' | 'undecidedReason'> {
  const lastShare = new Map<string, Share>();
  for (const round of result.rounds) {
    for (const entry of round.options) lastShare.set(entry.option, entry.share);
  }
  const byOption = new Map(base.ranking.map((entry) => [entry.option, entry]));
  const rest = base.options.filter(
    (option) => !result.winners.includes(option) && !result.eliminated.includes(option),
  );
  const order = [...result.winners, ...rest, ...[...result.eliminated].reverse()];
  const tied = result.winners.length > 1;
  const ranking: RankedOption[] = order.map((option, index) => ({
    ...(byOption.get(option) as RankedOption),
    rank: tied && index < result.winners.length ? 1 : index + 1,
    tie: tied && index < result.winners.length,
    score: lastShare.get(option) ?? zeroShare,
  }));
  return { ranking, ...decision(base, result.winners) };
}

const zeroShare: Share = { exact: '0', value: 0, percent: 0 };

/**
 * Borda: the base ranking is by parity points already; options level at the top are separated
 * by their parity share of first preferences.
 */
function bordaOutcome(
  base: TallyResult,
  counted: readonly Ballot[],
  context: TallyContext,
  weights: readonly Fraction[],
  turnouts: readonly number[],
): Pick<TallyResult, 'ranking' | 'winners' | 'decided' | 'undecidedReason' | 'tieBreak'> {
  if (base.winners.length < 2) return { ranking: base.ranking, ...decision(base, base.winners) };
  const firsts = context.options.map(() => ZERO);
  for (const ballot of counted) {
    const group = context.groupIndex.get(ballot.group) as number;
    const first = preferenceOrder(ballot.ranks ?? {}, context)[0];
    firsts[first] = firsts[first].plus(weights[group].dividedBy(Fraction.of(turnouts[group])));
  }
  const of = (option: string) => firsts[context.optionIndex.get(option) as number];
  const best = base.winners.reduce(
    (top, option) => (of(option).compare(top) > 0 ? of(option) : top),
    ZERO,
  );
  const winners = base.winners.filter((option) => of(option).equals(best));
  if (winners.length > 1) return { ranking: base.ranking, ...decision(base, winners) };
  // The winner first; the options it was level with now share second place.
  const [winner] = winners;
  const level = base.winners.length - 1;
  const ranking = [
    ...base.ranking.filter((entry) => entry.option === winner),
    ...base.ranking.filter((entry) => entry.option !== winner),
  ].map((entry) =>
    entry.option === winner
      ? { ...entry, rank: 1, tie: false }
      : base.winners.includes(entry.option)
        ? { ...entry, rank: 2, tie: level > 1 }
        : entry,
  );
  return { ranking, ...decision(base, winners), tieBreak: 'first-preferences' };
}

export const rankedRules: MethodRules = {
  methods: ['ranked'],
  field: 'ranks',
  findProblem: (ballot, context) => findRanksProblem(ballot.ranks ?? {}, context),
  count: (ballot, context, counter) => countRanks(ballot.ranks ?? {}, context, counter),
  outcome(base, counted, context, weights, turnouts) {
    if (context.count === 'borda') {
      return {
        ...base,
        count: 'borda',
        ...bordaOutcome(base, counted, context, weights, turnouts),
      };
    }
    const rounds = runoff(counted, context, weights, turnouts);
    return {
      ...base,
      count: 'instant-runoff',
      rounds: rounds.rounds,
      eliminated: rounds.eliminated,
      ...runoffOutcome(base, rounds),
    };
  },
};
