// Results the first vote tests do not show: every option blocked, and the page's own groups
// named in the explanation.
import { expect, html } from '@open-wc/testing';
import type { Ballot } from '../../../src/core/parity.js';
import { $, freshSpace, storeWith, voteFixture } from './helpers.js';

const AB = '["A","B"]';

describe('<co-partnership-vote> results, in detail', () => {
  it('says nothing is decided when an objection blocks every option', async () => {
    const space = freshSpace();
    const ballots: Ballot[] = [
      { group: 'community', consent: { A: 'object', B: 'agree' } },
      { group: 'professional', consent: { A: 'agree', B: 'object' } },
    ];
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${storeWith(space, ballots)}
        options=${AB}
        method="consent"
        results="always"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    const outcome = $(el, '.outcome')!;
    expect(outcome.dataset.outcome).to.equal('all-blocked');
    expect(outcome.textContent).to.contain(
      'someone objected to every option, so none can go ahead',
    );
    await expect(el).to.be.accessible();
  });

  it("names the page's own groups in the explanation by their labels", async () => {
    const space = freshSpace();
    const groups = JSON.stringify([
      { id: 'tenants', label: 'Tenants' },
      { id: 'staff', label: 'Housing staff' },
    ]);
    const ballots: Ballot[] = [
      { group: 'tenants', marks: { A: 1 } },
      { group: 'staff', marks: { B: 1 } },
      { group: 'staff', marks: { B: 1 } },
    ];
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${storeWith(space, ballots)}
        options=${AB}
        groups=${groups}
        results="always"
        participant-group="tenants"
      ></co-partnership-vote>`,
    );
    const explanation = $(el, '.explanation')!.textContent!.replace(/\s+/g, ' ');
    expect(explanation).to.contain('Tenants');
    expect(explanation).to.contain('Housing staff');
  });
});
