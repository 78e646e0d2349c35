// The health check's nef and SCIE frameworks load by import() only on a page that names them
// (issue #13, "Lighter"). In its own file, so that the first test sees a default page's loads;
// the tests run in order, since a preset that has arrived once stays (as on a real page).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { healthParts } from '../../../src/components/health-check/health-parts.js';
import type { CoHealthCheck } from '../../../src/components/health-check/health-check.js';
import type { Rating } from '../../../src/components/health-check/model.js';
import {
  expectPartUnavailable,
  requested,
  whilePartFails,
  whilePartIsLate,
} from '../lazy-part-checks.js';
import {
  $,
  $$,
  answered,
  checkFixture,
  freshSpace,
  seededData,
  SMALL,
  storeWith,
  text,
} from './helpers.js';
import { nefAnswersCsv, nefResultsCsv } from './nef-exports.js';

const nefFile = 'health-check/preset-nef';
const scieFile = 'health-check/preset-scie';
/** A statement of each preset, as a person reads it. */
const walesStatement = 'We ask everyone what they are good at.';
const nefStatement = 'We see people as having a lot to give, not just needs.';
const scieStatement = 'Everyone has a say, and each say counts the same.';

const nefIds = ['assets', 'skills', 'mutual', 'peers', 'roles', 'enable'].flatMap((p) => [
  `${p}-1`,
  `${p}-2`,
]);
/** Ratings of every nef statement from `base` round the scale; the fourth is "I don't know". */
const nefRatings = (base: number): Record<string, Rating> =>
  Object.fromEntries(
    nefIds.map((id, i) => [id, i === 3 ? 'dont-know' : ((((base + i) % 5) + 1) as Rating)]),
  );
/** Two rounds of nef answers, both groups in the latest: what the expected tables were made from. */
const nefData = () =>
  seededData(
    [
      ...answered('community', nefRatings(0), 3, {
        ladder: 'co-production',
        comments: { assets: 'More "tea", =1+1' },
      }),
      ...answered('professional', nefRatings(2), 3, { ladder: 'dont-know' }),
      ...answered('community', nefRatings(4), 1, { round: 1 }),
    ],
    { rounds: 2 },
  );

/** A check that is not yet on the page, for a test that watches what happens when it is. */
function unplacedCheck(framework: string, space: string, data = seededData([])): CoHealthCheck {
  const el = document.createElement('co-health-check');
  el.setAttribute('framework', framework);
  el.space = space;
  el.store = storeWith(space, data);
  return el;
}

/** What the store holds for the check (after every change is saved). */
const saved = async (el: CoHealthCheck) => (await el.exportJson()).data;

