/**
 * What the board shows, derived from its data and memoised: ideas grouped by column once per
 * data change (not per render), the ideas this person may see, those the filter lets through,
 * the dot-vote results and the builds. Each part is recomputed only when what it reads
 * changed, so typing in the filter does not re-sort the board, and a vote does not regroup it.
 */
import type { Group } from '../../core/groups.js';
import { BoardIndex } from './board-index.js';
import { isFiltering, matcher, typedWords, type IdeaFilter } from './filter.js';
import type { WordIndex } from './word-index.js';
import type { Tombstone } from '../../core/store/merge.js';
import { buildsByIdea, isLive, type BoardData, type Build, type Idea } from './model.js';
import { dotsOf, tallyDots, type DotResults } from './votes.js';

export interface BoardState {
  /** The data all this was derived from. */
  data: BoardData;
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
  /**
   * The words of the ideas of `for`, on a board of {@link WORD_INDEX_FROM} ideas or more: its
   * code loads by import(), then it is built in idle moments (a few milliseconds at a time, so
   * a big board never stalls) and kept up to date with the board's own edits. Until it is
   * `ready`, and on smaller boards, where reading every text on a key press is quick, Find
   * reads the ideas' texts.
   */
  private words?: { for: BoardIndex; index?: WordIndex; ready: boolean };

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
      // The board's own edit: the word index follows the same few ideas.
      if (updated && this.words?.for === before.index) {
        // Before its code has arrived there is nothing to update: the build reads `for`.
        for (const [was, now] of this.words.index ? updated.changes : []) {
          if (was) this.words.index!.remove(was);
          if (now) this.words.index!.add(now);
        }
        this.words.for = index;
      }
    }
    this.hint = undefined;
    // Ready before the person first types into Find, built while the page is idle.
    if (data.ideas.size < WORD_INDEX_FROM) this.words = undefined;
    else if (this.words?.for !== index) this.buildWords(index, input.columns);

    const roleChanged = index !== before?.index || last?.facilitator !== input.facilitator;
    const role = roleChanged || !before ? byRole(index, input) : before.role;
    const visible =
      role !== before?.role || last?.filter !== input.filter || !before
        ? this.filtered(role, input.filter)
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
      data,
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

  /** The last filtering done, to reuse when typing on does not change which ideas match. */
  private lastFiltered?: {
    role: ReadonlyMap<string, readonly Idea[]>;
    holding: ReadonlySet<Idea>;
    filter: IdeaFilter;
    visible: ReadonlyMap<string, readonly Idea[]>;
  };

  private filtered(
    role: ReadonlyMap<string, readonly Idea[]>,
    filter: IdeaFilter,
  ): ReadonlyMap<string, readonly Idea[]> {
    if (!isFiltering(filter)) return role;
    const typed = typedWords(filter);
    // The ideas holding the typed words come from the index, not from reading every idea.
    const words = typed.length && this.words?.ready ? this.words.index : undefined;
    const holding = words?.matching(typed);
    const last = this.lastFiltered;
    if (
      holding &&
      last?.holding === holding &&
      last.role === role &&
      last.filter.tag === filter.tag &&
      last.filter.column === filter.column &&
      last.filter.group === filter.group
    )
      return last.visible;
    const test = matcher(filter, holding);
    const visible = new Map(
      [...role].map(([column, ideas]) => [column, ideas.filter((idea) => test(idea, column))]),
    );
    this.lastFiltered = holding ? { role, holding, filter, visible } : undefined;
    return visible;
  }

  private buildWords(index: BoardIndex, columns: readonly string[]): void {
    const words: { for: BoardIndex; index?: WordIndex; ready: boolean } = {
      for: index,
      ready: false,
    };
    this.words = words;
    // If the code cannot load (offline), Find goes on reading the texts: slower, the same ideas.
    void import('./word-index.js').then(
      ({ WordIndex }) => {
        if (this.words !== words) return; // the board was rebuilt: a new index is on its way
        const built = (words.index = new WordIndex());
        // Every live idea sits in one of the board's columns (see BoardIndex.columnOf).
        const ideas = columns.flatMap((column) => words.for.order(column));
        let at = 0;
        // The board's edits made meanwhile reach the index as they happen; an idea added here
        // after it changed is an object no column holds any more, so it never shows.
        const step = () => {
          if (this.words !== words) return;
          const until = performance.now() + BUILD_SLICE_MS;
          while (at < ideas.length && performance.now() < until) {
            for (const end = Math.min(at + 25, ideas.length); at < end; at += 1)
              built.add(ideas[at]);
          }
          if (at < ideas.length) later(step);
          else words.ready = true;
        };
        later(step);
      },
      () => undefined,
    );
  }

  /** The index updated in place from the hint, or undefined when there is no usable hint. */
  private updatedIndex(
    index: BoardIndex,
    from: BoardData,
    to: BoardData,
  ):
    | {
        index: BoardIndex;
        deleted: boolean;
        changes: ReadonlyArray<readonly [Idea | undefined, Idea | undefined]>;
      }
    | undefined {
    const hint = this.hint;
    if (!hint || hint.from !== from.ideas || hint.to !== to.ideas) return undefined;
    const changes = hint.ids.map(
      (id) => [live(from.ideas.get(id)), live(to.ideas.get(id))] as const,
    );
    return {
      index: index.withChanges(changes),
      deleted: changes.some(([before, after]) => before !== undefined && after === undefined),
      changes,
    };
  }
}

