import { expect, fixture, html } from '@open-wc/testing';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { $, $$, focused, freshSpace, settled, textOf } from './helpers.js';

/** The offer form's errors follow the shared pattern (core/ui/error-summary.ts), in both languages. */

async function offer(lang: string): Promise<CoSkillOffer> {
  const el = await fixture<CoSkillOffer>(
    html`<co-skill-offer
      lang=${lang}
      storage="memory"
      heading-level="3"
      space=${freshSpace()}
      require="name skills"
    ></co-skill-offer>`,
  );
  return settled(el);
}

describe('<co-skill-offer> error summary', () => {
  for (const [lang, prefix, title] of [
    ['en', 'Error:', 'There is a problem'],
    ['cy', 'Gwall:', 'Mae problem'],
  ]) {
    it(`(${lang}) focuses the summary, links to each field, prefixes and names the inline error`, async () => {
      const el = await offer(lang);
      const heard: CustomEvent<CoErrorDetail>[] = [];
      el.addEventListener('co-error', (e) => heard.push(e as CustomEvent<CoErrorDetail>));
      expect(await el.submit()).to.equal(false);
      await el.updateComplete;
      const summary = $(el, '.error-summary');
      expect(focused(el)).to.equal(summary);
      // The page hears of it too, in the summary's words.
      expect(heard.map((e) => e.detail.code)).to.deep.equal(['input-invalid']);
      expect(heard[0].detail.message).to.include(summary.querySelector('li')!.textContent!.trim());
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.getAttribute('part')).to.equal('error-summary');
      const heading = $(el, '.error-summary-title');
      expect(heading.localName).to.equal('h4');
      expect(textOf(heading)).to.equal(title);

      const inline = $(el, '#f-name-error');
      expect(inline.getAttribute('part')).to.equal('error');
      expect(textOf(inline.querySelector('.visually-hidden')!)).to.equal(prefix);
      expect(textOf(inline)).to.match(new RegExp(`^${prefix} \\S`));
      expect($(el, '#f-name').getAttribute('aria-describedby')!.split(' ')).to.include(
        'f-name-error',
      );
      const skills = $(el, '[data-field="skills"] fieldset');
      expect(skills.getAttribute('aria-describedby')!.split(' ')).to.include.members([
        'f-skills-hint',
        'f-skills-error',
      ]);
      await expect(el).to.be.accessible();

      const links = $$<HTMLAnchorElement>(el, '.error-summary a');
      expect(links).to.have.length(2);
      links[0].click();
      expect(focused(el)?.id).to.equal('f-name');
      links[1].click();
      expect(focused(el)?.id).to.equal('f-skills');
    });
  }
});
