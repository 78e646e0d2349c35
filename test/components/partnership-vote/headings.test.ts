import { expect, html } from '@open-wc/testing';
import type { CoPartnershipVote } from '../../../src/components/partnership-vote/partnership-vote.js';
import { $, $$, button, chose, freshSpace, storeWith, voteFixture } from './helpers.js';

/** Each heading as `hN text`, in document order. */
const outline = (el: CoPartnershipVote) =>
  $$(el, 'h1, h2, h3, h4, h5, h6').map(
    (h) => `${h.localName} ${h.textContent!.replace(/\s+/g, ' ').trim()}`,
  );

async function vote(level?: string) {
  const space = freshSpace();
  const el = await voteFixture(
    html`<co-partnership-vote
      space=${space}
      .store=${storeWith(space, [...chose('community', 'A', 3), ...chose('professional', 'B')])}
      options='["A","B"]'
      question="Which first?"
      results="always"
      participant-group="community"
      facilitator
    ></co-partnership-vote>`,
  );
  if (level) {
    el.setAttribute('heading-level', level);
    await el.updateComplete;
  }
  return el;
}

describe('<co-partnership-vote> heading-level', () => {
  it('puts its headings at h2 and h3 by default', async () => {
    const el = await vote();
    expect(outline(el)).to.deep.equal([
      'h2 Run the vote',
      'h3 Download',
      'h2 Delete every ballot and start again?',
      'h2 Which first?',
      'h2 Results so far',
      'h3 How this result was worked out',
    ]);
  });

  it('follows heading-level="4": main headings h4, sub-headings h5, in every state', async () => {
    const el = await vote('4');
    expect(outline(el).map((h) => h.slice(0, 2))).to.deep.equal([
      'h4',
      'h5',
      'h4',
      'h4',
      'h4',
      'h5',
    ]);

    // A ballot sent with nothing marked: the error summary is a sub-heading.
    button(el, 'Cast my vote')!.click();
    await el.updateComplete;
    expect($(el, '#error-summary-title')!.localName).to.equal('h5');

    $<HTMLInputElement>(el, 'input[name="choice"]')!.click();
    button(el, 'Cast my vote')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect($(el, '#voted-title')!.localName).to.equal('h4');
    expect(outline(el).every((h) => /^h[45] /.test(h))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('looks the same at any level', async () => {
    const el = await vote();
    const size = getComputedStyle($(el, '#results-title')!).fontSize;
    el.headingLevel = 6;
    await el.updateComplete;
    expect($(el, '#results-title')!.localName).to.equal('h6');
    expect(getComputedStyle($(el, '#results-title')!).fontSize).to.equal(size);
  });
});
