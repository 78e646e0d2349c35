// Welsh words that could not load (the connection dropped for real by the test server) leave
// the element in English; when the browser is back online they are asked for again and the
// element is drawn in Welsh. In its own file: the page has not loaded the space's Welsh yet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/space.js';
import '../../src/skill-offer.js';
import type { CoSpace } from '../../src/components/space/space.js';
import type { CoSkillOffer } from '../../src/components/skill-offer/skill-offer.js';
import { filesDown, requested, withFilesDown } from '../components/lazy-part-checks.js';

const words = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('Welsh words that could not load', () => {
  withFilesDown();

  it('are tried again when the browser is back online, and the element turns Welsh', async () => {
    await filesDown('space/messages-cy');
    const el = await fixture<CoSpace>(
      html`<co-space lang="cy" space="welsh-back-online" storage="memory"></co-space>`,
    );
    await el.updateComplete;
    expect(el.language).to.equal('en');
    expect(words(el)).to.contain('Export everything');
    expect(requested('space/messages-cy')).to.be.true;

    // Still offline when the browser says it is back: English still, and no endless waiting.
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(el.language).to.equal('en');

    await filesDown();
    window.dispatchEvent(new Event('online')); // what the browser fires when the signal is back
    await waitUntil(() => words(el).includes('Allforio popeth'), 'Welsh once it arrives', {
      timeout: 5000,
    });
    expect(el.language).to.equal('cy');
    expect(words(el)).to.not.contain('Export everything');
    await expect(el).to.be.accessible();
  });

  it('a part’s own words are tried again too: the part, shown in English, turns Welsh', async () => {
    const el = await fixture<CoSkillOffer>(
      html`<co-skill-offer lang="cy" storage="memory" space="welsh-part-back"></co-skill-offer>`,
    );
    await el.ready;
    expect(el.language).to.equal('cy');
    await filesDown('skill-offer/directory-messages-cy');
    el.facilitator = true;
    el.view = 'directory';
    await waitUntil(() => el.shadowRoot!.querySelector('[part=directory]'), 'the directory');
    await el.updateComplete;
    // The part in English beside the element's Welsh, rather than no directory at all.
    expect(words(el)).to.contain('No one has made an offer yet.');
    expect(el.language).to.equal('cy');
    expect(requested('skill-offer/directory-messages-cy')).to.be.true;

    await filesDown();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => words(el).includes('Does neb wedi gwneud cynnig eto.'), 'its Welsh', {
      timeout: 5000,
    });
    expect(words(el)).to.not.contain('No one has made an offer yet.');
    await expect(el).to.be.accessible();
  });
});
