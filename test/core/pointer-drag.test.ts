import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { DRAG_THRESHOLD, EDGE_ZONE, PointerDrag } from '../../src/core/ui/pointer-drag.js';

/** A box that records what a drag of it did. */
class DragBox extends LitElement {
  static override styles = css`
    div {
      inline-size: 100px;
      block-size: 100px;
      touch-action: none;
    }
  `;
  readonly drag = new PointerDrag(this);
  steps: string[] = [];

  override render() {
    return html`<div
      @pointerdown=${(event: PointerEvent) =>
        this.drag.start(event, event.currentTarget as HTMLElement, {
          begin: () => this.steps.push('begin'),
          move: (_moved, dx, dy) =>
            this.steps.push(
              dy ? `move ${Math.round(dx)} ${Math.round(dy)}` : `move ${Math.round(dx)}`,
            ),
          drop: () => this.steps.push('drop'),
          cancelled: () => this.steps.push('cancelled'),
          end: () => this.steps.push('end'),
        })}
    ></div>`;
  }
}
customElements.define('drag-box', DragBox);

/** A narrow box that scrolls sideways, with a wide row inside whose first cell is dragged. */
class ScrollBox extends LitElement {
  static override styles = css`
    .scroller {
      inline-size: 300px;
      overflow-x: auto;
    }
    .row {
      inline-size: 2000px;
      block-size: 60px;
    }
  `;
  readonly drag = new PointerDrag(this);

  override render() {
    return html`<div class="scroller">
      <div
        class="row"
        @pointerdown=${(event: PointerEvent) =>
          this.drag.start(event, event.currentTarget as HTMLElement, {
            scroller: this.renderRoot.querySelector<HTMLElement>('.scroller'),
            move: () => undefined,
            drop: () => undefined,
          })}
      ></div>
    </div>`;
  }
}
customElements.define('scroll-box', ScrollBox);

async function boxAt(): Promise<{ el: DragBox; x: number; y: number }> {
  const el = await fixture<DragBox>(html`<drag-box></drag-box>`);
  const rect = el.shadowRoot!.querySelector('div')!.getBoundingClientRect();
  return { el, x: Math.round(rect.left + 20), y: Math.round(rect.top + 20) };
}

describe('PointerDrag', () => {
  afterEach(() => resetMouse());

  it('becomes a drag past the threshold, follows the pointer outside the element, and drops', async () => {
    const { el, x, y } = await boxAt();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + DRAG_THRESHOLD - 3, y] });
    expect(el.steps).to.deep.equal([]);
    // Far outside the box: the captured pointer still reports to it.
    await sendMouse({ type: 'move', position: [x + 300, y + 200] });
    expect(el.drag.active).to.be.true;
    await sendMouse({ type: 'up' });
    expect(el.steps).to.deep.equal(['begin', 'move 300 200', 'drop', 'end']);
    expect(el.drag.active).to.be.false;
  });

  it('keeps a short press a press (no drag, no drop)', async () => {
    const { el, x, y } = await boxAt();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    expect(el.steps).to.deep.equal(['end']);
  });

  it('cancels a drag with Escape, without dropping', async () => {
    const { el, x, y } = await boxAt();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 40, y] });
    await sendKeys({ press: 'Escape' });
    expect(el.steps).to.deep.equal(['begin', 'move 40', 'cancelled', 'end']);
    await sendMouse({ type: 'up' });
    expect(el.steps).to.have.length(4);
  });
});

describe('PointerDrag taking over a press already under way', () => {
  // What core/ui/drag-press.ts hands over when the drag code arrives after the press began.
  const at = (type: string, x: number, y: number) =>
    new PointerEvent(type, { pointerId: 7, clientX: x, clientY: y, isPrimary: true });

  it('replays the moves and the release it was given: the drag drops where it was released', async () => {
    const { el } = await boxAt();
    const target = el.shadowRoot!.querySelector('div')!;
    // Pointer 7 has already been released: taking it over must not try to capture it.
    el.drag.start(
      at('pointerdown', 10, 10),
      target,
      {
        begin: () => el.steps.push('begin'),
        move: (_moved, dx) => el.steps.push(`move ${dx}`),
        drop: () => el.steps.push('drop'),
        end: () => el.steps.push('end'),
      },
      [at('pointermove', 12, 10), at('pointermove', 50, 10), at('pointerup', 50, 10)],
    );
    expect(el.steps).to.deep.equal(['begin', 'move 40', 'drop', 'end']);
    expect(el.drag.active).to.be.false;
  });

  it('keeps a press that did not move a press, and cancels on an Escape it was given', async () => {
    const { el } = await boxAt();
    const target = el.shadowRoot!.querySelector('div')!;
    const steps = {
      move: () => el.steps.push('move'),
      drop: () => el.steps.push('drop'),
      cancelled: () => el.steps.push('cancelled'),
      end: () => el.steps.push('end'),
    };
    el.drag.start(at('pointerdown', 10, 10), target, steps, [at('pointerup', 11, 10)]);
    expect(el.steps).to.deep.equal(['end']);
    el.steps = [];
    const escape = new KeyboardEvent('keydown', { key: 'Escape' });
    el.drag.start(at('pointerdown', 10, 10), target, steps, [at('pointermove', 40, 10), escape]);
    expect(el.steps).to.deep.equal(['move', 'cancelled', 'end']);
  });
});

describe('PointerDrag near an edge', () => {
  afterEach(async () => {
    await resetMouse();
    window.scrollTo(0, 0);
  });

  it('scrolls the page while the pointer rests near the bottom, and counts the scroll in the distance', async () => {
    const spacer = document.createElement('div');
    spacer.style.blockSize = '3000px';
    const { el, x, y } = await boxAt();
    document.body.append(spacer);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    const bottom = window.innerHeight - 5;
    await sendMouse({ type: 'move', position: [x, bottom] });
    await waitUntil(() => window.scrollY > 200, 'the page scrolls down by itself');
    await sendMouse({ type: 'move', position: [x, bottom - EDGE_ZONE - 20] });
    const scrolled = window.scrollY;
    // Out of the zone, the scrolling stops.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.scrollY).to.equal(scrolled);
    await sendMouse({ type: 'up' });
    // The last move is the pointer's distance on screen plus how far the page scrolled.
    const moves = el.steps.filter((step) => step.startsWith('move'));
    expect(moves.at(-1)).to.equal(`move 0 ${bottom - EDGE_ZONE - 20 - y + scrolled}`);
    expect(el.steps.slice(-2)).to.deep.equal(['drop', 'end']);
    spacer.remove();
  });

  it('scrolls its scroller sideways near its right edge, and stops when the drag ends', async () => {
    const el = await fixture<ScrollBox>(html`<scroll-box></scroll-box>`);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const box = scroller.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + 20), Math.round(box.top + 20)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.right - 4), y] });
    await waitUntil(() => scroller.scrollLeft > 100, 'the box scrolls right by itself');
    await sendMouse({ type: 'up' });
    const left = scroller.scrollLeft;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scroller.scrollLeft).to.equal(left);
    expect(window.scrollY).to.equal(0);
  });
});
