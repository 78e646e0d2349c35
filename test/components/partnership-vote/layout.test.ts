import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CoPartnershipVote } from '../../../src/components/partnership-vote/partnership-vote.js';
import type { Ballot } from '../../../src/core/parity.js';
import { $, $$, freshSpace, storeWith, voteFixture } from './helpers.js';

// Long labels, as a real question has them (the Welsh one is longer still).
const options = JSON.stringify([
  {
    id: 'evenings',
    label: {
      en: 'Open the library later on weekday evenings',
      cy: "Agor y llyfrgell yn hwyrach ar nosweithiau'r wythnos",
    },
  },
  { id: 'saturdays', label: { en: 'Open on Saturday mornings', cy: 'Agor ar fore Sadwrn' } },
]);

const ballots: Ballot[] = [
  ...Array.from({ length: 10 }, () => ({ group: 'community', marks: { evenings: 1 } })),
  ...Array.from({ length: 2 }, () => ({ group: 'professional', marks: { saturdays: 1 } })),
];

async function results(lang = 'en', dir = 'ltr'): Promise<CoPartnershipVote> {
  const space = freshSpace();
  const el = await voteFixture(
    html`<div lang=${lang} dir=${dir}>
      <co-partnership-vote
        space=${space}
        .store=${storeWith(space, ballots)}
        options=${options}
        results="always"
        question="What should the library change first?"
      ></co-partnership-vote>
    </div>`,
  );
  $<HTMLInputElement>(el, '#show-raw')!.click();
  await el.updateComplete;
  return el;
}

/** Labels whose box reaches outside the chart's (what a person sees cut off: "Ope", "eve"). */
function clippedLabels(el: CoPartnershipVote): string[] {
  const chart = $(el, '.chart')!.getBoundingClientRect();
  return $$(el, '.chart-label')
    .filter((label) => {
      const box = label.getBoundingClientRect();
      return box.left < chart.left - 1 || box.right > chart.right + 1;
    })
    .map((label) => label.textContent!.trim());
}

/** Pairs of a label and a bar drawn over each other. */
function overlaps(el: CoPartnershipVote): number {
  const labels = $$(el, '.chart-label').map((n) => n.getBoundingClientRect());
  const bars = $$(el, '.chart .track').map((n) => n.getBoundingClientRect());
  return labels.filter((a) =>
    bars.some(
      (b) => a.top < b.bottom - 1 && b.top < a.bottom - 1 && a.left < b.right && b.left < a.right,
    ),
  ).length;
}

describe('<co-partnership-vote> results chart layout', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'cy']) {
    it(`shows every label whole at 320 px, and the page does not scroll sideways (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await results(lang);
      expect(clippedLabels(el)).to.deep.equal([]);
      expect(overlaps(el)).to.equal(0);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('shows every label whole on a right-to-left page', async () => {
    await setViewport({ width: 1000, height: 700 });
    const el = await results('en', 'rtl');
    expect(clippedLabels(el)).to.deep.equal([]);
    const chart = $(el, '.chart')!.getBoundingClientRect();
    // The labels start at the right, where right-to-left reading starts.
    for (const label of $$(el, '.chart-label')) {
      expect(chart.right - label.getBoundingClientRect().right).to.be.below(2);
    }
    await expect(el).to.be.accessible();
  });

  it('grows with 200 % text without the labels running into the bars', async () => {
    await setViewport({ width: 1000, height: 700 });
    document.documentElement.style.fontSize = '200%';
    const el = await results();
    expect(overlaps(el)).to.equal(0);
    expect(clippedLabels(el)).to.deep.equal([]);
    const label = $(el, '.chart-label')!;
    const bar = $(el, '.chart .track')!;
    // The bar is as tall as a line of the larger text, not a fixed 22 px.
    expect(bar.getBoundingClientRect().height).to.be.at.least(
      parseFloat(getComputedStyle(label).fontSize),
    );
  });
});
