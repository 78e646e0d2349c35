// A cell's notes dialog and a stage's settings are loaded by import() the first time someone
// opens them. The first opening behaves as every later one: the part arrives, the dialog
// opens, focus lands where it always did, axe passes. This file is its own page, so nothing
// here has loaded a part before its test.
import { expect, waitUntil } from '@open-wc/testing';
import { mapParts } from '../../../src/components/journey-map/map-parts.js';
import { expectPartUnavailable, whilePartFails } from '../lazy-part-checks.js';
import {
  $,
  catchDownloads,
  cell,
  focused,
  makeMap,
  openDialog,
  press,
  smallMap,
} from './helpers.js';

const loaded = (file: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes(`/journey-map/${file}.`));

describe('<co-journey-map> parts loaded when first opened', () => {
  it("opens a cell's notes the first time by Enter: focus on the note field, axe passes", async () => {
    const { el } = await makeMap({ data: smallMap() });
    expect(loaded('notes-dialog'), 'not loaded with the map').to.be.false;
    expect(loaded('dialog-form.styles'), 'nor the dialogs’ CSS').to.be.false;
    expect($(el, '#notes-dialog')).to.equal(null);

    cell(el, 'doing', 'a').focus();
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    expect(loaded('notes-dialog'), 'loaded on opening').to.be.true;
    expect(focused(el)?.id).to.equal('note-text');
    // dialog-form.styles.ts came with the part: the modal is sized and framed (40rem, or the
    // window less 2rem), its field's label sits above the full-width text box.
    const dialog = $(el, '#notes-dialog')!;
    expect(dialog.getBoundingClientRect().width).to.be.closeTo(
      Math.min(40 * 16, window.innerWidth - 32),
      1,
    );
    expect(getComputedStyle(dialog).borderTopWidth).to.equal('2px');
    const label = dialog.querySelector<HTMLElement>('.field > label:not(.choice)')!;
    expect(getComputedStyle(label).display).to.equal('block');
    expect(getComputedStyle(label).fontWeight).to.equal('700');
    expect(getComputedStyle(dialog.querySelector('.dialog-foot')!).display).to.equal('flex');
    await expect(el).to.be.accessible();

    await press('Escape');
    await waitUntil(() => focused(el) === cell(el, 'doing', 'a'), 'focus back on the cell');
  });

  it("opens a stage's settings the first time, focus inside, and back on its header", async () => {
    const { el } = await makeMap({ data: smallMap() });
    expect(loaded('stage-dialog'), 'not loaded with the map').to.be.false;
    cell(el, '', 'b').focus();
    await press('Enter');
    await openDialog(el, 'stage-dialog');
    expect(focused(el)?.closest('#stage-dialog')).to.not.equal(null);
    // The same sheet serves both dialogs: adopted once, however many have loaded.
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    expect(new Set(sheets).size).to.equal(sheets.length);
    expect(getComputedStyle($(el, '.rename-stage label')!).display).to.equal('block');
    await expect(el).to.be.accessible();
    await press('Escape');
    await waitUntil(() => focused(el) === cell(el, '', 'b'), 'focus back on the stage');
  });

  it("says so when a stage's dialog cannot load, and goes on", async () => {
    await whilePartFails(mapParts, 'stage', async () => {
      const { el } = await makeMap({ data: smallMap() });
      cell(el, '', 'b').focus();
      await expectPartUnavailable(el, () => void press('Enter'));
      expect($(el, '#stage-dialog')).to.equal(null);
    });
  });

  it('loads the CSV and SVG downloads when first asked for; the JSON copy needs nothing later', async () => {
    const { el, space } = await makeMap({ data: smallMap() });
    const downloads = catchDownloads();
    try {
      $<HTMLButtonElement>(el, '[data-export="json"]')!.click();
      await waitUntil(() => downloads.files.length === 1, 'the JSON copy');
      expect(loaded('map-downloads'), 'not for the JSON copy').to.be.false;
      $<HTMLButtonElement>(el, '[data-export="csv"]')!.click();
      await waitUntil(() => downloads.files.length === 2, 'the CSV');
      expect(loaded('map-downloads')).to.be.true;
      expect(downloads.files[1].name).to.match(
        new RegExp(`^${space}-journey-map-main-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
      );
      expect(await downloads.text(1)).to.contain('Stage number,Stage,Lane,Layer,Note');
    } finally {
      downloads.stop();
    }
    await expect(el).to.be.accessible();
  });

  it('says so when the downloads cannot load; the JSON copy still downloads', async () => {
    await whilePartFails(mapParts, 'downloads', async () => {
      const { el } = await makeMap({ data: smallMap() });
      const downloads = catchDownloads();
      try {
        await expectPartUnavailable(el, () =>
          $<HTMLButtonElement>(el, '[data-export="csv"]')!.click(),
        );
        let refused: unknown;
        await el.exportCsv().catch((error: unknown) => (refused = error));
        expect(refused).to.be.instanceOf(Error);
        expect(downloads.files).to.have.length(0);
        $<HTMLButtonElement>(el, '[data-export="json"]')!.click();
        await waitUntil(() => downloads.files.length === 1, 'the JSON copy');
      } finally {
        downloads.stop();
      }
    });
  });
});
