// The skill offer's review and directory load by import() when first shown, and bring their
// own CSS (issue #13, "Lighter"): a person filling in the form downloads neither. In its own
// file, so that the first test sees the page's first load of each part.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { offerParts } from '../../../src/components/skill-offer/offer-parts.js';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import {
  expectPartUnavailable,
  requested as fetched,
  whilePartFails,
} from '../lazy-part-checks.js';
import { $, click, focused, freshSpace, offerForm, settled } from './helpers.js';

async function directory(space = freshSpace()): Promise<CoSkillOffer> {
  const el = await fixture<CoSkillOffer>(
    html`<co-skill-offer
      view="directory"
      storage="memory"
      space=${space}
      facilitator
    ></co-skill-offer>`,
  );
  return settled(el);
}

const requested = (part: string) => fetched(`skill-offer/${part}`);

describe('<co-skill-offer> parts loaded when first shown, with their styles', () => {
  it('sends the form without the review’s or the directory’s CSS, then the review brings its own', async () => {
    const el = await offerForm();
    expect(requested('review-view')).to.be.false;
    expect(requested('directory-view')).to.be.false;
    await click(el, '#f-skills--gardening');
    $<HTMLButtonElement>(el, 'button[type=submit]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'review-title', 'focus on the review', {
      timeout: 3000,
    });
    expect(requested('review.styles')).to.be.true;
    // review.styles.ts came with the part: the just-sent panel is centred; with room, each answer's row has its columns.
    expect(getComputedStyle($(el, '.panel')).textAlign).to.equal('center');
    expect(getComputedStyle($(el, '.summary-row')).gridTemplateColumns).to.not.equal('none');
    expect(requested('directory.styles')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('shows the directory laid out by the styles that came with it', async () => {
    const el = await directory();
    await el.addOffer({ name: 'Ceri', skills: ['cooking'], consentShare: true });
    await el.updateComplete;
    expect(requested('directory.styles')).to.be.true;
    // The filters sit in a shaded box and the offers in a grid of cards with an accent edge.
    expect(getComputedStyle($(el, '.filter-row')).display).to.equal('grid');
    expect(getComputedStyle($(el, '.filters')).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle($(el, '.offers')).display).to.equal('grid');
    expect(getComputedStyle($(el, '.offer')).borderInlineStartWidth).to.equal('5px');
    await expect(el).to.be.accessible();
  });

  it('says so when the directory cannot load, and goes on', async () => {
    await whilePartFails(offerParts, 'directory', async () => {
      const el = await offerForm();
      await expectPartUnavailable(el, () => el.setAttribute('view', 'directory'));
    });
  });
});
