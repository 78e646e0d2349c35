/**
 * Moving cards, however the person asks (Alt+arrow keys, the "Move to…" menu, a drop, a
 * cluster change): the cancelable `co-idea-move` event first, then one idea changes (its rank
 * takes the midpoint of its new neighbours'), focus stays on the card and a polite
 * announcement says where it went.
 */
import { BoardIndex } from './board-index.js';
import type { DropTarget } from './drag-controller.js';
import type { CoIdeaBoard } from './idea-board.js';
import type { BoardData, Idea } from './model.js';
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

export interface MoveOptions {
  /** Focus the card afterwards (keyboard, menu and drag moves). */
  focus?: boolean;
  /** Where exactly (joining or leaving a cluster); otherwise from the index. */
  placement?: Placement;
}

export class BoardMoves {
  constructor(private readonly host: CoIdeaBoard) {}

  /** Asks the page (cancelable `co-idea-move`); false when it said no, which is announced. */
  private allowed(idea: Idea, from: CardPlace, to: CardPlace, focus: boolean): boolean {
    const { host } = this;
    if (host.emit('co-idea-move', { idea: idea.id, from, to }, { cancelable: true })) return true;
    host.announce(host.t('move.vetoed', { title: idea.title }));
    if (focus) void host.roving.focusCard(idea.id);
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
    const idea = host.liveIdea(id);
    const from = host.positionOf(id);
    if (!idea || !from || !host.columnList.some((c) => c.id === column)) return false;
    const { clusters } = host.state.index;
    const order = withoutIdea(host.roleOrder(column), from.column === column ? from.position : 0);
    const at = Math.max(0, Math.min(index, order.length));
    let placement = options.placement ?? placeAt(order, at, idea, column, clusters);
    const to = placement ? landingIndex(order, idea, column, placement, clusters) : at;
    const place = { column: from.column, position: from.position };
    if (!this.allowed(idea, place, { column, position: to + 1 }, options.focus ?? false))
      return false;
    let data = host.storageController.data;
    let changed: string[] | undefined = [id];
    if (!placement) {
      // The ranks ran out of room between two neighbours: number the column afresh, once.
      const index = host.state.index;
      const everyone = index.order(column).filter((other) => other.id !== id);
      data = renumberColumn(data, column, everyone, clusters, index.emptyClustersIn(column));
      const fresh = BoardIndex.build(
        data,
        host.columnList.map((c) => c.id),
      );
      const seen = new Set(order.map((other) => other.id));
      const freshOrder = fresh.order(column).filter((other) => seen.has(other.id));
      placement = placeAt(freshOrder, at, data.ideas.get(id) as Idea, column, fresh.clusters) ?? {
        rank: fresh.endRank(column),
      };
      changed = undefined;
    }
    if (!host.apply(placeIdea(data, id, column, placement), changed)) return false;
    this.announceMove(id);
    host.paging.reveal(id);
    if (options.focus) await host.roving.focusCard(id);
    else await host.updateComplete;
    return true;
  }

  /** Saves `next` (a change that also moves `idea`, such as a new cluster) once the page agrees. */
  async confirm(idea: Idea, column: string, next: BoardData): Promise<boolean> {
    const { host } = this;
    const from = host.positionOf(idea.id);
    if (!from) return false;
    const fresh = BoardIndex.build(
      next,
      host.columnList.map((c) => c.id),
    );
    const order = fresh.order(column).filter((other) => host.facilitator || !other.hidden);
    const to = order.findIndex((other) => other.id === idea.id) + 1;
    const place = { column: from.column, position: from.position };
    if (!this.allowed(idea, place, { column, position: to }, false)) return false;
    return host.apply(next);
  }

  private announceMove(id: string): void {
    const { host } = this;
    const idea = host.liveIdea(id);
    const where = host.positionOf(id);
    if (!idea || !where) return;
    const cluster = host.clusterOf(idea);
    const params = {
      title: idea.title,
      column: host.columnName(where.column),
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
    const idea = host.liveIdea(id);
    const where = host.positionOf(id);
    if (!idea || !where) return;
    const columns = host.columnList.map((c) => c.id);
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
      const order = host.roleOrder(where.column).filter((other) => other.id !== id);
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
    const order = host.roleOrder(target.column).filter((other) => other.id !== id);
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
      .slice(0, host.paging.shownIn(target.column))
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

/** `order` without the card at `position` (from 1; 0: the card is not in it, nothing to take). */
function withoutIdea(order: readonly Idea[], position: number): readonly Idea[] {
  return position > 0 ? order.slice(0, position - 1).concat(order.slice(position)) : order;
}
