// Welsh words that could not load (the connection dropped for real by the test server) leave
// the element in English; when the browser is back online they are asked for again and the
// element is drawn in Welsh. In its own file: the page has not loaded the space's Welsh yet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/space.js';
import type { CoSpace } from '../../src/components/space/space.js';
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
});
