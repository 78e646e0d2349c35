// A rarely used part loaded by import() when first shown (core/lazy-part.ts): the element
// renders it when it arrives, `updateComplete` waits for it, and one that cannot load is
// reported in words and with `co-error`, the rest of the element working on.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

let flakyLoads = 0;
let flakyFails = 0;
/** A part whose first `flakyFails` loads fail, as on a dropped connection. */
const flakyPart = () => {
  flakyLoads += 1;
  return flakyLoads <= flakyFails
    ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
    : Promise.resolve({ words: 'The flaky part' });
};

class WithPart extends CoElement {
  static override messages = { en: { hello: 'Hello' } };
  @property({ type: Boolean }) open = false;
  @property({ type: Boolean }) broken = false;
  @property({ type: Boolean }) flaky = false;
  readonly flakyPart = new LazyPart(this, flakyPart);
  private readonly rarePart = new LazyPart(this, slowPart);
  private readonly brokenPart = new LazyPart(this, () =>
    Promise.reject(new Error('Failed to fetch dynamically imported module')),
  );

  override render() {
    const part = this.open
      ? (this.flaky ? this.flakyPart : this.broken ? this.brokenPart : this.rarePart).get()
      : undefined;
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

  describe('after a failed load', () => {
    let warn: typeof console.warn;
    beforeEach(() => {
      flakyLoads = 0;
      warn = console.warn;
      console.warn = () => undefined;
    });
    afterEach(() => (console.warn = warn));

    /** A shown part whose first `fails` loads fail; resolves once the first has failed. */
    async function failedOnce(fails: number): Promise<WithPart> {
      flakyFails = fails;
      const el = await fixture<WithPart>(html`<test-with-part flaky></test-with-part>`);
      setTimeout(() => (el.open = true));
      await oneEvent(el, 'co-error');
      await el.updateComplete;
      return el;
    }
    const retryButton = (el: WithPart) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=problems] button')].find(
        (button) => button.textContent!.trim() === 'Try again',
      );

    it('rendering again does not try again by itself (no loop)', async () => {
      const el = await failedOnce(1);
      for (let i = 0; i < 3; i += 1) {
        el.requestUpdate();
        await el.updateComplete;
      }
      expect(flakyLoads).to.equal(1);
      expect(shown(el)).to.contain('Part of this page could not be loaded');
    });

    it('"Try again" loads it: the notice goes, and focus moves into the element', async () => {
      const el = await failedOnce(2);
      expect(shown(el)).to.contain('Check your internet connection, then try again.');
      await expect(el).to.be.accessible();
      // Still failing: a second co-error, the notice stays, and so does focus on the button.
      retryButton(el)!.focus();
      const again = oneEvent(el, 'co-error');
      await sendKeys({ press: 'Enter' });
      expect(((await again) as CustomEvent<CoErrorDetail>).detail.code).to.equal(
        'part-unavailable',
      );
      await el.updateComplete;
      expect(flakyLoads).to.equal(2);
      expect(el.shadowRoot!.activeElement).to.equal(retryButton(el));
      expect(el.shadowRoot!.querySelectorAll('[part=problems] li')).to.have.length(1);
      // Back: the part is shown, the notice has gone, focus is on the part's button.
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'rare', 'focus in the part');
      expect(flakyLoads).to.equal(3);
      expect(shown(el)).to.equal('Hello The flaky part');
      await expect(el).to.be.accessible();
    });

    it('the person doing again what needed it (use, ready) tries again', async () => {
      const el = await failedOnce(1);
      let used = '';
      el.flakyPart.use((part) => (used = part.words));
      await el.updateComplete;
      expect(used).to.equal('The flaky part');
      expect(shown(el)).to.equal('Hello The flaky part');
      flakyLoads = 0;
      const other = new LazyPart(el, flakyPart);
      expect(await other.ready()).to.equal(undefined);
      expect((await other.ready())?.words).to.equal('The flaky part');
    });

    it('the browser coming back online tries again', async () => {
      const el = await failedOnce(1);
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(flakyLoads).to.equal(2);
      expect(shown(el)).to.equal('Hello The flaky part');
      // Nothing left to wait for: a later online does not load again.
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(flakyLoads).to.equal(2);
    });

    it('an element taken off the page is not tried again when back online', async () => {
      const el = await failedOnce(1);
      el.remove();
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(flakyLoads).to.equal(1);
      // Put back, it is tried again when the person asks, and the notice goes.
      document.body.append(el);
      expect(await el.flakyPart.ready()).to.deep.equal({ words: 'The flaky part' });
      await el.updateComplete;
      expect(shown(el)).to.equal('Hello The flaky part');
    });

    it('in Welsh', async () => {
      flakyFails = 1;
      const el = await fixture<WithPart>(html`<test-with-part flaky lang="cy"></test-with-part>`);
      setTimeout(() => (el.open = true));
      await oneEvent(el, 'co-error');
      await el.updateComplete;
      expect(shown(el)).to.contain('rhowch gynnig arall arni');
      expect(retryButton(el)).to.equal(undefined);
      expect(shown(el)).to.contain('Rhoi cynnig arall arni');
      await expect(el).to.be.accessible();
    });
  });
});
