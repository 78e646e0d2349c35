// Roving focus in the map's grid, on a small grid of its own: grids too small to move in,
// the corner that holds no cell, and keys or focus that land outside a cell.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  GridNavigation,
  type GridShape,
} from '../../../src/components/journey-map/grid-navigation.js';

class GridHost extends LitElement {
  shape: GridShape = { rows: ['', 'lane'], cols: ['', 's1', 's2'] };
  readonly grid = new GridNavigation(this, () => this.shape);

  override render() {
    return html`${this.shape.rows.map(
      (row) =>
        html`<div>
          ${this.shape.cols.map(
            (col) =>
              html`<span data-row=${row} data-col=${col} tabindex="-1"
                ><button>in ${row}/${col}</button></span
              >`,
          )}
        </div>`,
    )}`;
  }
}
customElements.define('grid-navigation-host', GridHost);

const noActions = { editable: true, rtl: false, open: () => undefined, move: () => undefined };

describe('GridNavigation, in detail', () => {
  it('has no active cell in a grid of headers only', async () => {
    const host = await fixture<GridHost>(html`<grid-navigation-host></grid-navigation-host>`);
    host.shape = { rows: [''], cols: [''] };
    expect(host.grid.current()).to.equal(undefined);
    expect(host.grid.tabIndex('', '')).to.equal(-1);
    await host.grid.focus();
    expect(host.grid.handleKey(new KeyboardEvent('keydown', { key: 'ArrowDown' }), false)).to.be
      .false;
  });

  it('never makes the corner active: a grid of one row starts on its first stage', async () => {
    const host = await fixture<GridHost>(html`<grid-navigation-host></grid-navigation-host>`);
    host.shape = { rows: [''], cols: ['', 's1'] };
    host.grid.setActive({ row: '', col: '' });
    expect(host.grid.current()).to.deep.equal({ row: '', col: 's1' });
    host.shape = { rows: ['', 'lane'], cols: [''] };
    expect(host.grid.current()).to.deep.equal({ row: 'lane', col: '' });
  });

  it('leaves keys on a button inside a cell to the button, and ignores focus outside cells', async () => {
    const host = await fixture<GridHost>(html`<grid-navigation-host></grid-navigation-host>`);
    host.grid.setActive({ row: 'lane', col: 's1' });
    const button = host.renderRoot.querySelector('button')!;
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true });
    Object.defineProperty(key, 'target', { value: button });
    host.grid.onKeydown(key, noActions);
    expect(key.defaultPrevented).to.be.false;
    expect(host.grid.current()).to.deep.equal({ row: 'lane', col: 's1' });
    const focus = new FocusEvent('focusin');
    Object.defineProperty(focus, 'target', { value: host.renderRoot.querySelector('div')! });
    host.grid.onFocusin(focus);
    expect(host.grid.current()).to.deep.equal({ row: 'lane', col: 's1' });
  });
});
