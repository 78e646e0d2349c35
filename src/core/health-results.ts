/**
 * The health check's results (issue #15): each group's average and spread per statement and
 * per principle, the parity-combined figure (each group's average counts by its weight, with
 * the weights `parityTally` uses), the widest gaps between groups, and where each group puts
 * the partnership on the ladder of co-production. Pure: no DOM, no Lit; runs in Node.
 *
 * Privacy is decided here, not in the view: a group with fewer than `minResponses` responses
 * has no figures in the result at all (only its count), and the combined figure leaves it out,
 * since a combined average with one hidden person in it would give their answer away.
 */
import { defaultGroups, groupWeight, type Group } from './groups.js';
import { DONT_KNOW, type Rating } from './kinds/health-check.js';

/** The rungs of the ladder of co-production, lowest first (Think Local Act Personal, nef). */
export const LADDER_RUNGS = [
  'coercion',
  'educating',
  'informing',
  'consultation',
  'engagement',
  'co-design',
  'co-production',
] as const;

/** The ladder's three stretches: which rungs do things to people, for them, and with them. */
export const LADDER_STRETCHES = {
  'doing-to': ['coercion', 'educating'],
  'doing-for': ['informing', 'consultation', 'engagement'],
  'doing-with': ['co-design', 'co-production'],
} as const;

/** What is counted of one response. */
export interface HealthResponseInput {
  group: string;
  ratings: Readonly<Record<string, Rating>>;
  ladder?: string;
}

export interface HealthResultsConfig {
  /** Principles in order, each with its statements' ids in order. Statement ids are unique. */
  principles: readonly { id: string; statements: readonly string[] }[];
  /** The highest point of the scale (the lowest is 1). Default 5. */
  scale?: number;
  /** Default: people who use services, and professionals, weighing equally. */
  groups?: readonly Group[];
  /** The fewest responses a group needs before its figures are shown. Default 3. */
  minResponses?: number;
  /** Default {@link LADDER_RUNGS}. */
  ladder?: readonly string[];
}

/** One group's answers to a statement, or pooled over a principle's statements. */
export interface GroupFigure {
  group: string;
  /** Answers on the scale (not "I don't know"). */
  rated: number;
  dontKnow: number;
  /** Undefined when nobody in the group rated it. */
  mean?: number;
  /** Standard deviation of the ratings (population). */
  spread?: number;
  low?: number;
  high?: number;
}

/** The difference between the groups that rate an item lowest and highest. */
export interface Gap {
  /** `high.mean - low.mean`. */
  size: number;
  low: { group: string; mean: number };
  high: { group: string; mean: number };
}

export interface ItemResult {
  id: string;
  /** Only the groups shown (enough responses), in config order. */
  groups: GroupFigure[];
  /** Σ weight × mean over the shown groups that rated it, weights renormalised over them. */
  combined?: number;
  /** Present when at least two shown groups rated it. */
  gap?: Gap;
}

export interface StatementResult extends ItemResult {
  principle: string;
}

export interface PrincipleResult extends ItemResult {
  statements: StatementResult[];
}

export interface GroupStanding {
  group: string;
  responses: number;
  /** Enough responses to show this group's figures. */
  shown: boolean;
  /** How many more responses before it is shown (0 when shown). */
  needed: number;
}

export interface LadderResult {
  group: string;
  /** Responses that placed the project on the ladder. */
  answered: number;
  /** By rung, in ladder order. */
  counts: number[];
}

export interface HealthResults {
  scale: number;
  minResponses: number;
  /** Responses counted (of known groups). */
  responses: number;
  /** Responses from groups the config does not have. */
  ignored: number;
  groups: GroupStanding[];
  principles: PrincipleResult[];
  /** Principles with a gap, widest first (equal gaps in framework order). */
  principleGaps: PrincipleResult[];
  /** Statements with a gap, widest first. */
  statementGaps: StatementResult[];
  ladder: { rungs: string[]; groups: LadderResult[] };
}

