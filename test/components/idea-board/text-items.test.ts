import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { textItems } from '../../../src/components/idea-board/text-items.js';

describe('textItems', () => {
  it('lists each text as an item, as text, and follows a new list', () => {
    const root = document.createElement('div');
    const view = (texts: string[]) => html`<ul ${textItems(texts)}></ul>`;
    const tags = ['transport', '<b>not bold</b>'];
    render(view(tags), root);
    const list = root.querySelector('ul') as HTMLUListElement;
    expect([...list.children].map((li) => li.textContent)).to.deep.equal(tags);
    expect(list.querySelector('b')).to.equal(null);

    const first = list.firstElementChild;
    render(view(tags), root);
    expect(list.firstElementChild === first).to.be.true; // the same list: nothing rebuilt

    render(view(['evenings']), root);
    expect([...list.children].map((li) => li.textContent)).to.deep.equal(['evenings']);
  });

  it('belongs on an element', () => {
    const root = document.createElement('div');
    expect(() =>
      render(
        html`<ul>
          ${textItems([])}
        </ul>`,
        root,
      ),
    ).to.throw(/on an element/);
  });
});
