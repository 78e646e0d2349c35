import type { LazyPart } from '../lazy-part.js';

/** Pixels the pointer travels before a press becomes a drag (a click must stay a click). */
export const DRAG_THRESHOLD = 6;

/** The events of a pointer once pressed, which its capture sends to the pressed element. */
const PRESS_EVENTS = ['pointermove', 'pointerup', 'pointercancel'] as const;

/** What a press did while the drag code was on its way, in order, for it to replay. */
export type SeenEvents = readonly (PointerEvent | KeyboardEvent)[];

/**
 * Watches a press that began before the drag code arrived: the element captures the pointer
 * at once (as the drag code would), so the moves and the release reach it, and they are kept
 * until the code takes the press over. An Escape once the pointer has moved past the threshold
 * is the drag cancelled, as it would be with the code here; the press ends there. Meanwhile
 * the pressed element follows the pointer once it has moved past the threshold, marked
 * `data-pressed` for the element's styles to lift it as a drag does, so a drag on a slow
 * connection is seen to be under way (where it would land shows once the code is here).
 */
class Recording {
  readonly seen: (PointerEvent | KeyboardEvent)[] = [];
  private moved = false;

  constructor(
    private readonly down: PointerEvent,
    private readonly element: HTMLElement,
  ) {
    // Captured here, not when the code arrives: by then a touch may have left the element.
    element.setPointerCapture?.(down.pointerId);
    for (const type of PRESS_EVENTS) element.addEventListener(type, this.onPointer);
    globalThis.addEventListener('keydown', this.onKey, true);
  }

  private readonly onPointer = (event: PointerEvent): void => {
    if (event.pointerId !== this.down.pointerId) return;
    this.seen.push(event);
    const dx = event.clientX - this.down.clientX;
    const dy = event.clientY - this.down.clientY;
    this.moved ||= Math.hypot(dx, dy) >= DRAG_THRESHOLD;
    if (event.type !== 'pointermove') this.stop();
    else if (this.moved) this.follow(`${dx}px ${dy}px`);
  };

  /** Moves the pressed element by `translate` (lifted), or back to its place (''). */
  private follow(translate: string): void {
    this.element.style.translate = translate;
    this.element.toggleAttribute('data-pressed', translate !== '');
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.moved) return;
    // As the drag code does: this Escape belongs to the drag, not to the page around it.
    event.preventDefault();
    event.stopPropagation();
    this.seen.push(event);
    this.release();
    this.follow(''); // cancelled: back where it was
  };

  private release(): void {
    const { element, down } = this;
    if (element.hasPointerCapture?.(down.pointerId)) element.releasePointerCapture(down.pointerId);
    this.stop();
  }

  /** Stops recording; what was seen stays for the drag code. */
  stop(): void {
    for (const type of PRESS_EVENTS) this.element.removeEventListener(type, this.onPointer);
    globalThis.removeEventListener('keydown', this.onKey, true);
  }

  /**
   * The drag code is here and takes the press over: the element goes back to its place, and
   * the code, replaying what was seen, moves it (or drops it) at once, in the same task.
   */
  handOver(): void {
    this.stop();
    this.follow('');
  }

  /** The drag code could not load: the press does nothing (the keys and menus still move). */
  drop(): void {
    this.release();
    this.follow('');
    this.seen.length = 0;
  }
}

/**
 * Pointer drags whose code (core/ui/pointer-drag.ts and the element's own part) loads by
 * `import()` on the first press that could become a drag: most people read, post and vote and
 * never drag, and every drag has keys and a menu or buttons besides (WCAG 2.5.7). Until the
 * code arrives, the press is captured and recorded here, then handed over with what it did, so
 * the first drag loses nothing even when it is released before the code arrives: moved past
 * the threshold it drops where it was released, unmoved it stays a click. Once the code is
 * here, presses go straight to it. If it cannot load, the element says so (LazyPart) and the
 * press does nothing.
 */
export class DragPress<M> {
  constructor(private readonly part: LazyPart<M>) {}

  /** The drag code once it has arrived (for showing a drag under way), without loading it. */
  get loaded(): M | undefined {
    return this.part.loaded;
  }

  /**
   * A `pointerdown` on `element`, which the element has found could start a drag (a card, a
   * stage's header). `start` hands it to the drag code with the events seen before the code
   * arrived (none when it was already here).
   */
  press(
    down: PointerEvent,
    element: HTMLElement,
    start: (module: M, seen: SeenEvents) => void,
  ): void {
    if (down.button !== 0 || !down.isPrimary) return;
    const module = this.part.loaded;
    if (module !== undefined) {
      start(module, []);
      return;
    }
    const recording = new Recording(down, element);
    // `use` runs once the code is here; the element's updateComplete waits for it.
    this.part.use((arrived) => {
      recording.handOver();
      start(arrived, recording.seen);
    });
    void this.part.ready().then((arrived) => {
      if (arrived === undefined) recording.drop();
    });
  }
}
