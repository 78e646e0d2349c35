import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { DRAG_THRESHOLD, PointerDrag } from '../../src/core/ui/pointer-drag.js';

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
          move: (_moved, dx) => this.steps.push(`move ${Math.round(dx)}`),
          drop: () => this.steps.push('drop'),
          cancelled: () => this.steps.push('cancelled'),
          end: () => this.steps.push('end'),
        })}
    ></div>`;
  }
}
customElements.define('drag-box', DragBox);

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
    expect(el.steps).to.deep.equal(['begin', 'move 300', 'drop', 'end']);
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
