/**
 * The order of cards in a column, and where a card lands when it moves. Pure, no DOM.
 *
 * A column is a run of blocks: a loose idea is a block of one, a cluster is a block of its
 * ideas. Blocks sort by rank (a loose idea's own `rank`, a cluster's `rank`); the ideas of a
 * cluster sort by their own `rank` inside it. Ranks are numbers, so a move between two cards
 * takes the midpoint and touches one idea only; only when the numbers run out of room between
 * two neighbours is the column renumbered.
 */
import { tombstone } from '../../core/store/merge.js';
import { cleared, isLive, type BoardData, type Cluster, type Idea } from './model.js';

export type ClusterLookup = ReadonlyMap<string, Cluster>;

/** The live clusters by id. */
export function liveClusters(data: BoardData): Map<string, Cluster> {
  const clusters = new Map<string, Cluster>();
  for (const cluster of data.clusters) {
    if (isLive(cluster)) clusters.set(cluster.id, cluster);
  }
  return clusters;
}

/** The idea's cluster, when that cluster is live and in the idea's column. */
export function clusterOf(
  idea: Idea,
  column: string,
  clusters: ClusterLookup,
): Cluster | undefined {
  if (!idea.cluster) return undefined;
  const cluster = clusters.get(idea.cluster);
  return cluster && cluster.column === column ? cluster : undefined;
}

/** The rank of the block the idea belongs to. */
function blockRank(idea: Idea, column: string, clusters: ClusterLookup): number {
  return clusterOf(idea, column, clusters)?.rank ?? idea.rank;
}