/** Per group × statement sums, kept in flat typed arrays so 150,000 answers count in one pass. */
interface Sums {
  n: Float64Array;
  sum: Float64Array;
  squares: Float64Array;
  dontKnow: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

function sums(size: number): Sums {
  return {
    n: new Float64Array(size),
    sum: new Float64Array(size),
    squares: new Float64Array(size),
    dontKnow: new Float64Array(size),
    low: new Float64Array(size).fill(Infinity),
    high: new Float64Array(size).fill(-Infinity),
  };
}

/**
 * Summarises `responses` under `config`. A rating that is not a whole point of the scale is
 * not counted; a response from an unknown group is counted in `ignored`. Only a bad config
 * (groups, weights) throws.
 */
export function healthCheckResults(
  responses: readonly HealthResponseInput[],
  config: HealthResultsConfig,
): HealthResults {
  const scale = config.scale ?? 5;
  const minResponses = Math.max(1, Math.trunc(config.minResponses ?? 3));
  const groups = config.groups ?? defaultGroups;
  // The weights the parity tally reads, checked the same way. Plain numbers rather than the
  // tally's exact fractions: the combined figure is a mean shown to one decimal, and the
  // health check then does not download the vote's arithmetic.
  const weights = groups.map(groupWeight);
  const groupIndex = new Map(groups.map((group, index) => [group.id, index]));
  const ids: string[] = [];
  const principleOf: number[] = [];
  config.principles.forEach((principle, index) => {
    for (const id of principle.statements) {
      ids.push(id);
      principleOf.push(index);
    }
  });
  const rungs = [...(config.ladder ?? LADDER_RUNGS)];
  const rungIndex = new Map(rungs.map((rung, index) => [rung, index]));

  const { acc, counted, ladder, ignored } = countAnswers(responses, {
    groupIndex,
    ids,
    scale,
    rungIndex,
    groups: groups.length,
    rungs: rungs.length,
  });
  const S = ids.length;
  const G = groups.length;

  const shown = counted.map((count) => count >= minResponses);
  const standings: GroupStanding[] = groups.map((group, g) => ({
    group: group.id,
    responses: counted[g],
    shown: shown[g],
    needed: shown[g] ? 0 : minResponses - counted[g],
  }));

  const item = (id: string, indexes: readonly number[]): ItemResult => {
    const figures: GroupFigure[] = [];
    const means: (number | undefined)[] = [];
    for (let g = 0; g < G; g += 1) {
      if (!shown[g]) {
        means.push(undefined);
        continue;
      }
      const figure = pooled(
        groups[g].id,
        acc,
        indexes.map((s) => g * S + s),
      );
      figures.push(figure);
      means.push(figure.mean);
    }
    return { id, groups: figures, ...combine(means, weights, groups) };
  };

  const statements: StatementResult[] = ids.map((id, s) => ({
    ...item(id, [s]),
    principle: config.principles[principleOf[s]].id,
  }));
  let offset = 0;
  const principles: PrincipleResult[] = config.principles.map((principle) => {
    const indexes = principle.statements.map((_, k) => offset + k);
    offset += indexes.length;
    return {
      ...item(principle.id, indexes),
      statements: indexes.map((s) => statements[s]),
    };
  });

  return {
    scale,
    minResponses,
    responses: counted.reduce((a, b) => a + b, 0),
    ignored,
    groups: standings,
    principles,
    principleGaps: widestFirst(principles),
    statementGaps: widestFirst(statements),
    ladder: {
      rungs,
      groups: groups.flatMap((group, g) => {
        if (!shown[g]) return [];
        const counts = rungs.map((_, r) => ladder[g * rungs.length + r]);
        return [{ group: group.id, answered: counts.reduce((a, b) => a + b, 0), counts }];
      }),
    },
  };
}

/**
 * The one pass over every answer, kept small and apart so the engine optimises it alone: sums
 * per group × statement in flat typed arrays, "I don't know" counted apart, ratings off the
 * scale skipped, and the ladder counted by group × rung.
 */
function countAnswers(
  responses: readonly HealthResponseInput[],
  shape: {
    groupIndex: ReadonlyMap<string, number>;
    ids: readonly string[];
    scale: number;
    rungIndex: ReadonlyMap<string, number>;
    groups: number;
    rungs: number;
  },
) {
  const { groupIndex, ids, scale, rungIndex, rungs } = shape;
  const S = ids.length;
  const acc = sums(shape.groups * S);
  const { n, sum, squares, dontKnow, low, high } = acc;
  const counted = new Array<number>(shape.groups).fill(0);
  const ladder = new Array<number>(shape.groups * rungs).fill(0);
  let ignored = 0;
  for (const response of responses) {
    const g = groupIndex.get(response.group);
    if (g === undefined) {
      ignored += 1;
      continue;
    }
    counted[g] += 1;
    const { ratings } = response;
    const base = g * S;
    for (let s = 0; s < S; s += 1) {
      const value = ratings[ids[s]];
      if (value === undefined) continue;
      const i = base + s;
      if (value === DONT_KNOW) {
        dontKnow[i] += 1;
      } else if (typeof value === 'number' && value >= 1 && value <= scale && value % 1 === 0) {
        n[i] += 1;
        sum[i] += value;
        squares[i] += value * value;
        if (value < low[i]) low[i] = value;
        if (value > high[i]) high[i] = value;
      }
    }
    if (response.ladder !== undefined) {
      const rung = rungIndex.get(response.ladder);
      if (rung !== undefined) ladder[g * rungs + rung] += 1;
    }
  }
  return { acc, counted, ladder, ignored };
}

/** One group's figure over some cells (one statement, or a principle's statements pooled). */
function pooled(group: string, acc: Sums, cells: readonly number[]): GroupFigure {
  let n = 0;
  let sum = 0;
  let squares = 0;
  let dontKnow = 0;
  let low = Infinity;
  let high = -Infinity;
  for (const i of cells) {
    n += acc.n[i];
    sum += acc.sum[i];
    squares += acc.squares[i];
    dontKnow += acc.dontKnow[i];
    low = Math.min(low, acc.low[i]);
    high = Math.max(high, acc.high[i]);
  }
  if (n === 0) return { group, rated: 0, dontKnow };
  const mean = sum / n;
  const spread = Math.sqrt(Math.max(0, squares / n - mean * mean));
  return { group, rated: n, dontKnow, mean, spread, low, high };
}

/** The combined figure and the gap, from the shown groups' means (undefined: not counted). */
function combine(
  means: readonly (number | undefined)[],
  weights: readonly number[],
  groups: readonly Group[],
): Pick<ItemResult, 'combined' | 'gap'> {
  // Weights renormalised over the groups that rated it, as the tally's votingWeights does.
  const total = means.reduce(
    (sum: number, mean, g) => (mean === undefined ? sum : sum + weights[g]),
    0,
  );
  if (total === 0) return {};
  let combined = 0;
  let low: Gap['low'] | undefined;
  let high: Gap['high'] | undefined;
  let rated = 0;
  means.forEach((mean, g) => {
    if (mean === undefined) return;
    rated += 1;
    combined += (weights[g] / total) * mean;
    if (!low || mean < low.mean) low = { group: groups[g].id, mean };
    if (!high || mean > high.mean) high = { group: groups[g].id, mean };
  });
  const result: Pick<ItemResult, 'combined' | 'gap'> = { combined };
  if (rated >= 2 && low && high) result.gap = { size: high.mean - low.mean, low, high };
  return result;
}

function widestFirst<T extends ItemResult>(items: readonly T[]): T[] {
  // Array.prototype.sort is stable: equal gaps stay in framework order.
  return items.filter((entry) => entry.gap).sort((a, b) => b.gap!.size - a.gap!.size);
}

/** One group's average for a principle in the first round and the latest. */
export interface RoundChange {
  principle: string;
  group: string;
  first: number;
  latest: number;
  /** `latest - first`. */
  change: number;
}

/**
 * The first round and the latest compared, principle by principle and group by group: only
 * where the group is shown, and rated the principle, in both rounds.
 */
export function compareRounds(first: HealthResults, latest: HealthResults): RoundChange[] {
  const changes: RoundChange[] = [];
  for (const principle of latest.principles) {
    const before = first.principles.find((entry) => entry.id === principle.id);
    if (!before) continue;
    for (const figure of principle.groups) {
      const earlier = before.groups.find((entry) => entry.group === figure.group);
      if (figure.mean === undefined || earlier?.mean === undefined) continue;
      changes.push({
        principle: principle.id,
        group: figure.group,
        first: earlier.mean,
        latest: figure.mean,
        change: figure.mean - earlier.mean,
      });
    }
  }
  return changes;
}
