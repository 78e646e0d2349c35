// Welsh loads when an element first speaks it (issue #13, "Lighter"): an element that starts
// in Welsh shows Welsh once its words are here, a page that switches to Welsh at run time
// gets it, and an element whose Welsh cannot load goes on in English rather than waiting.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/partnership-vote.js';
import '../../src/idea-board.js';
import type { CoPartnershipVote } from '../../src/components/partnership-vote/partnership-vote.js';
import type { CoIdeaBoard } from '../../src/components/idea-board/idea-board.js';
import { CoElement } from '../../src/core/co-element.js';
import { defineElement } from '../../src/core/define.js';
import { ElementCatalogs } from '../../src/core/element-catalogs.js';
import { LazyPart, withWords } from '../../src/core/lazy-part.js';

const words = (el: Element) =>
  (el.shadowRoot as ShadowRoot).textContent?.replace(/\s+/g, ' ') ?? '';

let spaces = 0;
const freshSpace = () => `welsh-on-demand-${Date.now()}-${(spaces += 1)}`;

describe('Welsh words loaded on demand', () => {
  it('an element with lang="cy" shows Welsh, the results explained in Welsh too', async () => {
    const el = await fixture<CoPartnershipVote>(html`
      <co-partnership-vote
        lang="cy"
        storage="memory"
        space=${freshSpace()}
        options='["A","B"]'
        results="always"
      ></co-partnership-vote>
    `);
    await el.ready;
    await el.updateComplete;
    expect(el.language).to.equal('cy');
    const text = words(el);
    expect(text).to.contain("Fel aelod o ba grŵp ydych chi'n cymryd rhan?"); // core
    expect(text).to.contain('Canlyniadau hyd yma'); // the vote's own
    expect(text).to.contain('Does neb wedi pleidleisio eto'); // the explanation's
    expect(text).not.to.contain('Which group are you taking part as?');
    await expect(el).to.be.accessible();
  });

  it('a Welsh element shows no English first: its first render waits for the words', async () => {
    const wrapper = await fixture(
      html`<div lang="cy-GB">
        <co-idea-board storage="memory" space=${freshSpace()}></co-idea-board>
      </div>`,
    );
    const board = wrapper.querySelector('co-idea-board') as CoIdeaBoard;
    const seen: string[] = [];
    // Every render of the board from here on, the first one included.
    const observer = new MutationObserver(() => seen.push(words(board)));
    observer.observe(board.shadowRoot as ShadowRoot, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await board.updateComplete;
    observer.disconnect();
    expect(board.language).to.equal('cy');
    expect(words(board)).to.contain('Postio syniad');
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.filter((text) => /Post an idea|Which group/.test(text))).to.deep.equal([]);
  });

  it('switching lang to cy at run time loads the words and renders again', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <co-partnership-vote
          storage="memory"
          space=${freshSpace()}
          options='["A","B"]'
          results="always"
        ></co-partnership-vote>
      </div>`,
    );
    const el = wrapper.querySelector('co-partnership-vote') as CoPartnershipVote;
    await el.ready;
    await el.updateComplete;
    expect(words(el)).to.contain('Which group are you taking part as?');
    wrapper.setAttribute('lang', 'cy');
    await waitUntil(() => words(el).includes('Canlyniadau hyd yma'), 'no Welsh after lang="cy"');
    expect(el.language).to.equal('cy');
    expect(words(el)).to.contain('Does neb wedi pleidleisio eto');
    expect(words(el)).not.to.contain('Results so far');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => words(el).includes('Results so far'), 'no English after lang="en"');
  });
});

class FailingWelsh extends CoElement {
  static override messages = {
    en: { hello: 'Hello' },
    cy: () => Promise.reject(new Error('offline')),
  };

  override render() {
    return litHtml`<p>${this.t('hello')} · ${this.t('group.community')}</p>`;
  }
}
defineElement('test-failing-welsh', FailingWelsh);

describe('Welsh words that cannot load', () => {
  it('leave the element working in English, with a warning in the console', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = await fixture<FailingWelsh>(
        html`<test-failing-welsh lang="cy"></test-failing-welsh>`,
      );
      await el.updateComplete;
      expect(el.language).to.equal('en');
      expect(words(el)).to.contain('Hello · People who use services, and their carers');
      expect(String(warnings[0])).to.contain('"cy" words could not be loaded');
      // It keeps updating (no endless wait), still in English.
      el.requestUpdate();
      await el.updateComplete;
      expect(words(el)).to.contain('Hello');
    } finally {
      console.warn = warn;
    }
  });
});

let arriveLate: (catalog: Record<string, string>) => void = () => undefined;
class LateWelsh extends CoElement {
  static override messages = {
    en: { hello: 'Hello' },
    cy: () =>
      new Promise<Record<string, string>>((resolve) => {
        arriveLate = resolve;
      }),
  };

  override render() {
    return litHtml`<p>${this.t('hello')}</p>`;
  }
}
defineElement('test-late-welsh', LateWelsh);

describe('Welsh words that are slow to come', () => {
  it('the element shows English after 3 s, and Welsh when the words arrive', async () => {
    const started = performance.now();
    const el = await fixture<LateWelsh>(html`<test-late-welsh lang="cy"></test-late-welsh>`);
    expect(performance.now() - started).to.be.within(2900, 8000);
    expect(el.language).to.equal('en');
    expect(words(el)).to.contain('Hello');
    arriveLate({ hello: 'Shwmae' });
    // The core's Welsh is long here: only this element's words were late.
    await waitUntil(() => words(el).includes('Shwmae'), 'no Welsh once the words arrived');
    expect(el.language).to.equal('cy');
  });
});

describe('ElementCatalogs', () => {
  it('knows a language before it is loaded, and speaks it only once every part has come', async () => {
    let loads = 0;
    const catalogs = new ElementCatalogs([
      { en: { a: 'core A', b: 'core B' }, cy: async () => ((loads += 1), { a: 'craidd A' }) },
      { en: { b: 'own B' }, cy: { b: 'ein B' } },
    ]);
    expect(catalogs.wanted('cy-GB')).to.equal('cy');
    expect(catalogs.wanted('fr')).to.equal('en');
    expect(catalogs.wanted('')).to.equal('en');
    expect(catalogs.has('en')).to.be.true;
    expect(catalogs.has('cy')).to.be.false; // its own Welsh is here, the core's is not
    await Promise.all([catalogs.load('cy'), catalogs.load('cy')]);
    expect(loads).to.equal(1);
    expect(catalogs.has('cy')).to.be.true;
    expect(catalogs.loaded.cy).to.deep.equal({ a: 'craidd A', b: 'ein B' });
    expect(catalogs.loaded.en).to.deep.equal({ a: 'core A', b: 'own B' });
  });
});

let partWelshArrives: (catalog: Record<string, string>) => void = () => undefined;
/** An element with a part that brings its own words, whose Welsh is slow to come. */
class SlowPartWelsh extends CoElement {
  static override messages = { en: { hello: 'Hello' }, cy: { hello: 'Shwmae' } };
  opened = false;
  readonly dialog = new LazyPart(this, () =>
    withWords(this, async () => ({
      words: {
        en: { bye: 'Goodbye' },
        cy: () =>
          new Promise<Record<string, string>>((resolve) => {
            partWelshArrives = resolve;
          }),
      },
    })),
  );

  override render() {
    const part = this.opened ? this.dialog.get() : undefined;
    return litHtml`<p>${this.t('hello')}</p>${part ? litHtml`<p>${this.t('bye')}</p>` : ''}`;
  }
}
defineElement('test-slow-part-welsh', SlowPartWelsh);

describe('a part whose Welsh words are slow to come', () => {
  it('is not shown until they arrive, and the element stays Welsh meanwhile', async () => {
    const el = await fixture<SlowPartWelsh>(
      html`<test-slow-part-welsh lang="cy"></test-slow-part-welsh>`,
    );
    expect(words(el)).to.contain('Shwmae');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(words(el)));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    el.opened = true;
    el.requestUpdate();
    // Longer than an update waits for words: the element renders again, still in Welsh.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    el.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.language).to.equal('cy');
    expect(words(el)).to.contain('Shwmae');
    expect(words(el)).not.to.contain('Goodbye');
    partWelshArrives({ bye: 'Hwyl fawr' });
    await waitUntil(() => words(el).includes('Hwyl fawr'), 'the part in Welsh once its words came');
    observer.disconnect();
    expect(seen.filter((text) => /Hello|Goodbye/.test(text))).to.deep.equal([]);
  });
});
