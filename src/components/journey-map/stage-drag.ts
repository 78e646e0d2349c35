import type { ReactiveElement } from 'lit';
import type { SeenEvents } from '../../core/ui/drag-press.js';
import { PointerDrag } from '../../core/ui/pointer-drag.js';

/**
 * Reordering stages by dragging their headers with any pointer (mouse, pen, touch), through
 * the shared pointer drag (core/ui/pointer-drag.ts). The move buttons and Alt+Left/Right do
 * the same without dragging (WCAG 2.5.7), so this is a convenience, never the only way.
 * Escape cancels a drag.
 */
export class StageDrag {
  /** The stage being dragged, once the pointer has moved far enough. */
  dragging?: string;
  /** Where it would land: an index among all stages. */
  target?: number;
  private readonly pointer: PointerDrag;

  constructor(
    private readonly host: ReactiveElement,
    private readonly onDrop: (stage: string, toIndex: number) => void,
  ) {
    this.pointer = new PointerDrag(host);
  }

  /** A press on a stage's header, with what it did before this code had arrived. */
  press(down: PointerEvent, header: HTMLElement, stage: string, seen: SeenEvents): void {
    this.pointer.start(
      down,
      header,
      {
        // A stage dragged towards the edge of a grid wider than the screen scrolls it.
        scroller: header.closest<HTMLElement>('.grid-scroll'),
        begin: () => (this.dragging = stage),
        move: (moved) => {
          const target = this.indexAt(moved.clientX);
          if (target !== this.target) {
            this.target = target;
            this.host.requestUpdate();
          }
        },
        drop: () => {
          if (this.target !== undefined) this.onDrop(stage, this.target);
        },
        end: () => {
          const wasDragging = this.dragging !== undefined;
          this.dragging = undefined;
          this.target = undefined;
          if (wasDragging) this.host.requestUpdate();
        },
      },
      seen,
    );
  }

  private headers(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('th[data-stage]')];
  }

  /** The header under (or nearest to) the pointer's x position. */
  private indexAt(clientX: number): number {
    const headers = this.headers();
    let best = 0;
    let distance = Infinity;
    headers.forEach((header, index) => {
      const rect = header.getBoundingClientRect();
      const d =
        clientX < rect.left ? rect.left - clientX : clientX > rect.right ? clientX - rect.right : 0;
      if (d < distance) [best, distance] = [index, d];
    });
    return best;
  }
}
