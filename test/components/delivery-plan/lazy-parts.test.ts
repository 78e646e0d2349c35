// The delivery plan's facilitator panel loads by import() when `facilitator` is first set and
// brings its own CSS (issue #13, "Lighter"): participants download neither. In its own file,
// so that the first test sees the page's first load of the panel.
import { expect } from '@open-wc/testing';
import { planParts } from '../../../src/components/delivery-plan/plan-parts.js';
import {
  expectPartUnavailable,
  requested as fetched,
  whilePartFails,
} from '../lazy-part-checks.js';
import { $, makePlan } from './helpers.js';

const requested = (part: string) => fetched(`delivery-plan/${part}`);

describe('<co-delivery-plan> facilitator panel, with its styles', () => {
  it('a participant loads neither the panel nor its CSS; a facilitator’s panel is laid out by it', async () => {
    const { el } = await makePlan({ group: 'community' });
    expect(requested('facilitator-panel')).to.be.false;
    el.facilitator = true;
    await el.updateComplete;
    expect(requested('facilitator-panel.styles')).to.be.true;
    // facilitator-panel.styles.ts came with the part: the panel is a shaded box, each field a
    // column with its label above, the skills a grid.
    const panel = $(el, '.facilitator');
    expect(getComputedStyle(panel).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle($(el, '.field')).flexDirection).to.equal('column');
    expect(getComputedStyle($(el, '.skill-grid')).display).to.equal('grid');
    expect(getComputedStyle($(el, '.downloads')).display).to.equal('flex');
    await expect(el).to.be.accessible();
  });

  it('says so when the panel cannot load, and goes on', async () => {
    await whilePartFails(planParts, 'facilitator', async () => {
      const { el } = await makePlan({ group: 'community' });
      await expectPartUnavailable(el, () => {
        el.facilitator = true;
      });
      expect(el.shadowRoot!.querySelector('.tasks, .empty')).to.not.equal(null);
    });
  });
});
