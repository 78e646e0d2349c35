// A part loaded by import() when first needed, while its file cannot be reached (the test
// server drops the connection, as when the phone has no signal): the element says so, and once the file
// can be reached again the part loads when the browser says it is back online, or when the
// person presses "Try again". Browsers no longer keep a failed import() for good
// (whatwg/html#10327), so the same file is really asked for again. In a file of its own: each
// test is the first to ask for its part on this page.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CoErrorDetail } from '../../src/core/events.js';
import type { CoSkillOffer } from '../../src/components/skill-offer/skill-offer.js';
import '../../src/skill-offer.js';
import { card, seedIdea, seededBoard } from './idea-board/helpers.js';
import { filesDown, requested, withFilesDown } from './lazy-part-checks.js';

const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const retryButton = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=problems] button');

describe('parts that could not load while offline', () => {
  withFilesDown();

  it('a part the page shows (a directory) arrives by itself when the signal is back', async () => {
    const el = await fixture<CoSkillOffer>(
      html`<co-skill-offer storage="memory" space="offline-directory"></co-skill-offer>`,
    );
    await el.ready;
    await filesDown('skill-offer/directory-view');
    const failed = oneEvent(el, 'co-error');
    el.facilitator = true;
    el.view = 'directory';
    expect(((await failed) as CustomEvent<CoErrorDetail>).detail.code).to.equal('part-unavailable');
    await el.updateComplete;
    expect(shown(el)).to.contain('Part of this page could not be loaded');
    expect(retryButton(el)?.textContent?.trim()).to.equal('Try again');
    await expect(el).to.be.accessible();

    await filesDown();
    window.dispatchEvent(new Event('online')); // what the browser fires when the signal is back
    await waitUntil(() => el.shadowRoot!.querySelector('[part=directory]'), 'it arrives', {
      timeout: 5000,
    });
    expect(shown(el)).to.contain('No one has made an offer yet.');
    expect(shown(el)).to.not.contain('Part of this page could not be loaded');
    expect(requested('skill-offer/directory-view')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('a part a key press opens (a card’s details): "Try again" loads it, then the same key opens it', async () => {
    const el = await seededBoard([seedIdea('a', 'ideas', 1)]);
    await filesDown('idea-board/card-details');
    card(el, 'a').focus();
    const failed = oneEvent(el, 'co-error');
    await sendKeys({ press: 'Enter' });
    await failed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLDialogElement>('#card-dialog')!.open).to.be.false;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.idea).to.equal('a');

    // Still offline: trying again fails again, and says so again.
    const again = oneEvent(el, 'co-error');
    retryButton(el)!.click();
    await again;
    await el.updateComplete;
    expect(shown(el)).to.contain('Part of this page could not be loaded');

    // Reachable again: "Try again" (by keyboard) loads it, the notice goes, focus moves into
    // the board (not to the top of the page), and Enter on the card opens its details.
    await filesDown();
    retryButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => retryButton(el) === null, 'the notice goes', { timeout: 5000 });
    expect(el.shadowRoot!.activeElement, 'focus in the board').to.not.equal(null);
    card(el, 'a').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => el.shadowRoot!.querySelector<HTMLDialogElement>('#card-dialog')?.open,
      'the details open',
    );
    await expect(el).to.be.accessible();
  });
});
