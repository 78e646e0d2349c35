import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DRAG_THRESHOLD, type SeenEvents } from './drag-press.js';

export { DRAG_THRESHOLD };

/** How near an edge (px) the pointer must be for the page or the scroller to scroll. */
export const EDGE_ZONE = 48;
/** The fastest scroll (px per frame), reached with the pointer at the very edge. */
const EDGE_SPEED = 20;

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
  /**
   * The box that scrolls sideways around the pressed element (a row of columns or stages),
   * if any: it scrolls when the pointer nears its left or right edge, as the page does near
   * the top and bottom of the window.
   */
  scroller?: HTMLElement | null;
}

interface Press {
  element: HTMLElement;
  pointerId: number;
  x: number;
  y: number;
  steps: DragSteps;
  /** Where the page and the scroller were scrolled to when the press began. */
  scrolled: [number, number];
  /**
   * How far the page (down) and the scroller (sideways) could scroll when the press began. A
   * dragged element that is moved by a transform makes the page longer as it goes, so without
   * these limits the page would scroll on for ever after it.
   */
  limits: [number, number];
  last?: PointerEvent;
}

/** How far the page and `scroller` are scrolled, added up, per axis. */
function scrollOf(scroller?: HTMLElement | null): [number, number] {
  return [
    globalThis.scrollX + (scroller?.scrollLeft ?? 0),
    globalThis.scrollY + (scroller?.scrollTop ?? 0),
  ];
}

/** Pixels to scroll this frame for a pointer at `from` px inside an edge (0 at the edge). */
const edgeStep = (from: number): number =>
  from < EDGE_ZONE ? Math.ceil(((EDGE_ZONE - Math.max(from, 0)) / EDGE_ZONE) * EDGE_SPEED) : 0;

/** A scroll position `step` on from `now`, going forward no further than `end` (nor back). */
const ahead = (now: number, step: number, end: number): number =>
  step > 0 ? Math.max(now, Math.min(now + step, end)) : now + step;

/**
 * A press that may become a drag, for any pointer (mouse, pen, touch). The pressed element
 * captures the pointer, so the moves and the release reach it even when the pointer leaves it
 * or the page, and no listener is left on the window after a drag. Escape cancels a drag under
 * way, as does the browser (`pointercancel`). Dragging is never the only way in Together Kit:
 * each element offers buttons or keys for the same move (WCAG 2.5.7).
 *
 * Near the top or bottom of the window the page scrolls, and near the sides of the `scroller`
 * that box does, for as long as the pointer stays there: on a phone the columns stack, and a
 * touch that drags cannot also swipe to where the card should go. `move` is told the distance
 * in the page, scrolling included, so a card translated by it stays under the finger.
 */
export class PointerDrag implements ReactiveController {
  private press?: Press;
  private dragging = false;
  private frame?: number;

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

  /**
   * Watches a press (a `pointerdown` on `element`); ignored while another is under way. `seen`
   * is what the press did before this code had arrived (core/ui/drag-press.ts, which captured
   * the pointer): replayed at once, so a press released meanwhile drops where it was released.
   */
  start(event: PointerEvent, element: HTMLElement, steps: DragSteps, seen: SeenEvents = []): void {
    if (this.press) return;
    this.press = {
      element,
      pointerId: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      steps,
      scrolled: scrollOf(steps.scroller),
      limits: [
        (document.scrollingElement?.scrollHeight ?? 0) - globalThis.innerHeight,
        steps.scroller ? steps.scroller.scrollWidth - steps.scroller.clientWidth : 0,
      ],
    };
    // A press that has ended (or been captured already) is not captured again: a touch that
    // has lifted is no longer a pointer, and capturing it would throw.
    const ended = seen.some((seenEvent) => seenEvent.type !== 'pointermove');
    if (!ended && !element.hasPointerCapture?.(event.pointerId)) {
      element.setPointerCapture?.(event.pointerId);
    }
    element.addEventListener('pointermove', this.onMove);
    element.addEventListener('pointerup', this.onUp);
    element.addEventListener('pointercancel', this.onCancel);
    globalThis.addEventListener('keydown', this.onKey, true);
    for (const seenEvent of seen) {
      if (seenEvent instanceof KeyboardEvent) this.onKey(seenEvent);
      else if (seenEvent.type === 'pointermove') this.onMove(seenEvent);
      else if (seenEvent.type === 'pointerup') this.onUp(seenEvent);
      else this.onCancel();
    }
  }

  private readonly onMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    if (!this.dragging) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < DRAG_THRESHOLD) return;
      this.dragging = true;
      press.steps.begin?.();
    }
    event.preventDefault();
    press.last = event;
    this.follow(press, event);
    if (this.frame === undefined && this.edgeScroll(press, event, false)) {
      this.frame = requestAnimationFrame(this.onFrame);
    }
  };

  /** Tells `move` where the pointer is, as a distance in the page from where it was pressed. */
  private follow(press: Press, event: PointerEvent): void {
    const [sx, sy] = scrollOf(press.steps.scroller);
    const dx = event.clientX - press.x + sx - press.scrolled[0];
    const dy = event.clientY - press.y + sy - press.scrolled[1];
    press.steps.move(event, dx, dy);
  }

  /**
   * Whether the pointer is in an edge zone of the window (top, bottom) or of the scroller
   * (left, right); with `scroll`, scrolls them a step towards that edge.
   */
  private edgeScroll(press: Press, at: PointerEvent, scroll: boolean): boolean {
    const down = edgeStep(globalThis.innerHeight - at.clientY) - edgeStep(at.clientY);
    const box = press.steps.scroller?.getBoundingClientRect();
    const beside = box && at.clientY >= box.top && at.clientY <= box.bottom;
    const across = beside ? edgeStep(box.right - at.clientX) - edgeStep(at.clientX - box.left) : 0;
    if (scroll) {
      const [bottom, right] = press.limits;
      if (down) globalThis.scrollTo(globalThis.scrollX, ahead(globalThis.scrollY, down, bottom));
      const scroller = press.steps.scroller;
      if (across && scroller) scroller.scrollLeft = ahead(scroller.scrollLeft, across, right);
    }
    return down !== 0 || across !== 0;
  }

  /** One frame of scrolling while the pointer rests in an edge zone. */
  private readonly onFrame = (): void => {
    this.frame = undefined;
    const press = this.press;
    if (!press?.last || !this.dragging) return;
    const before = scrollOf(press.steps.scroller);
    if (!this.edgeScroll(press, press.last, true)) return;
    // At the end of the page nothing moves: nothing to tell, but keep watching the edge.
    const after = scrollOf(press.steps.scroller);
    if (after[0] !== before[0] || after[1] !== before[1]) this.follow(press, press.last);
    this.frame = requestAnimationFrame(this.onFrame);
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
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.press = undefined;
    this.dragging = false;
    press.steps.end?.();
  }
}
