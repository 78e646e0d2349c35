import type { ReactiveControllerHost } from 'lit';
import type { SeenEvents } from '../../core/ui/drag-press.js';
import { PointerDrag } from '../../core/ui/pointer-drag.js';
import { cardElement } from './roving-focus.js';

/** Where a dragged card would land. */
export type DropTarget =
  | { kind: 'card'; column: string; idea: string; after: boolean }
  | { kind: 'cluster'; column: string; cluster: string }
  | { kind: 'column'; column: string };

/**
 * Pointer drag-and-drop for cards (core/ui/pointer-drag.ts), with pointer events rather than
 * HTML5 drag and drop, which does not work with touch; loaded on the first press that could
 * drag a card (card-drag.ts), as most people never drag one. A mouse drags a card from anywhere but
 * its controls; touch and pen drag by the grip only (it has `touch-action: none`), so swiping
 * over cards still scrolls; near an edge the page (or the row of columns) scrolls for the drag.
 * A line shows where the card will land; Escape cancels. Dragging is never the only way: the
 * "Move to…" menu and Alt+arrow keys do the same (WCAG 2.5.7).
 */
export class DragController {
  private readonly pointer: PointerDrag;
  private target?: DropTarget;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    /** Where a card was dropped, and a drag the person cancelled. */
    private readonly on: {
      drop(id: string, target: DropTarget): Promise<void>;
      cancelled(id: string): void;
    },
  ) {
    this.pointer = new PointerDrag(host);
  }

  private get board(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.columns');
  }

  /** True while a card is being dragged. */
  get active(): boolean {
    return this.pointer.active;
  }

  /**
   * A press on `card` that could become a drag (card-drag.ts decided), with what it did before
   * this code had arrived.
   */
  press(down: PointerEvent, card: HTMLElement, seen: SeenEvents): void {
    const id = card.dataset.idea;
    if (id === undefined) return;
    this.pointer.start(
      down,
      card,
      {
        // Side by side, the columns scroll sideways when there are more than fit.
        scroller: this.board,
        begin: () => {
          card.classList.add('dragging');
          this.board?.classList.add('dragging');
          globalThis.getSelection?.()?.removeAllRanges();
        },
        move: (moved, dx, dy) => {
          card.style.translate = `${dx}px ${dy}px`;
          this.target = this.hitTest(moved.clientX, moved.clientY, id);
          this.showIndicator();
        },
        drop: () => {
          const target = this.target;
          if (target) void this.on.drop(id, target);
        },
        cancelled: () => this.on.cancelled(id),
        end: () => {
          card.classList.remove('dragging');
          card.style.translate = '';
          this.board?.classList.remove('dragging');
          this.target = undefined;
          this.showIndicator();
        },
      },
      seen,
    );
  }

  /** What is under the pointer: a cluster's heading, a card (which half), or a column. */
  private hitTest(x: number, y: number, dragged: string): DropTarget | undefined {
    const root = this.host.renderRoot as ShadowRoot;
    const hit = root.elementFromPoint(x, y);
    const columnEl = hit?.closest<HTMLElement>('.column');
    const column = columnEl?.dataset.column;
    if (!hit || column === undefined) return undefined;
    const clusterHead = hit.closest<HTMLElement>('.cluster-head');
    if (clusterHead?.dataset.cluster !== undefined) {
      return { kind: 'cluster', column, cluster: clusterHead.dataset.cluster };
    }
    const card = hit.closest<HTMLElement>('.card');
    if (card?.dataset.idea !== undefined && card.dataset.idea !== dragged) {
      const rect = card.getBoundingClientRect();
      return {
        kind: 'card',
        column,
        idea: card.dataset.idea,
        after: y > rect.top + rect.height / 2,
      };
    }
    return { kind: 'column', column };
  }

  /** The box to draw the drop line against, and which edge of it. */
  private lineFor(
    target: Exclude<DropTarget, { kind: 'cluster' }>,
    root: ShadowRoot,
  ): { rect?: DOMRect; edge: 'top' | 'bottom' } {
    if (target.kind === 'card') {
      const rect = cardElement(root, target.idea)?.getBoundingClientRect();
      return { rect, edge: target.after ? 'bottom' : 'top' };
    }
    // Over a column but no card: the card lands last, under the last card (or at the top).
    const list = root.querySelector(`.column[data-column="${CSS.escape(target.column)}"] .cards`);
    const cards = list?.querySelectorAll('.card:not(.dragging)');
    const last = cards?.length ? cards[cards.length - 1] : list;
    return { rect: last?.getBoundingClientRect(), edge: last === list ? 'top' : 'bottom' };
  }

  /** Draws the drop line (or the cluster outline) for the current target, or hides it. */
  private showIndicator(): void {
    const board = this.board;
    const indicator = board?.querySelector<HTMLElement>('.drop-indicator');
    const root = this.host.renderRoot as ShadowRoot;
    root.querySelector('.drop-into')?.classList.remove('drop-into');
    const target = this.target;
    if (!indicator || !board || !target) {
      if (indicator) indicator.hidden = true;
      return;
    }
    if (target.kind === 'cluster') {
      root
        .querySelector(`.cluster-head[data-cluster="${CSS.escape(target.cluster)}"]`)
        ?.classList.add('drop-into');
      indicator.hidden = true;
      return;
    }
    const { rect, edge } = this.lineFor(target, root);
    if (!rect) {
      indicator.hidden = true;
      return;
    }
    const origin = board.getBoundingClientRect();
    indicator.hidden = false;
    indicator.style.top = `${(edge === 'top' ? rect.top : rect.bottom) - origin.top - 2}px`;
    indicator.style.left = `${rect.left - origin.left}px`;
    indicator.style.width = `${rect.width}px`;
  }
}
