// Who is here is said only with a store shared live, so its code and words load by import()
// when a store first reports presence (issue #13, "Lighter"). In its own file, so that the
// first test sees the page's first load of the part.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/partnership-vote.js';
import type { CoPartnershipVote } from '../../../src/components/partnership-vote/partnership-vote.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import type { PresenceCounts, PresenceHandle } from '../../../src/core/store/record-store.js';
import { statusParts } from '../../../src/core/store/storage-status.js';
import { expectPartUnavailable, whilePartFails } from '../../components/lazy-part-checks.js';

const requested = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes('/core/store/presence-view'));

/** A store of the page's own that says who is here, as a live one does. */
class PresentStore extends MemoryStore {
  constructor(private readonly counts: PresenceCounts) {
    super();
  }

  joinPresence(_key: string, listener: (counts: PresenceCounts) => void): PresenceHandle {
    setTimeout(() => listener(this.counts));
    return { setGroup: () => undefined, leave: () => undefined };
  }
}

async function vote(store: MemoryStore, lang = 'en'): Promise<CoPartnershipVote> {
  const holder = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <co-partnership-vote .store=${store} options='["A","B"]' facilitator></co-partnership-vote>
    </div>`,
  );
  const el = holder.querySelector<CoPartnershipVote>('co-partnership-vote')!;
  await el.ready;
  await el.updateComplete;
  return el;
}

const status = (el: CoPartnershipVote) =>
  el.shadowRoot!.querySelector('.storage-status')!.textContent!.replace(/\s+/g, ' ');

describe('who is here, loaded when a store first says', () => {
  it('is not loaded for a store without presence, and arrives with its words when one has it', async () => {
    const quiet = await vote(new MemoryStore());
    expect(requested(), 'no presence, no download').to.be.false;
    expect(quiet.shadowRoot!.querySelector('.presence')).to.equal(null);

    const el = await vote(new PresentStore({ total: 3, groups: { community: 2 } }));
    await waitUntil(() => el.shadowRoot!.querySelector('.presence'), 'who is here');
    expect(requested()).to.be.true;
    expect(status(el)).to.contain(
      '3 people here: 2 people who use services, 1 not said which group yet',
    );
    // A facilitator is told which group is missing, since parity needs both.
    expect(status(el)).to.contain('No professionals have joined yet');
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh on a Welsh page', async () => {
    const el = await vote(new PresentStore({ total: 2, groups: {} }), 'cy');
    await waitUntil(() => status(el).includes('2 o bobl yma'), 'who is here, in Welsh');
    expect(status(el)).not.to.contain('people here');
  });

  it('says so when it cannot load, and the vote goes on', async () => {
    await whilePartFails(statusParts, 'presence', async () => {
      const el = await vote(new MemoryStore());
      await expectPartUnavailable(el, () => {
        el.store = new PresentStore({ total: 1, groups: {} });
      });
      expect(el.shadowRoot!.querySelector('.presence')).to.equal(null);
      expect(el.shadowRoot!.querySelector('fieldset, form')).to.exist;
    });
  });
});
