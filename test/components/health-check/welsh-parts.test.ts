// On a Welsh page the health check's parts loaded by import() bring their Welsh words with
// them (issue #13, "Lighter"). In its own file, so that no earlier test has loaded a part's words.
import { expect, html } from '@open-wc/testing';
import { expectPartInWelsh } from '../lazy-part-checks.js';
import { answered, checkFixture, freshSpace, seededData, SMALL, storeWith } from './helpers.js';

const small = { 'power-1': 3, 'power-2': 3, 'value-1': 3 } as const;

describe('<co-health-check> parts on a Welsh page', () => {
  it('the results and the facilitator panel come with their Welsh words', async () => {
    const space = freshSpace();
    const store = storeWith(space, seededData(answered('community', small, 3)));
    const el = await checkFixture(
      html`<div lang="cy">
        <co-health-check space=${space} framework=${SMALL} .store=${store}></co-health-check>
      </div>`,
    );
    expect(el.language).to.equal('cy');
    await expectPartInWelsh(el, () => el.reveal(true), {
      welshFile: '/health-check/results-messages-cy',
      welsh: 'Canlyniadau: rownd 1',
      english: 'Results: round 1',
    });
    await expectPartInWelsh(el, () => (el.facilitator = true), {
      welshFile: '/health-check/facilitator-messages-cy',
      welsh: 'Cynnal yr archwiliad hwn',
      english: 'Running this check',
    });
    // The tables' words come when a table is first asked for, in Welsh on a Welsh page.
    const requested = () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.includes('/health-check/export-messages-cy'));
    expect(requested()).to.be.false;
    const header = (await el.exportCsv('results')).replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).to.match(/^Rownd,Egwyddor,Brawddeg,/);
    expect(requested()).to.be.true;
  });
});
