import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CoSkillOffer } from '../../../src/components/skill-offer/skill-offer.js';
import { $, $$, click, focused, freshSpace, settled, typeInto } from './helpers.js';

// Someone who writes in Arabic, Urdu or Hebrew: their words run right to left, and the full
// stop or exclamation mark at the end of them is on the left. Shown in a left-to-right page
// without their own direction, the mark lands on the right, at the start of what they wrote.
const name = 'سارة أحمد!';
const experience = 'أنا أستخدم الخدمة منذ ثلاث سنوات.';

/** Whether the last character of `text`, inside `node`, is drawn left of its first. */
function endsOnTheLeft(node: Element, text: string): boolean {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(text);
    if (at < 0) continue;
    const box = (offset: number) => {
      const range = document.createRange();
      range.setStart(n!, offset);
      range.setEnd(n!, offset + 1);
      return range.getBoundingClientRect();
    };
    return box(at + text.length - 1).left < box(at).left;
  }
  throw new Error(`"${text}" is not shown`);
}

describe('<co-skill-offer> with words written right to left', () => {
  it('shows them in their own direction in the directory', async () => {
    const el = await fixture<CoSkillOffer>(
      html`<co-skill-offer
        storage="memory"
        view="directory"
        space=${freshSpace()}
      ></co-skill-offer>`,
    ).then(settled);
    await el.addOffer({ name, experience, skills: ['cooking'], consentShare: true });
    await waitUntil(() => el.shadowRoot!.querySelector('.offer'), 'the offer is listed');
    expect(endsOnTheLeft($(el, '.offer .h-sub'), name), 'the name').to.be.true;
    expect(endsOnTheLeft($(el, '.offer .own-words'), experience), 'their experience').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('types and reviews them in their own direction', async () => {
    const el = await fixture<CoSkillOffer>(
      html`<co-skill-offer storage="memory" space=${freshSpace()}></co-skill-offer>`,
    ).then(settled);
    await typeInto(el, '#f-name', name);
    await typeInto(el, '#f-experience', experience);
    for (const field of ['#f-name', '#f-experience'])
      expect(getComputedStyle($(el, field)).unicodeBidi, field).to.equal('plaintext');
    await click(el, '#f-skills--cooking');
    await el.submit();
    await waitUntil(() => focused(el)?.id === 'review-title', 'the review');
    const answers = $$(el, '[part=answers] dd');
    const holding = (text: string) => answers.find((dd) => dd.textContent!.includes(text))!;
    expect(endsOnTheLeft(holding(name), name), 'the name').to.be.true;
    expect(endsOnTheLeft(holding(experience), experience), 'their experience').to.be.true;
  });
});
