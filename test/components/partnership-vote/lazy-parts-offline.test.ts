// When a graded vote's part cannot load (offline, or a page whose policy refuses the file),
// the vote says so in words and with `co-error` `part-unavailable`, and leaves no empty room.
// In a file of its own: the page refuses every later script (refuse-scripts.ts).
import { expect, html, oneEvent } from '@open-wc/testing';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { refuseLaterScripts } from '../refuse-scripts.js';
import { $, freshSpace, text, voteFixture } from './helpers.js';

describe('<co-partnership-vote> when its method cannot load', () => {
  it('says so in words and with co-error; nothing is cast', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options='["A","B"]'
        participant-group="community"
      ></co-partnership-vote>`,
    );
    expect($(el, 'form.ballot')).to.not.equal(null);
    const offline = await refuseLaterScripts(el);
    try {
      const failed = oneEvent(el, 'co-error');
      el.method = 'grades';
      const event = (await failed) as CustomEvent<CoErrorDetail>;
      expect(event.detail.code).to.equal('part-unavailable');
      await el.updateComplete;
      expect(text(el)).to.contain('Part of this page could not be loaded');
      expect($(el, 'form.ballot')).to.equal(null);
      expect($(el, '.ballot-coming')).to.equal(null);
      expect(await el.submit()).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      offline.restore();
    }
  });
});
