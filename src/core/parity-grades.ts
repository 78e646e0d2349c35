/**
 * Majority judgment in the parity tally: every option gets a grade on a scale with words (by
 * default Very good, Good, Fair, Poor, Reject), and the result is each option's parity-weighted
 * median grade. Grades are whole numbers, 0 the best. Pure: no DOM.
 *
 * Parity: each ballot carries its group's weight shared among the group's own ballots, as in
 * every parity count. To keep the arithmetic exact, those weights are scaled to whole numbers
 * (each ballot then counts as that many equal voices), and the median and the tie rule work on
 * those counts.
 *
 * The median is the lower one (the worse of the two middle grades when they differ), as
 * majority judgment defines it. Options with the same median are ranked by the standard
 * majority-judgment rule (Balinski and Laraki's majority value): take away one median grade
 * from each, compare the medians again, and so on until they differ. Only options whose grades
 * are spread exactly alike stay level.
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

/** Why a ballot's grades cannot be counted, or undefined if they can. */
function findGradesProblem(
  grades: Readonly<Record<string, unknown>>,
  context: TallyContext,
): BallotProblem | undefined {
  let entries = 0;
  for (const [option, grade] of Object.entries(grades)) {
    if (!context.optionIndex.has(option)) return 'unknown-option';
    if (
      !Number.isSafeInteger(grade) ||
      (grade as number) < 0 ||
      (grade as number) >= context.scale
    ) {
      return 'grade-outside-scale';
    }
    entries += 1;
  }
  return entries === 0 ? 'empty' : undefined;
}

/** An option left ungraded gets the worst grade. */
function gradeOf(grades: Readonly<Record<string, number>>, option: string, scale: number): number {
  return Object.hasOwn(grades, option) ? grades[option] : scale - 1;
}

/**
 * Counts checked grades into the group's counter as points (the worst grade 0, the best
 * scale − 1), so `support / outOf` is the mean grade on a 0–1 line: the head count and the
 * chart's bars. The result itself is the median (see `gradeOutcome`).
 */
function countGrades(
  grades: Readonly<Record<string, number>>,
  context: TallyContext,
  counter: Counter,
): void {
  const worst = context.scale - 1;
  context.options.forEach((option, index) => {
    counter.support[index] += worst - gradeOf(grades, option, context.scale);
  });
  counter.outOf += worst;
}

/** One option's grades. */
export interface GradeTally {
  option: string;
  /** The parity-weighted (lower) median grade: 0 the best. */
  median: number;
  /** Parity share of ballots giving each grade, best first; they add up to 1. */
  distribution: Share[];
  /** Parity share of ballots grading the option better than its median. */
  better: Share;
  /** Parity share of ballots grading the option worse than its median. */
  worse: Share;
  /** Each group's ballots by grade, best first, in config order of the groups. */
  groups: { group: string; counts: number[] }[];
}

/**
 * Medians, each group's spread and the ranking by majority value. `weights` are the groups'
 * weights renormalised over the groups that voted, `turnouts` each group's counted ballots.
 */
function gradeOutcome(
  base: TallyResult,
  counted: readonly Ballot[],
  context: TallyContext,
  weights: readonly Fraction[],
  turnouts: readonly number[],
): Pick<
  TallyResult,
  'grades' | 'ranking' | 'winners' | 'decided' | 'undecidedReason' | 'tieBreak'
