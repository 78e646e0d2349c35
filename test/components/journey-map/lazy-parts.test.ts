// A cell's notes dialog and a stage's settings are loaded by import() the first time someone
// opens them. The first opening behaves as every later one: the part arrives, the dialog
// opens, focus lands where it always did, axe passes. This file is its own page, so nothing
// here has loaded a part before its test.
import { expect, waitUntil } from '@open-wc/testing';
import { $, cell, focused, makeMap, openDialog, press, smallMap } from './helpers.js';

const loaded = (file: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes(`/journey-map/${file}.`));

describe('<co-journey-map> parts loaded when first opened', () => {
  it("opens a cell's notes the first time by Enter: focus on the note field, axe passes", async () => {
    const { el } = await makeMap({ data: smallMap() });
    expect(loaded('notes-dialog'), 'not loaded with the map').to.be.false;
    expect($(el, '#notes-dialog')).to.equal(null);

    cell(el, 'doing', 'a').focus();
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    expect(loaded('notes-dialog'), 'loaded on opening').to.be.true;
    expect(focused(el)?.id).to.equal('note-text');
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
    await expect(el).to.be.accessible();
    await press('Escape');
    await waitUntil(() => focused(el) === cell(el, '', 'b'), 'focus back on the stage');
  });
});
