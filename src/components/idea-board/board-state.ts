/**
 * What the board shows, derived from its data and memoised: ideas grouped by column once per
 * data change (not per render), the ideas this person may see, those the filter lets through,
 * the dot-vote results and the builds. Each part is recomputed only when what it reads
 * changed, so typing in the filter does not re-sort the board, and a vote does not regroup it.
 */
import type { Group } from '../../core/groups.js';
import { BoardIndex } from './board-index.js';
import { isFiltering, matcher, type IdeaFilter } from './filter.js';
import type { Tombstone } from '../../core/store/merge.js';
import { buildsByIdea, isLive, type BoardData, type Build, type Idea } from './model.js';
import { dotsOf, tallyDots, type DotResults } from './votes.js';

export interface BoardState {
  index: BoardIndex;
  /** Per column, in board order: the ideas this person may see (a facilitator sees hidden ones). */
  role: ReadonlyMap<string, readonly Idea[]>;
  /** Per column: those of `role` that the filter lets through. */
  visible: ReadonlyMap<string, readonly Idea[]>;
  /** Ideas in `role`, all columns. */
  roleTotal: number;
  /** Ideas in `visible`, all columns. */
  shownTotal: number;
  results: DotResults;
  /** This participant's dots by idea. */
  mine: ReadonlyMap<string, number>;
  builds: ReadonlyMap<string, readonly Build[]>;
}

export interface StateInput {
  data: BoardData;
  columns: readonly string[];
  facilitator: boolean;
  filter: IdeaFilter;
  groups: readonly Group[];
  participant: string;
}

/** Ideas the board itself just changed: lets the index update two places instead of all. */
interface Hint {
  from: BoardData['ideas'];
  to: BoardData['ideas'];
  ids: readonly string[];
}

export class BoardStateMemo {
  private input?: StateInput;
  private state?: BoardState;
  private hint?: Hint;

  /** Says which ideas changed between two versions of the data (the board's own edits). */
  changed(from: BoardData, to: BoardData, ids: readonly string[]): void {
    if (from.clusters === to.clusters) this.hint = { from: from.ideas, to: to.ideas, ids };
  }

  get(input: StateInput): BoardState {
    const last = this.input;
    const before = this.state;
    if (last && before && sameInput(last, input)) return before;
    const { data } = input;
    const ideasChanged = !last || last.data.ideas !== data.ideas;
    // Dots and builds on deleted ideas stop counting, so those follow deletions too.
    let deleted = ideasChanged;
    let index: BoardIndex;
    if (
      !before ||
      !last ||
      last.columns !== input.columns ||
      last.data.clusters !== data.clusters
    ) {
      index = BoardIndex.build(data, input.columns);
    } else if (!ideasChanged) {
      index = before.index;
    } else {
      const updated = this.updatedIndex(before.index, last.data, data);
      index = updated?.index ?? BoardIndex.build(data, input.columns);
      deleted = updated?.deleted ?? true;
    }
    this.hint = undefined;

    const roleChanged = index !== before?.index || last?.facilitator !== input.facilitator;
    const role = roleChanged || !before ? roleOrder(index, input) : before.role;
    const visible =
      role !== before?.role || last?.filter !== input.filter || !before
        ? filtered(role, input.filter)
        : before.visible;

    const votesChanged =
      deleted || last?.data.votes !== data.votes || last?.groups !== input.groups;
    const results = votesChanged || !before ? tallyDots(data, input.groups) : before.results;
    const mine =
      votesChanged || last?.participant !== input.participant || !before
        ? dotsOf(data, input.participant)
        : before.mine;
    const builds =
      deleted || last?.data.builds !== data.builds || !before ? buildsByIdea(data) : before.builds;

    this.input = input;
    this.state = {
      index,
      role,
      visible,
      roleTotal: count(role),
      shownTotal: count(visible),
      results,
      mine,
      builds,
    };
    return this.state;
  }

  /** The index updated in place from the hint, or undefined when there is no usable hint. */
  private updatedIndex(
    index: BoardIndex,
    from: BoardData,
    to: BoardData,
  ): { index: BoardIndex; deleted: boolean } | undefined {
    const hint = this.hint;
    if (!hint || hint.from !== from.ideas || hint.to !== to.ideas) return undefined;
    const changes = hint.ids.map(
      (id) => [live(from.ideas.get(id)), live(to.ideas.get(id))] as const,
    );
    return {
      index: index.withChanges(changes),
      deleted: changes.some(([before, after]) => before !== undefined && after === undefined),
    };
  }
}

const live = (item: Idea | Tombstone | undefined): Idea | undefined =>
  isLive<Idea>(item) ? item : undefined;

function sameInput(a: StateInput, b: StateInput): boolean {
  return (
    a.data === b.data &&
    a.columns === b.columns &&
    a.facilitator === b.facilitator &&
    a.filter === b.filter &&
    a.groups === b.groups &&
    a.participant === b.participant
  );
}

function roleOrder(index: BoardIndex, input: StateInput): Map<string, readonly Idea[]> {
  const all = input.facilitator || !index.anyHidden;
  return new Map(
    input.columns.map((column) => {
      const order = index.order(column);
      return [column, all ? order : order.filter((idea) => !idea.hidden)];
    }),
  );
}

function filtered(
  role: ReadonlyMap<string, readonly Idea[]>,
  filter: IdeaFilter,
): ReadonlyMap<string, readonly Idea[]> {
  if (!isFiltering(filter)) return role;
  const test = matcher(filter);
  return new Map(
    [...role].map(([column, ideas]) => [column, ideas.filter((idea) => test(idea, column))]),
  );
}

function count(byColumn: ReadonlyMap<string, readonly Idea[]>): number {
  let total = 0;
  for (const ideas of byColumn.values()) total += ideas.length;
  return total;
}