> {
  const { options, groups, scale } = context;
  // counts[option][group][grade]
  const counts = options.map(() => groups.map(() => new Array<number>(scale).fill(0)));
  for (const ballot of counted) {
    const group = context.groupIndex.get(ballot.group) as number;
    options.forEach((option, index) => {
      counts[index][group][gradeOf(ballot.grades ?? {}, option, scale)] += 1;
    });
  }
  // Each ballot of group g counts as voices[g] equal voices; all ballots together as `total`.
  const ballotWeights = weights.map((weight, group) =>
    turnouts[group] > 0 ? weight.dividedBy(Fraction.of(turnouts[group])) : ZERO,
  );
  const total = ballotWeights.reduce(
    (lcm, weight) => leastCommonMultiple(lcm, weight.denominator),
    1n,
  );
  const voices = ballotWeights.map((weight) => (weight.numerator * total) / weight.denominator);
  const spreads = counts.map((byGroup) =>
    Array.from({ length: scale }, (_, grade) =>
      byGroup.reduce(
        (sum, groupCounts, group) => sum + BigInt(groupCounts[grade]) * voices[group],
        0n,
      ),
    ),
  );

  const anyBallots = counted.length > 0;
  const grades: GradeTally[] = options.map((option, index) => {
    const spread = spreads[index];
    const median = anyBallots ? medianOf(spread, total) : scale - 1;
    const fractions = spread.map((count) => (anyBallots ? Fraction.of(count, total) : ZERO));
    const shown = percentages(fractions);
    const sum = (from: number, to: number) =>
      fractions.slice(from, to).reduce((acc, share) => acc.plus(share), ZERO);
    const better = sum(0, median);
    const worse = sum(median + 1, scale);
    const [betterShown, worseShown] = percentages([better, worse]);
    return {
      option,
      median,
      distribution: fractions.map((share, grade) => shareOf(share, shown[grade])),
      better: shareOf(better, betterShown),
      worse: shareOf(worse, worseShown),
      groups: groups.map((group, groupIndex) => ({
        group: group.id,
        counts: [...counts[index][groupIndex]],
      })),
    };
  });

  // Stable sort: options with exactly the same majority value stay in config order.
  const order = options.map((_, index) => index);
  const compare = (a: number, b: number) => compareMajorityValues(spreads[a], spreads[b], total);
  if (anyBallots) order.sort(compare);
  const byOption = new Map(base.ranking.map((entry) => [entry.option, entry]));
  const ranking: RankedOption[] = order.map((index) => {
    const atLeastMedian = grades[index].distribution
      .slice(0, grades[index].median + 1)
      .reduce((acc, share) => acc.plus(Fraction.parse(share.exact)), ZERO);
    return {
      ...(byOption.get(options[index]) as RankedOption),
      rank: 1 + order.filter((other) => anyBallots && compare(other, index) < 0).length,
      tie: order.some((other) => other !== index && (!anyBallots || compare(other, index) === 0)),
      score: shareOf(atLeastMedian, Number(atLeastMedian.times(100).round())),
    };
  });
  const winners = ranking.filter((entry) => entry.rank === 1).map((entry) => entry.option);
  const top = winners.length === 1 ? grades[options.indexOf(winners[0])].median : undefined;
  const separated = top !== undefined && grades.filter((entry) => entry.median === top).length > 1;
  return {
    grades,
    ranking,
    ...decision(base, anyBallots ? winners : []),
    ...(separated && { tieBreak: 'majority-value' as const }),
  };
}

/** The lower median: the best grade at which more than half of the voices are reached. */
export function medianOf(spread: readonly bigint[], total: bigint): number {
  let reached = 0n;
  for (let grade = 0; grade < spread.length; grade += 1) {
    reached += spread[grade];
    if (reached * 2n > total) return grade;
  }
  return spread.length - 1;
}

/** The grade at position `index` (0 the best) of all voices sorted best first. */
function gradeAt(spread: readonly bigint[], index: bigint): number {
  let reached = 0n;
  for (let grade = 0; grade < spread.length; grade += 1) {
    reached += spread[grade];
    if (reached > index) return grade;
  }
  return spread.length - 1;
}

/**
 * Negative when `a` ranks above `b` by majority value. Taking away median grades one at a
 * time visits the voices sorted best first in a fixed order: the (lower) middle m, then for
 * d = 1, 2, … positions m − d and m + d (m + d first when the count is odd). So the majority
 * values differ first at some d where one of the sorted lists changes grade; only those d
 * are visited, which keeps the comparison short however many voices there are.
 */
export function compareMajorityValues(
  a: readonly bigint[],
  b: readonly bigint[],
  total: bigint,
): number {
  const middle = total / 2n;
  const odd = total % 2n === 1n;
  const distances = new Set<bigint>([0n]);
  for (const spread of [a, b]) {
    let boundary = 0n;
    for (let grade = 0; grade < spread.length - 1; grade += 1) {
      boundary += spread[grade];
      // Position m − d moves from grade to grade + 1's side at d = m − boundary + 1; m + d at
      // d = boundary − m.
      for (const d of [middle - boundary + 1n, boundary - middle]) if (d > 0n) distances.add(d);
    }
  }
  const sorted = [...distances].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (const d of sorted) {
    const positions =
      d === 0n ? [middle] : odd ? [middle + d, middle - d] : [middle - d, middle + d];
    for (const position of positions) {
      if (position < 0n || position >= total) continue;
      const difference = gradeAt(a, position) - gradeAt(b, position);
      if (difference !== 0) return difference;
    }
  }
  return 0;
}

function leastCommonMultiple(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

export const gradesRules: MethodRules = {
  methods: ['grades'],
  field: 'grades',
  findProblem: (ballot, context) => findGradesProblem(ballot.grades ?? {}, context),
  count: (ballot, context, counter) => countGrades(ballot.grades ?? {}, context, counter),
  outcome: (base, counted, context, weights, turnouts) => ({
    ...base,
    scale: context.scale,
    ...gradeOutcome(base, counted, context, weights, turnouts),
  }),
};
