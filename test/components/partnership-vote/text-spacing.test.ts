import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Ballot } from '../../../src/core/parity.js';
import { $, chose, freshSpace, storeWith, voteFixture } from './helpers.js';
import { overflowing, widenText } from '../text-spacing-checks.js';

// WCAG 1.4.4 and 1.4.12 (text-spacing-checks.ts): the ballot, the results and the facilitator's
// panel keep long words on a phone's screen.
let restore = () => {};

const options = JSON.stringify([
  { id: 'saturdays', label: { en: 'Saturday mornings', cy: 'Bore Sadwrn' } },
  { id: 'evenings', label: { en: 'Weekday evenings', cy: 'Nosweithiau yn ystod yr wythnos' } },
]);

const ballots: Ballot[] = [
  ...chose('community', 'saturdays', 3),
  ...chose('professional', 'evenings'),
];

async function vote(lang: string, attributes: { facilitator?: boolean; closed?: boolean }) {
  const space = freshSpace();
  return voteFixture(
    html`<div lang=${lang}>
      <co-partnership-vote
        space=${space}
        .store=${storeWith(space, ballots)}
        options=${options}
        question="Pryd ddylai'r sesiwn galw heibio agor?"
        results="always"
        ?facilitator=${attributes.facilitator}
        ?closed=${attributes.closed}
      ></co-partnership-vote>
    </div>`,
  );
}

describe('<co-partnership-vote> with 200 % text and wide text spacing on a phone', () => {
  beforeEach(() => setViewport({ width: 360, height: 740 }));
  afterEach(async () => {
    restore();
    restore = () => {};
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'cy']) {
    it(`keeps the ballot and the results inside the screen (${lang})`, async () => {
      const el = await vote(lang, {});
      await waitUntil(() => $(el, '.results'), 'the results arrive');
      restore = widenText(el);
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    });

    it(`keeps the facilitator's panel and the final results inside the screen (${lang})`, async () => {
      const el = await vote(lang, { facilitator: true, closed: true });
      await waitUntil(() => $(el, '.facilitator') && $(el, '.results'), 'the panel arrives');
      restore = widenText(el);
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
    });
  }
});