/** Sorts the ideas of one column into board order; ties fall back to age, then id. */
export function compareInColumn(column: string, clusters: ClusterLookup) {
  return (a: Idea, b: Idea): number => {
    const ca = clusterOf(a, column, clusters);
    const cb = clusterOf(b, column, clusters);
    const blockA = ca ? ca.rank : a.rank;
    const blockB = cb ? cb.rank : b.rank;
    if (blockA !== blockB) return blockA - blockB;
    // Two blocks with the same rank (two tabs posting at once) must not interleave: a cluster
    // before a loose card, then by id. (No strings are built here: a sort calls this often.)
    if (!ca !== !cb) return ca ? -1 : 1;
    const idA = ca ? ca.id : a.id;
    const idB = cb ? cb.id : b.id;
    if (idA !== idB) return compareText(idA, idB);
    return a.rank - b.rank || compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id);
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first index of `ideas` (sorted by `compare`) whose idea sorts after `idea`. */
export function insertionPoint(
  ideas: readonly Idea[],
  idea: Idea,
  compare: (a: Idea, b: Idea) => number,
): number {
  let low = 0;
  let high = ideas.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(ideas[middle], idea) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where `moving` would stand in `order` (its column without it) once given `placement`. */
export function landingIndex(
  order: readonly Idea[],
  moving: Idea,
  column: string,
  placement: Placement,
  clusters: ClusterLookup,
): number {
  const moved: Idea = { ...moving, column, rank: placement.rank, cluster: placement.cluster ?? '' };
  return insertionPoint(order, moved, compareInColumn(column, clusters));
}

/** A number strictly between `low` and `high` (either may be open); undefined when none fits. */
export function between(low: number | undefined, high: number | undefined): number | undefined {
  if (low === undefined && high === undefined) return 1;
  if (low === undefined) return (high as number) - 1;
  if (high === undefined) return low + 1;
  const middle = (low + high) / 2;
  return low < middle && middle < high ? middle : undefined;
}

/** Where a card goes: its rank, and the cluster it is in (none: loose). */
export interface Placement {
  rank: number;
  cluster?: string;
}

/**
 * Where `moving` lands when put at `index` of `order` (the column's order without it).
 * Between two cards of one cluster it joins that cluster; next to its own cluster's cards it
 * stays in it; anywhere else it is loose. Undefined when the ranks have no room left (then
 * renumber the column and ask again).
 */
export function placeAt(
  order: readonly Idea[],
  index: number,
  moving: Idea,
  column: string,
  clusters: ClusterLookup,
): Placement | undefined {
  const before = order[index - 1];
  const after = order[index];
  const clusterBefore = before && clusterOf(before, column, clusters);
  const clusterAfter = after && clusterOf(after, column, clusters);
  const own = moving.cluster;
  if (clusterBefore && clusterBefore.id === clusterAfter?.id) {
    return withRank(between(before.rank, after.rank), clusterBefore.id);
  }
  if (clusterBefore && clusterBefore.id === own) return { rank: before.rank + 1, cluster: own };
  if (clusterAfter && clusterAfter.id === own) return { rank: after.rank - 1, cluster: own };
  return withRank(
    between(
      before && blockRank(before, column, clusters),
      after && blockRank(after, column, clusters),
    ),
  );
}

function withRank(rank: number | undefined, cluster?: string): Placement | undefined {
  if (rank === undefined) return undefined;
  return cluster === undefined ? { rank } : { rank, cluster };
}

/** Joining a cluster puts the card last in it. */
export function joinPlacement(
  order: readonly Idea[],
  cluster: Cluster,
  clusters: ClusterLookup,
): Placement {
  const members = order.filter(
    (idea) => clusterOf(idea, cluster.column, clusters)?.id === cluster.id,
  );
  const last = members[members.length - 1];
  return { rank: last ? last.rank + 1 : 1, cluster: cluster.id };
}

/**
 * Leaving a cluster puts the card loose just after the cluster's block. Undefined when the
 * ranks have no room.
 */
export function leavePlacement(
  order: readonly Idea[],
  cluster: Cluster,
  clusters: ClusterLookup,
): Placement | undefined {
  const next = order.find((idea) => blockRank(idea, cluster.column, clusters) > cluster.rank);
  return withRank(between(cluster.rank, next && blockRank(next, cluster.column, clusters)));
}

/** Puts an idea in `column` with `placement`: one idea changes. */
export function placeIdea(
  data: BoardData,
  id: string,
  column: string,
  placement: Placement,
  now = new Date(),
): BoardData {
  const idea = data.ideas.get(id);
  if (!isLive(idea)) return data;
  const next: Idea = {
    ...idea,
    column,
    rank: placement.rank,
    ...(placement.cluster !== undefined
      ? { cluster: placement.cluster }
      : cleared(idea, 'cluster')),
    updatedAt: now.toISOString(),
  };
  return { ...data, ideas: data.ideas.with(id, next) };
}

/**
 * Gives a column's blocks the ranks 1, 2, 3… and each cluster's ideas 1, 2, 3…, keeping their
 * order. Many items change, so it is only done when a move finds no room between two ranks.
 * `order` is every live idea of the column, in board order; `empty` its clusters with no idea.
 */
export function renumberColumn(
  data: BoardData,
  column: string,
  order: readonly Idea[],
  clusters: ClusterLookup,
  empty: readonly Cluster[] = [],
  now = new Date(),
): BoardData {
  const stamp = now.toISOString();
  const ideas = new Map<string, Idea>();
  const nextClusters = new Map<string, Cluster>();
  let block = 0;
  let current: string | undefined;
  let inner = 0;
  for (const idea of order) {
    const cluster = clusterOf(idea, column, clusters);
    if (cluster && cluster.id === current) {
      inner += 1;
    } else {
      block += 1;
      inner = 1;
      current = cluster?.id;
      if (cluster) nextClusters.set(cluster.id, { ...cluster, rank: block, updatedAt: stamp });
    }
    ideas.set(idea.id, { ...idea, rank: cluster ? inner : block, updatedAt: stamp });
  }
  for (const cluster of empty) {
    block += 1;
    nextClusters.set(cluster.id, { ...cluster, rank: block, updatedAt: stamp });
  }
  return {
    ...data,
    ideas: data.ideas.withAll(ideas),
    clusters: data.clusters.withAll(nextClusters),
  };
}

/** A new cluster in `column` at `rank`, holding `idea` (first in it) when given. */
export function createCluster(
  data: BoardData,
  cluster: { id: string; name: string; column: string; rank: number },
  idea?: string,
  now = new Date(),
): BoardData {
  const made: Cluster = { ...cluster, updatedAt: now.toISOString() };
  const next = { ...data, clusters: data.clusters.with(made.id, made) };
  return idea ? placeIdea(next, idea, cluster.column, { rank: 1, cluster: made.id }, now) : next;
}

export function renameCluster(
  data: BoardData,
  id: string,
  name: string,
  now = new Date(),
): BoardData {
  const cluster = data.clusters.get(id);
  if (!isLive(cluster)) return data;
  const renamed = { ...cluster, name, updatedAt: now.toISOString() };
  return { ...data, clusters: data.clusters.with(id, renamed) };
}

/**
 * Dissolves a cluster: its ideas stay where they are, in the same order, as loose cards
 * (ranked between the cluster's rank and the next block's), and the cluster is deleted.
 */
export function dissolveCluster(
  data: BoardData,
  id: string,
  order: readonly Idea[],
  clusters: ClusterLookup,
  now = new Date(),
): BoardData {
  const cluster = clusters.get(id);
  if (!cluster) return data;
  const members = order.filter((idea) => clusterOf(idea, cluster.column, clusters)?.id === id);
  const next = order.find((idea) => blockRank(idea, cluster.column, clusters) > cluster.rank);
  const high = next ? blockRank(next, cluster.column, clusters) : cluster.rank + 1;
  const step = (high - cluster.rank) / (members.length + 1);
  const stamp = now.toISOString();
  const ideas = members.map(
    (idea, index) =>
      [
        idea.id,
        { ...idea, cluster: '', rank: cluster.rank + step * index, updatedAt: stamp },
      ] as const,
  );
  return {
    ...data,
    ideas: data.ideas.withAll(ideas),
    clusters: data.clusters.with(id, tombstone(id, now)),
  };
}
