// The health check's results view, facilitator panel and CSV tables load by import() when first shown
// (issue #13, "Lighter"). In its own file, so that the first test sees the page's first load.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { healthParts } from '../../../src/components/health-check/health-parts.js';
import { expectPartUnavailable, whilePartFails } from '../lazy-part-checks.js';
import {
  $,
  announced,
  answered,
  button,
  checkFixture,
  focused,
  freshSpace,
  seededData,
  SMALL,
  storeWith,
} from './helpers.js';

const small = { 'power-1': 3, 'power-2': 3, 'value-1': 3 } as const;
const requested = (part: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes(`/health-check/${part}`));

/** A facilitator's check over three community answers, in a space of its own. */
async function facilitatorCheck() {
  const space = freshSpace();
  const el = await checkFixture(
    html`<co-health-check
      space=${space}
      framework=${SMALL}
      .store=${storeWith(space, seededData(answered('community', small, 3)))}
      facilitator
    ></co-health-check>`,
  );
  return { el, space };
}

describe('<co-health-check> parts loaded when first shown', () => {
  it('loads the results view only once they are revealed: they arrive, the change is said', async () => {
    const space = freshSpace();
    const store = storeWith(space, seededData(answered('community', small, 3)));
    const el = await checkFixture(
      html`<co-health-check space=${space} framework=${SMALL} .store=${store}></co-health-check>`,
    );
    expect(requested('results-part')).to.be.false;
    expect(requested('facilitator-panel')).to.be.false;

    el.reveal(true);
    await el.updateComplete;
    expect(requested('results-part')).to.be.true;
    expect($(el, '.results-coming')).to.equal(null);
    expect($(el, '[part="results"]')!.textContent).to.contain('Results: round 1');
    expect(announced(el)).to.equal('The results are shown to everyone.');
    // results.styles.ts came with the view.
    expect(getComputedStyle($(el, '[part="results"]')!).marginBlockStart).to.not.equal('0px');
    await expect(el).to.be.accessible();
  });

  it('loads the facilitator panel for a facilitator; its buttons work from the keyboard', async () => {
    const { el } = await facilitatorCheck();
    expect(requested('facilitator-panel')).to.be.true;
    expect(requested('health-downloads')).to.be.false;
    // Its styles came with it: the panel is set apart by a dashed edge, as wide as the form.
    const panel = getComputedStyle(el.shadowRoot!.querySelector('.facilitator')!);
    expect(panel.borderTopStyle).to.equal('dashed');
    expect(panel.maxInlineSize).to.equal('768px'); // 48rem, the form's measure
    button(el, 'Show the results to everyone')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.storageController.data.settings.revealed).to.be.true;
    expect(focused(el)?.textContent?.trim()).to.equal('Hide the results');
    await expect(el).to.be.accessible();
  });

  it('says so in words and with co-error when the results cannot load; answering goes on', async () => {
    await whilePartFails(healthParts, 'results', async () => {
      const space = freshSpace();
      const store = storeWith(space, seededData(answered('community', small, 3)));
      const el = await checkFixture(
        html`<co-health-check
          space=${space}
          framework=${SMALL}
          .store=${store}
          participant-group="professional"
        ></co-health-check>`,
      );
      await expectPartUnavailable(el, () => el.reveal(true));
      // The results' room is given back rather than left empty.
      expect($(el, '.results-coming')).to.equal(null);
      expect($(el, '[part="form"]')).to.not.equal(null);
    });
  });

  it('says so when the facilitator panel cannot load', async () => {
    await whilePartFails(healthParts, 'facilitator', async () => {
      const space = freshSpace();
      const el = await checkFixture(
        html`<co-health-check
          space=${space}
          framework=${SMALL}
          .store=${storeWith(space, seededData([]))}
        ></co-health-check>`,
      );
      await expectPartUnavailable(el, () => (el.facilitator = true));
    });
  });

  it('loads the tables when a facilitator first downloads; files are named as every record is', async () => {
    const { el, space } = await facilitatorCheck();
    expect(requested('health-downloads')).to.be.false;
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      for (const [label, count] of [
        ['Answers (CSV)', 1],
        ['Results (CSV)', 2],
        ['Everything (JSON)', 3],
      ] as const) {
        button(el, label)!.click();
        await waitUntil(() => names.length === count, `${label} downloaded`, { timeout: 3000 });
      }
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(requested('health-downloads')).to.be.true;
    const day = String.raw`\d{4}-\d{2}-\d{2}`;
    expect(names[0]).to.match(new RegExp(`^${space}-health-check-main-answers-${day}\\.csv$`));
    expect(names[1]).to.match(new RegExp(`^${space}-health-check-main-results-${day}\\.csv$`));
    expect(names[2]).to.match(new RegExp(`^${space}-health-check-main-${day}\\.json$`));
    await expect(el).to.be.accessible();
  });

  it('says so when the tables cannot load: a facilitator download and exportCsv()', async () => {
    await whilePartFails(healthParts, 'downloads', async () => {
      const { el } = await facilitatorCheck();
      await expectPartUnavailable(el, () => button(el, 'Results (CSV)')!.click());
      let refused: unknown;
      await el.exportCsv('results').catch((error: unknown) => (refused = error));
      expect(refused).to.be.instanceOf(Error);
      // The check goes on: the panel is still there.
      expect(button(el, 'Show the results to everyone')).to.not.equal(undefined);
    });
  });
});
