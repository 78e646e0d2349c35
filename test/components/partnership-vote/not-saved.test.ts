import { expect, html, waitUntil } from '@open-wc/testing';
import type { Envelope } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { StoreError } from '../../../src/core/store/record-store.js';
import { $, focused, freshSpace, text, voteFixture } from './helpers.js';

/** A backend that is down until told otherwise: every save fails. */
class DownStore extends MemoryStore {
  down = true;
  override async update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
    if (this.down) throw new StoreError('failed', 'server down');
    return super.update(key, next);
  }
}

const heading = (el: Parameters<typeof text>[0]) =>
  $(el, '#voted-title')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<co-partnership-vote> when saving fails', () => {
  for (const [lang, notSaved, counted] of [
    ['en', 'Not saved yet', 'Your vote has been counted'],
    ['cy', 'Heb ei gadw eto', "Mae eich pleidlais wedi'i chyfrif"],
  ]) {
    it(`never says the vote has been counted until it is saved (${lang})`, async () => {
      const store = new DownStore();
      const el = await voteFixture(
        html`<div lang=${lang}>
          <co-partnership-vote
            space=${freshSpace()}
            .store=${store}
            participant-group="community"
            options='["Evenings", "Saturdays"]'
          ></co-partnership-vote>
        </div>`,
      );
      $<HTMLInputElement>(el, 'input[type=radio]')!.click();
      await el.submit();
      await waitUntil(() => focused(el)?.id === 'voted-title', 'focus on the heading');
      expect(heading(el)).to.equal(notSaved);
      expect(text(el)).not.to.contain(counted);
      await expect(el).to.be.accessible();
      store.down = false;
      await el.storageController.flush();
      await waitUntil(() => heading(el) === counted, 'counted once it is saved');
    });
  }

  it('a shared device (kiosk) thanks the voter, but says "Not saved yet" until it is saved', async () => {
    const store = new DownStore();
    const el = await voteFixture(
      html`<co-partnership-vote
        kiosk
        space=${freshSpace()}
        .store=${store}
        participant-group="community"
        options='["Evenings", "Saturdays"]'
      ></co-partnership-vote>`,
    );
    $<HTMLInputElement>(el, 'input[type=radio]')!.click();
    await el.submit();
    await waitUntil(() => focused(el)?.id === 'thanks-title', 'focus on the thank-you');
    const title = () => $(el, '#thanks-title')!.textContent!.trim();
    expect(title()).to.equal('Not saved yet');
    expect(text(el)).not.to.contain('Your vote has been counted');
    await expect(el).to.be.accessible();
    store.down = false;
    await el.storageController.flush();
    await waitUntil(
      () => title() === 'Thank you. Your vote has been counted.',
      'counted once saved',
    );
  });
});
