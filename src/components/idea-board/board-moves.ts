/**
 * Moving cards, however the person asks (Alt+arrow keys, the "Move to…" menu, a drop, a
 * cluster change): the cancelable `co-idea-move` event first, then one idea changes (its rank
 * takes the midpoint of its new neighbours'), focus stays on the card and a polite
 * announcement says where it went. Where the card lands is decided by `planMove`, a pure
 * function the tests call too.
 */
import type { BoardHost } from './board-host.js';
import { BoardIndex } from './board-index.js';
import { liveIdea, positionOf, roleOrder } from './board-state.js';
import type { DropTarget } from './drag-controller.js';
import { isLive, type BoardData, type Idea } from './model.js';
import {
  joinPlacement,
  landingIndex,
  placeAt,
  placeIdea,
  renumberColumn,
  type Placement,
} from './ordering.js';
import type { MoveKey } from './roving-focus.js';

/** Where a card is: its column and position, counted from 1. */
export interface CardPlace {
  column: string;
  position: number;
}

/** The `co-idea-move` detail. */
export interface IdeaMoveDetail {
  idea: string;
  from: CardPlace;
  to: CardPlace;
}

/** A move: idea `id` to index `at` (from 0) of `column`, among the ideas `visible` lets through. */
export interface IdeaMove {
  id: string;
  column: string;
  at: number;
  /** The ideas the person sees (a facilitator sees hidden ones); `at` counts only those. */
  visible: (idea: Idea) => boolean;
  /** The board's columns, in order (an idea in an unknown column counts in the first). */
  columns: readonly string[];
  /** Where exactly (joining or leaving a cluster); otherwise from `at`. */
  placement?: Placement;
  /** The index of `data`, when the caller has it (saves a rebuild on a big board). */
  index?: BoardIndex;
  now?: Date;
}

/** A planned move: the next data, where the card lands, and whether only the card changed. */
export interface PlannedMove {
  next: BoardData;
  /** The card's index (from 0) among the visible ideas of its new column, without it. */
  to: number;
  /** False when the column had to be numbered afresh (the ranks ran out of room). */
  oneIdea: boolean;
}

/**
 * Plans a move without making it. The card takes the midpoint of its new neighbours' ranks;
 * when no number fits between them, the column is renumbered once and the place found again.
 * Undefined when the idea is not live or the column is not the board's.
 */
export function planMove(data: BoardData, move: IdeaMove): PlannedMove | undefined {
  const { id, column, columns, visible, now = new Date() } = move;
  const idea = data.ideas.get(id);
  if (!isLive(idea) || !columns.includes(column)) return undefined;
  const index = move.index ?? BoardIndex.build(data, columns);
  const order = index.order(column).filter((other) => other.id !== id && visible(other));
  const at = Math.max(0, Math.min(move.at, order.length));
  const placement = move.placement ?? placeAt(order, at, idea, column, index.clusters);
  if (placement) {
    const to = landingIndex(order, idea, column, placement, index.clusters);
    return { next: placeIdea(data, id, column, placement, now), to, oneIdea: true };
  }
  // The ranks ran out of room between two neighbours: number the column afresh, once.
  const everyone = index.order(column).filter((other) => other.id !== id);
  const renumbered = renumberColumn(
    data,
    column,
    everyone,
    index.clusters,
    index.emptyClustersIn(column),
    now,
  );
  const fresh = BoardIndex.build(renumbered, columns);
  const freshOrder = fresh.order(column).filter((other) => other.id !== id && visible(other));
  const moving = renumbered.ideas.get(id) as Idea;
  const again = placeAt(freshOrder, at, moving, column, fresh.clusters) ?? {
    rank: fresh.endRank(column),
  };
  return { next: placeIdea(renumbered, id, column, again, now), to: at, oneIdea: false };
}

export interface MoveOptions {
  /** Focus the card afterwards (keyboard, menu and drag moves). */
  focus?: boolean;
  /** Where exactly (joining or leaving a cluster); otherwise from the index. */
  placement?: Placement;
}

/** What the moves need of the pager: how many cards a column shows, and showing a card. */
export interface MovePaging {
  shownIn(column: string): number;
  reveal(id: string): void;
}

export class BoardMoves {
  constructor(
    private readonly host: BoardHost,
    private readonly paging: MovePaging,
  ) {}

  /** What the person sees: a facilitator sees hidden ideas. */
  private readonly visible = (idea: Idea): boolean =>
    this.host.settings.facilitator || !idea.hidden;

  /** Asks the page (cancelable `co-idea-move`); false when it said no, which is announced. */
  private allowed(idea: Idea, from: CardPlace, to: CardPlace, focus: boolean): boolean {
    const { host } = this;
    if (host.emit('co-idea-move', { idea: idea.id, from, to }, { cancelable: true })) return true;
    host.announce(host.t('move.vetoed', { title: idea.title }));
    if (focus) void host.focusCard(idea.id);
    return false;
  }

