// A rarely used part loaded by import() when first shown (core/lazy-part.ts): the element
// renders it when it arrives, `updateComplete` waits for it, and one that cannot load is
// reported in words and with `co-error`, the rest of the element working on.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CoElement } from '../../src/core/co-element.js';
import { defineElement } from '../../src/core/define.js';
import type { CoErrorDetail } from '../../src/core/events.js';
import { LazyPart } from '../../src/core/lazy-part.js';

let release: () => void = () => undefined;
let loads = 0;
/** A part that arrives when the test says so. */
const slowPart = () => {
  loads += 1;
  return new Promise<{ words: string }>((resolve) => {
    release = () => resolve({ words: 'The rare part' });
  });
};

class WithPart extends CoElement {
  static override messages = { en: { hello: 'Hello' } };
  @property({ type: Boolean }) open = false;
  @property({ type: Boolean }) broken = false;
  private readonly rarePart = new LazyPart(this, slowPart);
  private readonly brokenPart = new LazyPart(this, () =>
    Promise.reject(new Error('Failed to fetch dynamically imported module')),
  );

  override render() {
    const part = this.open ? (this.broken ? this.brokenPart : this.rarePart).get() : undefined;
    return litHtml`${this.renderProblems()}<p>${this.t('hello')}</p>
      ${part ? litHtml`<button id="rare">${part.words}</button>` : nothing}`;
  }
}
defineElement('test-with-part', WithPart);

const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('LazyPart', () => {
  it('loads nothing until the part is shown, then once; updateComplete waits for it', async () => {
    const el = await fixture<WithPart>(html`<test-with-part></test-with-part>`);
    expect(loads).to.equal(0);
    el.open = true;
    let settled = false;
    const done = el.updateComplete.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).to.equal(1);
    expect(settled, 'updateComplete waits for the part').to.be.false;
    expect(shown(el)).to.equal('Hello');
    release();
    await done;
    // Focus can move into the part as soon as the update is complete.
    el.shadowRoot!.querySelector<HTMLButtonElement>('#rare')!.focus();
    expect(el.shadowRoot!.activeElement?.id).to.equal('rare');
    el.requestUpdate();
    await el.updateComplete;
    expect(loads).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('ready() waits for the part for an action that needs it now; undefined when it cannot load', async () => {
    const el = await fixture<WithPart>(html`<test-with-part></test-with-part>`);
    const part = new LazyPart(el, () => Promise.resolve({ words: 'Export' }));
    expect((await part.ready())?.words).to.equal('Export');
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const broken = new LazyPart(el, () => Promise.reject(new Error('offline')));
      const error = oneEvent(el, 'co-error');
      expect(await broken.ready()).to.equal(undefined);
      expect(((await error) as CustomEvent<CoErrorDetail>).detail.code).to.equal(
        'part-unavailable',
      );
    } finally {
      console.warn = warn;
    }
  });

  it('says so in words and with co-error when the part cannot load', async () => {
    const el = await fixture<WithPart>(html`<test-with-part broken></test-with-part>`);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      setTimeout(() => (el.open = true));
      const event = (await oneEvent(el, 'co-error')) as CustomEvent<CoErrorDetail>;
      expect(event.detail.code).to.equal('part-unavailable');
      await el.updateComplete;
      expect(shown(el)).to.contain('Part of this page could not be loaded');
      expect(shown(el)).to.contain('Hello');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
