import type { ReactiveController, ReactiveElement } from 'lit';

/** How far (px) a pointer must travel before a press on a stage header becomes a drag. */
const THRESHOLD = 6;

/**
 * Reordering stages by dragging their headers with any pointer (mouse, pen, touch). The move
 * buttons and Alt+Left/Right do the same without dragging (WCAG 2.5.7), so this is a
 * convenience, never the only way. Escape cancels a drag.
 */
export class StageDrag implements ReactiveController {
  /** The stage being dragged, once the pointer has moved far enough. */
  dragging?: string;
  /** Where it would land: an index among all stages. */
  target?: number;

  private press?: { stage: string; pointer: number; x: number; y: number; header: HTMLElement };

  constructor(
    private readonly host: ReactiveElement,
    private readonly onDrop: (stage: string, toIndex: number) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.end();
  }

  /** Called on pointerdown on a stage header. */
  start(event: PointerEvent, stage: string): void {
    if (event.button !== 0 || !event.isPrimary) return;
    // A press on one of the header's buttons is a click on that button, not a drag.
    if ((event.target as Element).closest('button')) return;
    const header = event.currentTarget as HTMLElement;
    this.press = { stage, pointer: event.pointerId, x: event.clientX, y: event.clientY, header };
    header.setPointerCapture?.(event.pointerId);
    header.addEventListener('pointermove', this.onMove);
    header.addEventListener('pointerup', this.onUp);
    header.addEventListener('pointercancel', this.onCancel);
    globalThis.addEventListener('keydown', this.onKey, true);
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

  private readonly onMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointer) return;
    if (!this.dragging) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < THRESHOLD) return;
      this.dragging = press.stage;
    }
    const target = this.indexAt(event.clientX);
    if (target !== this.target) {
      this.target = target;
      this.host.requestUpdate();
    }
  };

  private readonly onUp = (event: PointerEvent): void => {
    if (!this.press || event.pointerId !== this.press.pointer) return;
    const { dragging, target } = this;
    this.end();
    if (dragging !== undefined && target !== undefined) this.onDrop(dragging, target);
  };

  private readonly onCancel = (): void => this.end();

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.press) return;
    event.preventDefault();
    event.stopPropagation();
    this.end();
  };

  private end(): void {
    const press = this.press;
    if (press) {
      press.header.removeEventListener('pointermove', this.onMove);
      press.header.removeEventListener('pointerup', this.onUp);
      press.header.removeEventListener('pointercancel', this.onCancel);
      if (press.header.hasPointerCapture?.(press.pointer)) {
        press.header.releasePointerCapture(press.pointer);
      }
    }
    globalThis.removeEventListener('keydown', this.onKey, true);
    const wasDragging = this.dragging !== undefined;
    this.press = undefined;
    this.dragging = undefined;
    this.target = undefined;
    if (wasDragging) this.host.requestUpdate();
  }
}