  /**
   * Moves idea `id` to `index` (from 0) among the ideas this person sees in `column`, without
   * the idea itself. Resolves false when the page cancelled the move or nothing could move.
   */
  async moveTo(
    id: string,
    column: string,
    index: number,
    options: MoveOptions = {},
  ): Promise<boolean> {
    const { host } = this;
    const { state } = host;
    const idea = liveIdea(state, id);
    const from = positionOf(state, id);
    if (!idea || !from) return false;
    const plan = planMove(state.data, {
      id,
      column,
      at: index,
      visible: this.visible,
      columns: host.settings.columns.map((c) => c.id),
      placement: options.placement,
      index: state.index,
    });
    if (!plan) return false;
    const place = { column: from.column, position: from.position };
    if (!this.allowed(idea, place, { column, position: plan.to + 1 }, options.focus ?? false))
      return false;
    if (!host.commit(plan.next, plan.oneIdea ? [id] : undefined)) return false;
    this.announceMove(id);
    this.paging.reveal(id);
    if (options.focus) await host.focusCard(id);
    else await host.updateComplete;
    return true;
  }

  /** Saves `next` (a change that also moves `idea`, such as a new cluster) once the page agrees. */
  async confirm(idea: Idea, column: string, next: BoardData): Promise<boolean> {
    const { host } = this;
    const from = positionOf(host.state, idea.id);
    if (!from) return false;
    const fresh = BoardIndex.build(
      next,
      host.settings.columns.map((c) => c.id),
    );
    const order = fresh.order(column).filter(this.visible);
    const to = order.findIndex((other) => other.id === idea.id) + 1;
    const place = { column: from.column, position: from.position };
    if (!this.allowed(idea, place, { column, position: to }, false)) return false;
    return host.commit(next);
  }

  private announceMove(id: string): void {
    const { host } = this;
    const idea = liveIdea(host.state, id);
    const where = positionOf(host.state, id);
    if (!idea || !where) return;
    const cluster = host.state.index.clusterOf(idea);
    const params = {
      title: idea.title,
      column: host.settings.columnName(where.column),
      position: where.position,
      total: where.total,
    };
    host.announce(
      cluster
        ? host.t('move.done-cluster', { ...params, cluster: cluster.name })
        : host.t('move.done', params),
    );
  }

  /** Alt+arrow on a focused card. Up and down step past the next card the person can see. */
  async byKey(id: string, key: MoveKey): Promise<void> {
    const { host } = this;
    const idea = liveIdea(host.state, id);
    const where = positionOf(host.state, id);
    if (!idea || !where) return;
    const columns = host.settings.columns.map((c) => c.id);
    if (key === 'ArrowUp' || key === 'ArrowDown') {
      const visible = host.state.visible.get(where.column) ?? [];
      const at = visible.findIndex((other) => other.id === id);
      const neighbour = visible[key === 'ArrowUp' ? at - 1 : at + 1];
      if (!neighbour) {
        host.announce(
          host.t(key === 'ArrowUp' ? 'move.at-top' : 'move.at-bottom', { title: idea.title }),
        );
        return;
      }
      const order = roleOrder(host.state, where.column).filter((other) => other.id !== id);
      const target =
        order.findIndex((other) => other.id === neighbour.id) + (key === 'ArrowDown' ? 1 : 0);
      await this.moveTo(id, where.column, target, { focus: true });
      return;
    }
    const next = columns[columns.indexOf(where.column) + (key === 'ArrowRight' ? 1 : -1)];
    if (next === undefined) {
      host.announce(
        host.t(key === 'ArrowLeft' ? 'move.at-first' : 'move.at-last', { title: idea.title }),
      );
      return;
    }
    await this.moveTo(id, next, where.position - 1, { focus: true });
  }

  /** A card dropped by pointer. */
  async drop(id: string, target: DropTarget): Promise<void> {
    const { host } = this;
    const order = roleOrder(host.state, target.column).filter((other) => other.id !== id);
    if (target.kind === 'cluster') {
      const cluster = host.state.index.clusters.get(target.cluster);
      if (!cluster) return;
      const placement = joinPlacement(order, cluster, host.state.index.clusters);
      await this.moveTo(id, target.column, 0, { placement, focus: true });
      return;
    }
    // Below the cards of a column: after the last card shown there (the line is drawn there),
    // which on a long, paged column is not the column's very end.
    const shown = (host.state.visible.get(target.column) ?? [])
      .slice(0, this.paging.shownIn(target.column))
      .filter((other) => other.id !== id);
    const last = shown[shown.length - 1];
    let index = last ? order.findIndex((other) => other.id === last.id) + 1 : 0;
    if (target.kind === 'card') {
      const at = order.findIndex((other) => other.id === target.idea);
      if (at >= 0) index = at + (target.after ? 1 : 0);
    }
    await this.moveTo(id, target.column, index, { focus: true });
  }
}
