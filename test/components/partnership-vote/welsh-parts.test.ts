// On a Welsh page the vote's parts loaded by import() bring their Welsh words with them
// (issue #13, "Lighter"). In its own file, so that no earlier test has loaded a part's words.
import { expect, html } from '@open-wc/testing';
import { expectPartInWelsh } from '../lazy-part-checks.js';
import { chose, freshSpace, storeWith, voteFixture } from './helpers.js';

const AB = '["A","B"]';

describe('<co-partnership-vote> parts on a Welsh page', () => {
  it('on a Welsh page, the results and the facilitator panel come with their Welsh words', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<div lang="cy">
        <co-partnership-vote
          space=${space}
          .store=${storeWith(space, [...chose('community', 'A'), ...chose('professional', 'A')])}
          options=${AB}
        ></co-partnership-vote>
      </div>`,
    );
    expect(el.language).to.equal('cy');
    await expectPartInWelsh(el, () => el.reveal(true), {
      welshFile: '/partnership-vote/results-messages-cy',
      welsh: 'Sut cafodd y canlyniad hwn ei gyfrifo',
      english: 'How this result was worked out',
    });
    await expectPartInWelsh(el, () => (el.facilitator = true), {
      welshFile: '/partnership-vote/facilitator-messages-cy',
      welsh: 'Rhedeg y bleidlais',
      english: 'Run the vote',
    });
    // The tables bring their Welsh column names with them.
    const csv = await el.exportCsv();
    expect(csv.split('\r\n')[0]).to.match(/^\uFEFF?Amser bwrw,Newidiwyd ddiwethaf,Grŵp,/);
  });

  it('on a Welsh page, a ranked ballot and a graded ballot come with their Welsh words', async () => {
    const el = await voteFixture(
      html`<div lang="cy">
        <co-partnership-vote space=${freshSpace()} options=${AB}></co-partnership-vote>
      </div>`,
    );
    await expectPartInWelsh(el, () => (el.method = 'ranked'), {
      welshFile: '/partnership-vote/ranked-messages-cy',
      welsh: 'Symud i fyny',
      english: 'Move up',
    });
    // The graded part brings the same words, already here: its ballot is Welsh at once.
    el.method = 'grades';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Rhowch radd i bob opsiwn');
    await expect(el).to.be.accessible();
  });
});
