import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { clampLevel, heading } from '../../src/core/ui/heading.js';
import type { CoErrorDetail } from '../../src/core/events.js';
import '../fixtures/notes-element.js';
import type { TestNotes } from '../fixtures/notes-element.js';

describe('heading()', () => {
  const table: [number, string][] = [
    [0, 'H1'],
    [1, 'H1'],
    [2, 'H2'],
    [3, 'H3'],
    [4, 'H4'],
    [5, 'H5'],
    [6, 'H6'],
    [7, 'H6'],
    [Number.NaN, 'H1'],
    [2.7, 'H2'],
  ];
  for (const [level, tag] of table) {
    it(`renders level ${level} as <${tag.toLowerCase()}>`, () => {
      const host = document.createElement('div');
      render(heading(level, 'Title', { id: 'h', class: 'c', part: 'p', tabindex: -1 }), host);
      const el = host.firstElementChild!;
      expect(el.tagName).to.equal(tag);
      expect(el.id).to.equal('h');
      expect(el.className).to.equal('c');
      expect(el.getAttribute('part')).to.equal('p');
      expect(el.getAttribute('tabindex')).to.equal('-1');
      expect(el.textContent).to.equal('Title');
      expect(clampLevel(level)).to.equal(Number(tag.slice(1)));
    });
  }

  it('leaves out the attributes it was not given', () => {
    const host = document.createElement('div');
    render(heading(3, 'Plain'), host);
    expect(host.firstElementChild!.getAttributeNames()).to.deep.equal([]);
  });
});

describe('heading-level on every element', () => {
  it('takes a whole number from 1 to 6 and reflects it', async () => {
    const el = await fixture<TestNotes>(html`<test-notes heading-level="4"></test-notes>`);
    expect(el.headingLevel).to.equal(4);
  });

  it('refuses anything else in words and with co-error, keeping the level it had', async () => {
    const errors: CoErrorDetail[] = [];
    const el = await fixture<TestNotes>(
      html`<test-notes
        storage="memory"
        @co-error=${(e: CustomEvent<CoErrorDetail>) => errors.push(e.detail)}
      ></test-notes>`,
    );
    for (const bad of ['7', '0', 'two', '2.5', '']) {
      el.setAttribute('heading-level', bad);
      await el.updateComplete;
      expect(el.headingLevel, bad).to.equal(2);
    }
    const refused = errors.filter((e) => e.code === 'attribute-invalid');
    expect(refused).to.have.length.greaterThan(0);
    expect(refused[0].message).to.contain('"heading-level"');
    expect(refused[0].message).to.contain('whole number from 1 to 6');
  });
});
