import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Pixels the pointer travels before a press becomes a drag (a click must stay a click). */
export const DRAG_THRESHOLD = 6;

/** What a drag does at each step; the element keeps what is being dragged and where to. */
export interface DragSteps {
  /** The pointer moved past the threshold: the press is now a drag. */
  begin?(): void;
  /** Each move while dragging, with how far the pointer is from where it was pressed. */
  move(event: PointerEvent, dx: number, dy: number): void;
  /** Released while dragging (before `end`). */
  drop(event: PointerEvent): void;
  /** Escape while dragging (before `end`). */
  cancelled?(): void;
  /** After every press, however it ended: undo what `begin` and `move` showed. */
  end?(): void;
}

interface Press {
  element: HTMLElement;
  pointerId: number;
  x: number;
  y: number;
  steps: DragSteps;
}

/**
 * A press that may become a drag, for any pointer (mouse, pen, touch). The pressed element
 * captures the pointer, so the moves and the release reach it even when the pointer leaves it
 * or the page, and no listener is left on the window after a drag. Escape cancels a drag under
 * way, as does the browser (`pointercancel`). Dragging is never the only way in Together Kit:
 * each element offers buttons or keys for the same move (WCAG 2.5.7).
 */
export class PointerDrag implements ReactiveController {
  private press?: Press;
  private dragging = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** True while a press has become a drag. */
  get active(): boolean {
    return this.dragging;
  }

  /** Watches a press (a `pointerdown` on `element`); ignored while another is under way. */
  start(event: PointerEvent, element: HTMLElement, steps: DragSteps): void {
    if (this.press) return;
    this.press = { element, pointerId: event.pointerId, x: event.clientX, y: event.clientY, steps };
    element.setPointerCapture?.(event.pointerId);
    element.addEventListener('pointermove', this.onMove);
    element.addEventListener('pointerup', this.onUp);
    element.addEventListener('pointercancel', this.onCancel);
    globalThis.addEventListener('keydown', this.onKey, true);
  }

  private readonly onMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    const dx = event.clientX - press.x;
    const dy = event.clientY - press.y;
    if (!this.dragging) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      this.dragging = true;
      press.steps.begin?.();
    }
    event.preventDefault();
    press.steps.move(event, dx, dy);
  };

  private readonly onUp = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    if (this.dragging) press.steps.drop(event);
    this.stop();
  };

  private readonly onCancel = (): void => this.stop();

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.press || !this.dragging) return;
    event.preventDefault();
    event.stopPropagation();
    this.press.steps.cancelled?.();
    this.stop();
  };

  /** Ends the press or drag without dropping. */
  stop(): void {
    const press = this.press;
    if (!press) return;
    const { element, pointerId } = press;
    element.removeEventListener('pointermove', this.onMove);
    element.removeEventListener('pointerup', this.onUp);
    element.removeEventListener('pointercancel', this.onCancel);
    globalThis.removeEventListener('keydown', this.onKey, true);
    if (element.hasPointerCapture?.(pointerId)) element.releasePointerCapture(pointerId);
    this.press = undefined;
    this.dragging = false;
    press.steps.end?.();
  }
}
