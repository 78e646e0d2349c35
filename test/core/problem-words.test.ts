// A problem is said in the element's language whenever it is drawn, not only in the language
// the element spoke when it was found: storage trouble is found while a Welsh page's words may
// still be on their way, and a page may change `lang` after a problem was reported.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/journey-map.js';
import type { CoJourneyMap } from '../../src/components/journey-map/journey-map.js';
import { LocalStore } from '../../src/core/store/local-store.js';
import { blockedStorage } from '../fixtures/blocked-storage.js';

const alertText = (el: Element) =>
  el.shadowRoot!.querySelector('[part=problems]')?.textContent?.replace(/\s+/g, ' ') ?? '';

const english = 'will not be kept after you leave this page';
const welsh = 'Ni fydd eich gwaith yn cael ei gadw';

describe('problems said in the element’s language', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => undefined; // the element also warns in the console
  });
  afterEach(() => (console.warn = warn));

  it('storage trouble found on a Welsh page is said in Welsh', async () => {
    const el = await fixture<CoJourneyMap>(
      html`<co-journey-map
        lang="cy"
        space="problem-words-cy"
        .store=${new LocalStore({ indexedDB: null, localStorage: blockedStorage })}
      ></co-journey-map>`,
    );
    await waitUntil(() => alertText(el).includes(welsh), 'the notice, in Welsh');
    expect(alertText(el)).to.not.contain(english);
    await expect(el).to.be.accessible();
  });

  it('follows the page when it changes language after the problem was found', async () => {
    const el = await fixture<CoJourneyMap>(
      html`<co-journey-map
        lang="en"
        space="problem-words-en"
        .store=${new LocalStore({ indexedDB: null, localStorage: blockedStorage })}
      ></co-journey-map>`,
    );
    await waitUntil(() => alertText(el).includes(english), 'the notice, in English');
    el.lang = 'cy';
    await waitUntil(() => alertText(el).includes(welsh), 'the notice, now in Welsh');
    expect(alertText(el)).to.not.contain(english);
  });
});
