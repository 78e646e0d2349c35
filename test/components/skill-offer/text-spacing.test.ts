import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, freshSpace, settled } from './helpers.js';
import { overflowing, widenText } from '../text-spacing-checks.js';

// WCAG 1.4.4 and 1.4.12: a person who sets text to 200 % and widens its spacing on a phone.
// Long words ("commissioning)", "gwasanaethau,") must wrap inside the form, not push it wider
// than the screen, where they are cut off and the page scrolls sideways.
describe('<co-skill-offer> with 200 % text and wide text spacing on a phone', () => {
  let restore = () => {};
  beforeEach(() => setViewport({ width: 360, height: 740 }));
  afterEach(async () => {
    restore();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'cy']) {
    it(`keeps every question inside the screen (${lang})`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <co-skill-offer storage="memory" space=${freshSpace()}></co-skill-offer>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('co-skill-offer')!);
      restore = widenText(el);
      await el.submit();
      await el.updateComplete;
      expect($(el, '.error-summary')).to.exist;
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
    });
  }
});
