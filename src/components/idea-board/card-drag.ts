import type { CoElement } from '../../core/co-element.js';
import { LazyPart } from '../../core/lazy-part.js';
import { DragPress } from '../../core/ui/drag-press.js';
import { boardParts } from './board-parts.js';
import type { DragController } from './drag-controller.js';

/** Where a card was dropped, and a drag the person cancelled (DragController's `on`). */
type DragOutcomes = ConstructorParameters<typeof DragController>[1];

/**
 * The part of dragging a card that loads with the board: which presses could drag a card.
 * The drag itself (drag-controller.ts) arrives on the first such press (core/ui/drag-press.ts).
 */
export class CardDrag {
  private readonly drag: DragPress<DragController>;

  constructor(host: CoElement, on: DragOutcomes) {
    this.drag = new DragPress(
      new LazyPart(host, async () => new (await boardParts.drag()).DragController(host, on)),
    );
  }

  /**
   * A mouse drags a card from anywhere but its controls; touch and pen by the grip only (it
   * has `touch-action: none`), so a swipe over a card still scrolls the page.
   */
  readonly onPointerDown = (event: PointerEvent): void => {
    const from = event.target as Element;
    const card = from.closest<HTMLElement>('.card');
    if (card?.dataset.idea === undefined) return;
    const onGrip = from.closest('.grip') !== null;
    if (
      !onGrip &&
      (event.pointerType !== 'mouse' || from.closest('button, input, select, textarea, a, form'))
    ) {
      return;
    }
    this.drag.press(event, card, (controller, seen) => controller.press(event, card, seen));
  };
}
