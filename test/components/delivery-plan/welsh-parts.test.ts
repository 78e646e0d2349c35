// On a Welsh page the delivery plan's parts loaded by import() bring their Welsh words with
// them (issue #13, "Lighter"). In its own file, so that no earlier test has loaded a part's words.
import { expect } from '@open-wc/testing';
import { expectPartInWelsh } from '../lazy-part-checks.js';
import { makePlan } from './helpers.js';

describe('<co-delivery-plan> parts on a Welsh page', () => {
  it('the facilitator panel and the CSV come with their Welsh words', async () => {
    const { el } = await makePlan({ lang: 'cy', group: 'community' });
    expect(el.language).to.equal('cy');
    await expectPartInWelsh(el, () => (el.facilitator = true), {
      welshFile: '/delivery-plan/facilitator-messages-cy',
      welsh: 'Rhedeg y cynllun',
      english: 'Run the plan',
    });
    const csv = await el.exportCsv();
    expect(csv.split('\n')[0]).to.contain('Tasg');
    expect(csv.split('\n')[0]).not.to.contain('Task');
  });
});