describe('<co-health-check> presets loaded when a page names them', () => {
  it('a default page asks the Wales questions at once and never downloads nef or SCIE', async () => {
    const el = await checkFixture(
      html`<co-health-check storage="memory" space=${freshSpace()}></co-health-check>`,
    );
    expect(text(el)).to.include(walesStatement);
    expect($$(el, 'fieldset.statement')).to.have.length(15);
    expect(requested(nefFile)).to.be.false;
    expect(requested(scieFile)).to.be.false;
  });

  it('when nef cannot load: words, co-error part-unavailable, no form and nothing saved', async () => {
    await whilePartFails(healthParts, 'nef', async () => {
      const space = freshSpace();
      const stored = nefData();
      const el = unplacedCheck('nef', space, stored);
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      await expectPartUnavailable(el, () => box.append(el));
      await el.ready;
      expect(text(el)).to.include('The statements for this check could not be loaded');
      // Neither Wales' statements nor a form to send under their ids.
      expect(text(el)).to.not.include(walesStatement);
      expect($(el, '[part="form"]')).to.equal(null);
      expect(el.framework.principles).to.deep.equal([]);
      expect(await el.submit()).to.be.false;
      let refused: unknown;
      await el.exportCsv('answers').catch((error: unknown) => (refused = error));
      expect(refused).to.be.instanceOf(Error);
      // The answers stored for nef are as they were.
      expect(await saved(el)).to.deep.equal(stored);
    });
  });

  it('while nef is on its way: "Loading…", no form, stored answers kept; then nef', async () => {
    await whilePartIsLate(healthParts, 'nef', async ({ arrive, asked }) => {
      const space = freshSpace();
      const stored = nefData();
      const el = unplacedCheck('nef', space, stored);
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.append(el);
      await waitUntil(() => asked() && $(el, '.preset-coming'), 'the element waits for nef');
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      let ready = false;
      void el.ready.then(() => (ready = true));
      const answers = el.exportCsv('answers');

      expect(requested(nefFile), 'nef is not here until it arrives').to.be.false;
      expect($(el, '.preset-coming')!.textContent).to.equal('Loading…');
      expect($(el, '#check-title')!.textContent).to.equal('How well are we working together?');
      expect(text(el)).to.not.include(walesStatement);
      expect($(el, '[part="form"]')).to.equal(null);
      expect(await el.submit()).to.be.false;
      expect(await saved(el)).to.deep.equal(stored);
      expect(ready, 'ready waits for nef').to.be.false;
      await expect(el).to.be.accessible();

      arrive();
      await el.ready;
      await el.updateComplete;
      observer.disconnect();
      expect(requested(nefFile)).to.be.true;
      expect(text(el)).to.include("nef's six parts of co-production");
      expect(text(el)).to.include(nefStatement);
      expect($$(el, 'fieldset.statement')).to.have.length(12);
      expect(seen.filter((shown) => shown.includes(walesStatement))).to.deep.equal([]);
      // exportCsv() asked while nef was on its way waited for it.
      expect(await answers).to.equal(nefAnswersCsv);
      expect(await saved(el)).to.deep.equal(stored);
      await expect(el).to.be.accessible();
    });
  });

  it("a nef check's exports are what they were before nef loaded by import()", async () => {
    const space = freshSpace();
    const stored = nefData();
    const el = await checkFixture(
      html`<co-health-check
        space=${space}
        framework="nef"
        .store=${storeWith(space, stored)}
      ></co-health-check>`,
    );
    expect(await el.exportCsv('answers')).to.equal(nefAnswersCsv);
    expect(await el.exportCsv('results')).to.equal(nefResultsCsv);
    const envelope = await el.exportJson();
    expect(envelope.kind).to.equal('health-check');
    expect(envelope.data).to.deep.equal(stored);
  });

  it("a Welsh nef page shows nef's statements in Welsh", async () => {
    const el = await checkFixture(
      html`<div lang="cy">
        <co-health-check storage="memory" space=${freshSpace()} framework="nef"></co-health-check>
      </div>`,
    );
    expect(el.language).to.equal('cy');
    expect(text(el)).to.include('Chwe rhan cydgynhyrchu nef');
    expect(text(el)).to.include(
      "Rydyn ni'n gweld bod gan bobl lawer i'w roi, nid dim ond anghenion.",
    );
    expect(text(el)).to.not.include(nefStatement);
    await expect(el).to.be.accessible();
  });

  it('a second nef check on the page has its statements at once', async () => {
    const el = unplacedCheck('nef', freshSpace());
    // Read before it is even on the page: nef has arrived already.
    expect(el.framework.principles).to.have.length(6);
  });

  it('switches from Wales to SCIE at run time, by property or attribute, keeping what was typed', async () => {
    const el = await checkFixture(
      html`<co-health-check
        storage="memory"
        space=${freshSpace()}
        participant-group="community"
      ></co-health-check>`,
    );
    $<HTMLInputElement>(el, 'input[data-statement="strengths-1"][value="4"]')!.click();
    await el.updateComplete;
    expect(requested(scieFile)).to.be.false;

    await whilePartIsLate(healthParts, 'scie', async ({ arrive, asked }) => {
      el.framework = 'scie' as never; // a page's script sets a preset's name, as the attribute
      await waitUntil(() => asked() && $(el, '.preset-coming'), 'the element waits for SCIE');
      expect($(el, '[part="form"]'), 'no Wales form while SCIE is on its way').to.equal(null);
      await expect(el).to.be.accessible();
      arrive();
      await el.updateComplete;
    });
    expect(requested(scieFile)).to.be.true;
    expect(text(el)).to.include("SCIE's four principles of co-production");
    expect(text(el)).to.include(scieStatement);
    expect($$(el, 'fieldset.statement')).to.have.length(12);

    // Back to Wales by attribute: at once, and the rating given before is still there.
    el.setAttribute('framework', 'wales');
    await el.updateComplete;
    expect($(el, '.preset-coming')).to.equal(null);
    expect($$(el, 'fieldset.statement')).to.have.length(15);
    expect($<HTMLInputElement>(el, 'input[data-statement="strengths-1"][value="4"]')!.checked).to.be
      .true;
    // JSON text set as the property is read as the attribute would be.
    el.framework = SMALL as never;
    await el.updateComplete;
    expect($$(el, 'fieldset.statement')).to.have.length(3);
  });
});
