import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CoPartnershipVote } from '../../../src/components/partnership-vote/partnership-vote.js';
import type { Ballot } from '../../../src/core/parity.js';
import { $, chose, freshSpace, storeWith, voteFixture } from './helpers.js';

// WCAG 1.4.4 and 1.4.12: a person who sets text to 200 % and widens its spacing on a phone.
// Long Welsh words ("Canlyniadau", "gwasanaethau,") must wrap inside the vote, not run off the
// screen and scroll the page sideways. (A wide table may scroll in its own box.)
const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

let restore = () => {};

function widenText(el: CoPartnershipVote): void {
  const page = document.createElement('style');
  page.textContent = `html { font-size: 200% !important; } ${spacing}`;
  document.head.append(page);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(spacing);
  const root = el.shadowRoot!;
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  restore = () => {
    page.remove();
    root.adoptedStyleSheets = before;
  };
}

const scrollsItself = (node: Element) => /auto|scroll/.test(getComputedStyle(node).overflowX);

/** What sticks out past the element's right edge, by its text (outside any box that scrolls). */
function overflowing(el: CoPartnershipVote): string[] {
  const right = el.getBoundingClientRect().right;
  return (
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
      .filter((node) => !node.closest('.visually-hidden'))
      .filter((node) => {
        for (let up: Element | null = node; up; up = up.parentElement)
          if (scrollsItself(up)) return false;
        return true;
      })
      // Past the element's edge, or words running out of their own box (a heading, a button).
      .filter(
        (node) =>
          node.getBoundingClientRect().right > right + 1 ||
          (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1),
      )
      .map((node) => `${node.localName}: ${node.textContent!.trim().slice(0, 40)}`)
  );
}

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
      widenText(el);
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
    });

    it(`keeps the facilitator's panel and the final results inside the screen (${lang})`, async () => {
      const el = await vote(lang, { facilitator: true, closed: true });
      await waitUntil(() => $(el, '.facilitator') && $(el, '.results'), 'the panel arrives');
      widenText(el);
      expect(overflowing(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
    });
  }
});
