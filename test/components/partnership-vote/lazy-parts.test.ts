// The vote's results and facilitator panel load by import() when first shown, and a ranked
// or graded vote's ballot and count when such a vote is shown (issue #13, "Lighter"). In its
// own file, so that the first test sees the page's first load of each part.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { voteParts } from '../../../src/components/partnership-vote/vote-parts.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { expectPartUnavailable, whilePartFails } from '../lazy-part-checks.js';
import { $, $$, chose, focused, freshSpace, storeWith, text, voteFixture } from './helpers.js';

const AB = '["A","B"]';
const requested = (part: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes(`/partnership-vote/${part}`));

describe('<co-partnership-vote> parts loaded when first shown', () => {
  it('loads the results only once a person has voted: they arrive, focus is on the confirmation', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        question="What first?"
        options=${AB}
        participant-group="community"
      ></co-partnership-vote>`,
    );
    expect(requested('results-part')).to.be.false;
    expect(requested('facilitator-panel')).to.be.false;
    // A single-choice vote checks and counts its ballots without the ranked and graded code.
    expect(requested('ranked-part')).to.be.false;
    expect(requested('grades-part')).to.be.false;
    expect($(el, '.results')).to.equal(null);

    $(el, '#choice-1')!.focus();
    await sendKeys({ press: 'Space' });
    $(el, '[part="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'voted-title', 'focus moves to the confirmation');
    expect(requested('results-part')).to.be.true;
    // Focus went to the confirmation only once the results were in place below it.
    expect($(el, '[part="results"] .outcome')!.textContent).to.contain('B');
    expect($(el, '.results-coming')).to.equal(null);
    expect(focused(el)?.textContent).to.contain('Your vote has been counted');
    expect(text(el)).to.contain('How this result was worked out');
    await expect(el).to.be.accessible();
  });

  it('shows the results with their styles and English explanation when they are shown at once', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${storeWith(space, [...chose('community', 'A'), ...chose('professional', 'B')])}
        options=${AB}
        results="always"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    const outcome = $(el, '.outcome')!;
    expect(outcome.dataset.outcome).to.equal('tie');
    // results.styles.ts came with the part: the outcome is set apart as the styles say.
    expect(getComputedStyle(outcome).fontSize).to.not.equal(getComputedStyle(el).fontSize);
    expect($(el, '.explanation')!.textContent).to.not.contain('explain.');
    await expect(el).to.be.accessible();
  });

  it('loads the facilitator panel, with its reset dialog, when a facilitator opens the vote', async () => {
    const space = freshSpace();
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${space}
        .store=${new MemoryStore()}
        options=${AB}
        facilitator
      ></co-partnership-vote>`,
    );
    expect(requested('facilitator-panel')).to.be.true;
    // The tables' code and words wait until a table is asked for.
    expect(requested('vote-downloads')).to.be.false;
    expect(await el.exportCsv('results')).to.match(/^\uFEFF?Option,/);
    expect(requested('vote-downloads')).to.be.true;
    // The panel's styles came with it (core/ui/facilitator-panel.ts): a dashed box.
    expect(getComputedStyle($(el, '.facilitator')!).borderTopStyle).to.equal('dashed');
    $(el, '#facilitator-title')!.focus();
    expect(focused(el)?.id).to.equal('facilitator-title');
    await expect(el).to.be.accessible();

    // The reset dialog came with the panel, its styles too: it opens, and focus returns.
    const reset = $<HTMLButtonElement>(el, '#reset-button')!;
    reset.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(el, '#reset-dialog')!;
    expect(dialog.open).to.be.true;
    expect(getComputedStyle(dialog).borderTopWidth).to.equal('2px');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused(el) === reset, 'focus returns to the reset button');
  });

  it('loads a ranked ballot with the element: in place once it has updated, worked by keys', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options='["A","B","C"]'
        method="ranked"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    expect(requested('ranked-part')).to.be.true;
    expect(requested('grades-part')).to.be.false;
    expect($(el, '.ballot-coming')).to.equal(null);
    const rows = $$(el, '.rank-row');
    expect(rows).to.have.length(3);
    // ranked.styles.ts came with the part.
    expect(getComputedStyle(rows[0]).display).to.equal('flex');
    await expect(el).to.be.accessible();

    $(el, '#rank-2-up')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[data-option="2"]')?.dataset.position === '1', 'C ranked first');
    expect(focused(el)?.id).to.equal('rank-2-up');
    expect(await el.submit()).to.equal(true);
    expect(el.tally().winners).to.deep.equal(['C']);
  });

  it('loads a graded ballot with the element, and its count for the results', async () => {
    const el = await voteFixture(
      html`<co-partnership-vote
        space=${freshSpace()}
        .store=${new MemoryStore()}
        options=${AB}
        method="grades"
        results="always"
        participant-group="community"
      ></co-partnership-vote>`,
    );
    expect(requested('grades-part')).to.be.true;
    expect($$(el, 'fieldset.grades')).to.have.length(2);
    expect(getComputedStyle($(el, 'fieldset.grades legend')!).fontWeight).to.equal('700');
    $(el, '#grade-0-0')!.click();
    $(el, '#grade-1-2')!.click();
    expect(await el.submit()).to.equal(true);
    expect($(el, '[part="results"] .grades-table')).to.not.equal(null);
    expect(el.tally().grades!.map((entry) => entry.median)).to.deep.equal([0, 2]);
    await expect(el).to.be.accessible();
  });

  for (const method of ['ranked', 'grades'] as const) {
    it(`says so when a ${method} ballot cannot load: no empty room, no results, no tally`, async () => {
      await whilePartFails(voteParts, method, async () => {
        const el = await voteFixture(
          html`<co-partnership-vote
            space=${freshSpace()}
            .store=${new MemoryStore()}
            options=${AB}
            results="always"
            participant-group="community"
          ></co-partnership-vote>`,
        );
        await expectPartUnavailable(el, () => (el.method = method));
        expect($(el, '.ballot-coming')).to.equal(null);
        expect($(el, '.results-coming')).to.equal(null);
        expect($(el, 'form.ballot')).to.equal(null);
        expect(() => el.tally()).to.throw(Error, `the ${method} count has not loaded`);
        expect(await el.submit()).to.equal(false);
        expect(el.ballots).to.have.length(0);
      });
    });
  }

  it('says so in words and with co-error when the results cannot load; voting goes on', async () => {
    await whilePartFails(voteParts, 'results', async () => {
      const el = await voteFixture(
        html`<co-partnership-vote
          space=${freshSpace()}
          .store=${new MemoryStore()}
          options=${AB}
          participant-group="community"
        ></co-partnership-vote>`,
      );
      $(el, '#choice-0')!.click();
      await expectPartUnavailable(el, () => void el.submit());
      // The results' room is given back rather than left empty.
      expect($(el, '.results-coming')).to.equal(null);
      expect(text(el)).to.contain('Your vote has been counted');
      expect(el.ballots).to.have.length(1);
      await waitUntil(() => focused(el)?.id === 'voted-title', 'focus on the confirmation');
    });
  });

  it('says so when the facilitator panel cannot load', async () => {
    await whilePartFails(voteParts, 'facilitator', async () => {
      const el = await voteFixture(
        html`<co-partnership-vote
          space=${freshSpace()}
          .store=${new MemoryStore()}
          options=${AB}
        ></co-partnership-vote>`,
      );
      await expectPartUnavailable(el, () => (el.facilitator = true));
    });
  });

  it('says so when the tables cannot load: a facilitator download and exportCsv()', async () => {
    await whilePartFails(voteParts, 'downloads', async () => {
      const el = await voteFixture(
        html`<co-partnership-vote
          space=${freshSpace()}
          .store=${new MemoryStore()}
          options=${AB}
          facilitator
        ></co-partnership-vote>`,
      );
      const ballots = $$<HTMLButtonElement>(el, 'button').find((b) =>
        b.textContent!.includes('Ballots (CSV)'),
      )!;
      await expectPartUnavailable(el, () => ballots.click());
      let refused: unknown;
      await el.exportCsv().catch((error: unknown) => (refused = error));
      expect(refused).to.be.instanceOf(Error);
      // The vote goes on: the panel is still there, and a ballot can be cast.
      expect($(el, '#facilitator-title')).to.exist;
    });
  });
});
