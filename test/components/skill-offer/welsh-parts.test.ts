// On a Welsh page the offer's parts loaded by import() bring their Welsh words with them
// (issue #13, "Lighter"). In its own file, so that no earlier test has loaded a part's words.
import { expect, fixture, html } from '@open-wc/testing';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import { expectPartInWelsh } from '../lazy-part-checks.js';
import { click, freshSpace, settled } from './helpers.js';

describe('<co-skill-offer> parts on a Welsh page', () => {
  it('the review of a sent offer and the directory come with their Welsh words', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="cy">
        <co-skill-offer storage="memory" space=${freshSpace()} require="skills"></co-skill-offer>
      </div>`,
    );
    const el = await settled(wrapper.querySelector<CoSkillOffer>('co-skill-offer')!);
    expect(el.language).to.equal('cy');
    await click(el, '#f-skills--gardening');
    await expectPartInWelsh(el, () => el.submit(), {
      welshFile: '/skill-offer/review-messages-cy',
      welsh: 'Eich atebion',
      english: 'Your answers',
    });
    await expectPartInWelsh(el, () => (el.view = 'directory'), {
      welshFile: '/skill-offer/directory-messages-cy',
      welsh: 'Beth gall pobl ei gynnig',
      english: 'What people can offer',
    });
  });
});
