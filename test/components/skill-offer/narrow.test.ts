import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import { freshSpace, settled } from './helpers.js';

async function offer(view: 'form' | 'directory', lang: string): Promise<CoSkillOffer> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <co-skill-offer
        view=${view}
        storage="memory"
        facilitator
        retention="12 months"
        space=${freshSpace()}
      ></co-skill-offer>
    </div>`,
  );
  return settled(wrapper.querySelector('co-skill-offer')!);
}

describe('<co-skill-offer> at 320 px', () => {
  beforeEach(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'cy']) {
    it(`shows the form, with its errors, without sideways scrolling (${lang})`, async () => {
      const el = await offer('form', lang);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await el.submit();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.error-summary')).to.exist;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it(`shows a directory of offers without sideways scrolling (${lang})`, async () => {
      const el = await offer('directory', lang);
      await el.addOffer({
        name: 'Ceri Morgan-Llewellyn',
        email: 'ceri.morgan-llewellyn@example.com',
        skills: ['cooking', 'welsh', 'listening'],
        otherSkills: ['Running a lunch club for older people'],
        experience: 'I have used the day centre with my mum for three years.',
        ways: ['co-design', 'co-delivery'],
        hours: 6,
        days: ['tue', 'thu'],
        times: ['morning'],
        support: ['travel'],
        consentContact: true,
        consentShare: true,
        group: 'community',
      });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.offer')).to.have.length(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }
});
