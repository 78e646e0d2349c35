// On a Welsh page the journey map's dialogs loaded by import() bring their Welsh words with
// them (issue #13, "Lighter"). In its own file, so that no earlier test has loaded a part's words.
import { expect, waitUntil } from '@open-wc/testing';
import { expectPartInWelsh } from '../lazy-part-checks.js';
import { cell, focused, makeMap, openDialog, press, smallMap } from './helpers.js';

describe('<co-journey-map> dialogs on a Welsh page', () => {
  it("a cell's notes and a stage's settings open with their Welsh words", async () => {
    const { el } = await makeMap({ data: smallMap(), lang: 'cy' });
    expect(el.language).to.equal('cy');
    await expectPartInWelsh(
      el,
      async () => {
        cell(el, 'doing', 'a').focus();
        await press('Enter');
        await openDialog(el, 'notes-dialog');
      },
      {
        welshFile: '/journey-map/notes-messages-cy',
        welsh: 'Ychwanegu’r nodyn',
        english: 'Add note',
      },
    );
    expect(focused(el)?.id).to.equal('note-text');
    await press('Escape');
    await waitUntil(() => focused(el) === cell(el, 'doing', 'a'), 'focus back on the cell');

    await expectPartInWelsh(
      el,
      async () => {
        cell(el, '', 'b').focus();
        await press('Enter');
        await openDialog(el, 'stage-dialog');
      },
      { welshFile: '/journey-map/stage-messages-cy', welsh: 'Cadw’r enw', english: 'Save name' },
    );
    expect(focused(el)?.closest('#stage-dialog')).to.not.equal(null);

    // The table's words come when it is first asked for, in Welsh on a Welsh page.
    const csv = await el.exportCsv();
    expect(csv.replace(/^\uFEFF/, '')).to.match(/^Rhif y cam,Cam,Rhes,Haen,Nodyn,/);
    const welshTable = performance
      .getEntriesByType('resource')
      .some((entry) => entry.name.includes('/journey-map/export-messages-cy'));
    expect(welshTable).to.be.true;
  });
});
