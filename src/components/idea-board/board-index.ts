/**
 * The board's ideas grouped by column in board order: built once per data change, and, for
 * the board's own edits, updated in place of a full rebuild (one idea out, one in, by binary
 * search), so adding or moving one idea on a board of 10,000 costs about what it does on 100.
 */
import { isLive, type BoardData, type Cluster, type Idea } from './model.js';
import {
  clusterOf,
  compareInColumn,
  insertionPoint,
  liveClusters,
  type ClusterLookup,
} from './ordering.js';

/** Counts kept beside the order, so that the views need not walk every idea on each change. */
interface Counts {
  /** Tags in use, by lower-cased tag: the first spelling seen, and how many ideas have it. */
  tags: Map<string, { tag: string; count: number }>;
  /** Ideas in each cluster. */
  clusterSizes: Map<string, number>;
  /** Ideas a facilitator has hidden. */
  hidden: number;
}

export class BoardIndex {
  private constructor(
    private readonly columnIds: readonly string[],
    private readonly byColumn: ReadonlyMap<string, readonly Idea[]>,
    /** Live clusters by id. */
    readonly clusters: ClusterLookup,
    /** Live ideas, all columns. */
    readonly total: number,
    private readonly counts: Counts,
  ) {}

  /** Groups and sorts every live idea. Ideas in a column the board does not have go first. */
  static build(data: BoardData, columnIds: readonly string[]): BoardIndex {
    const clusters = liveClusters(data);
    const byColumn = new Map<string, Idea[]>(columnIds.map((id) => [id, []]));
    const counts: Counts = { tags: new Map(), clusterSizes: new Map(), hidden: 0 };
    const index = new BoardIndex(columnIds, byColumn, clusters, 0, counts);
    let total = 0;
    for (const idea of data.ideas) {
      if (!isLive(idea)) continue;
      total += 1;
      byColumn.get(index.columnOf(idea))?.push(idea);
      index.count(counts, idea, 1);
    }
    for (const [column, ideas] of byColumn) ideas.sort(compareInColumn(column, clusters));
    return new BoardIndex(columnIds, byColumn, clusters, total, counts);
  }

  /**
   * The index after some ideas changed (`[before, after]`, either undefined when the idea did
   * not exist or was deleted). Clusters must be unchanged; otherwise build afresh.
   */
  withChanges(changes: ReadonlyArray<readonly [Idea | undefined, Idea | undefined]>): BoardIndex {
    const byColumn = new Map(this.byColumn);
    const copied = new Set<string>();
    const list = (column: string): Idea[] => {
      if (!copied.has(column)) {
        copied.add(column);
        byColumn.set(column, [...(byColumn.get(column) ?? [])]);
      }
      return byColumn.get(column) as Idea[];
    };
    const counts: Counts = {
      tags: new Map(this.counts.tags),
      clusterSizes: new Map(this.counts.clusterSizes),
      hidden: this.counts.hidden,
    };
    let total = this.total;
    for (const [before, after] of changes) {
      if (before) {
        const ideas = list(this.columnOf(before));
        const at = this.indexIn(ideas, before);
        if (at >= 0) {
          ideas.splice(at, 1);
          total -= 1;
          this.count(counts, before, -1);
        }
      }
      if (after) {
        const column = this.columnOf(after);
        const ideas = list(column);
        ideas.splice(
          insertionPoint(ideas, after, compareInColumn(column, this.clusters)),
          0,
          after,
        );
        total += 1;
        this.count(counts, after, 1);
      }
    }
    return new BoardIndex(this.columnIds, byColumn, this.clusters, total, counts);
  }

  private count(counts: Counts, idea: Idea, step: 1 | -1): void {
    if (idea.hidden) counts.hidden += step;
    const cluster = this.clusterOf(idea);
    if (cluster)
      counts.clusterSizes.set(cluster.id, (counts.clusterSizes.get(cluster.id) ?? 0) + step);
    for (const tag of idea.tags ?? []) {
      const key = tag.toLocaleLowerCase();
      const entry = counts.tags.get(key);
      const count = (entry?.count ?? 0) + step;
      if (count > 0) counts.tags.set(key, { tag: entry?.tag ?? tag, count });
      else counts.tags.delete(key);
    }
  }

  /** Whether any idea is hidden by a facilitator. */
  get anyHidden(): boolean {
    return this.counts.hidden > 0;
  }

  /** Every tag in use, once each (the first spelling seen), sorted for the language. */
  tags(lang: string): string[] {
    return [...this.counts.tags.values()]
      .map((entry) => entry.tag)
      .sort((a, b) => a.localeCompare(b, lang));
  }

  /** The column the idea shows in: its own, or the first when the board has no such column. */
  columnOf(idea: Idea): string {
    return this.byColumn.has(idea.column) ? idea.column : this.columnIds[0];
  }

  /** Every live idea of the column, hidden ones included, in board order. */
  order(column: string): readonly Idea[] {
    return this.byColumn.get(column) ?? [];
  }

  /**
   * Where `idea` (this very version of it) is in `list`, a run of its column in board order
   * (the column, or those of its ideas a person sees or the filter lets through); -1 when it
   * is not there. A binary search: moving a card on a board of 10,000 looks up its place
   * several times.
   */
  indexIn(list: readonly Idea[], idea: Idea): number {
    const column = this.columnOf(idea);
    const at = insertionPoint(list, idea, compareInColumn(column, this.clusters)) - 1;
    if (list[at] === idea) return at;
    // Not where board order puts it: a version the list does not hold. Look the slow way.
    return list.findIndex((other) => other.id === idea.id);
  }

  /** The idea's live cluster in its column. */
  clusterOf(idea: Idea): Cluster | undefined {
    return clusterOf(idea, this.columnOf(idea), this.clusters);
  }

  /** The column's clusters, by rank. */
  clustersIn(column: string): Cluster[] {
    return [...this.clusters.values()]
      .filter((cluster) => cluster.column === column)
      .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
  }

  /** The column's clusters that hold no idea. */
  emptyClustersIn(column: string): Cluster[] {
    return this.clustersIn(column).filter((cluster) => !this.counts.clusterSizes.get(cluster.id));
  }

  /** A rank after every block of the column, for a new idea or cluster. */
  endRank(column: string): number {
    const ideas = this.order(column);
    const last = ideas[ideas.length - 1];
    const lastIdea = last ? (this.clusterOf(last)?.rank ?? last.rank) : 0;
    const lastCluster = Math.max(0, ...this.clustersIn(column).map((c) => c.rank));
    return Math.floor(Math.max(lastIdea, lastCluster)) + 1;
  }
}