/**
 * From how many ideas a board builds the word index for Find. Below it, reading every idea's
 * text on a key press is quick, and a small board's page never downloads the index's code.
 * Measured (`npm run bench`, big-board, Find per key press, median): at 1,000 ideas 0.86 ms
 * reading the texts, 0.74 ms with the index; at 10,000, 2.52 ms against 0.82 ms.
 */
export const WORD_INDEX_FROM = 1000;

/** Milliseconds of index building at a time: well under a 50 ms long task on a slow phone. */
const BUILD_SLICE_MS = 5;

/** Runs `step` when the browser is idle (or soon, where it cannot say). */
function later(step: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 500 });
  else setTimeout(step, 16);
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

function byRole(index: BoardIndex, input: StateInput): Map<string, readonly Idea[]> {
  const all = input.facilitator || !index.anyHidden;
  return new Map(
    input.columns.map((column) => {
      const order = index.order(column);
      return [column, all ? order : order.filter((idea) => !idea.hidden)];
    }),
  );
}

function count(byColumn: ReadonlyMap<string, readonly Idea[]>): number {
  let total = 0;
  for (const ideas of byColumn.values()) total += ideas.length;
  return total;
}

// Questions the helpers ask of a state, as pure functions.

/** The idea, unless it is deleted or unknown. */
export function liveIdea(state: BoardState, id: string): Idea | undefined {
  return live(state.data.ideas.get(id));
}

/** The column's ideas this person may see, in board order. */
export function roleOrder(state: BoardState, column: string): readonly Idea[] {
  return state.role.get(column) ?? [];
}

/** Where an idea is: its column and position (from 1) among the ideas this person sees. */
export function positionOf(
  state: BoardState,
  id: string,
): { column: string; position: number; total: number } | undefined {
  const idea = liveIdea(state, id);
  if (!idea) return undefined;
  const column = state.index.columnOf(idea);
  const order = roleOrder(state, column);
  const at = state.index.indexIn(order, idea);
  return at < 0 ? undefined : { column, position: at + 1, total: order.length };
}

/** The card shown after (or else before) this one, to take focus when it goes. */
export function neighbourOf(state: BoardState, id: string): string | undefined {
  for (const ideas of state.visible.values()) {
    const at = ideas.findIndex((idea) => idea.id === id);
    if (at >= 0) return (ideas[at + 1] ?? ideas[at - 1])?.id;
  }
  return undefined;
}
