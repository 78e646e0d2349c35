import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import { $, freshSpace, settled } from './helpers.js';

// WCAG 1.4.4 and 1.4.12: a person who sets text to 200 % and widens its spacing on a phone.
// Long words ("commissioning)", "gwasanaethau,") must wrap inside the form, not push it wider
// than the screen, where they are cut off and the page scrolls sideways.
const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

function widenText(el: CoSkillOffer): () => void {
  const page = document.createElement('style');
  page.textContent = `html { font-size: 200% !important; } ${spacing}`;
  document.head.append(page);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(spacing);
  const root = el.shadowRoot!;
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  return () => {
    page.remove();
    root.adoptedStyleSheets = before;
  };
}

/** What sticks out past the element's right edge, by its text (visually hidden text aside). */
function overflowing(el: CoSkillOffer): string[] {
  const right = el.getBoundingClientRect().right;
  return (
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
      .filter((node) => !node.closest('.visually-hidden'))
      // Past the element's edge, or words running out of their own box (a heading, a button).
      .filter(
        (node) =>
          node.getBoundingClientRect().right > right + 1 ||
          (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1),
      )
      .map((node) => `${node.localName}: ${node.textContent!.trim().slice(0, 40)}`)
  );
}

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
