// What someone types in the notes dialog and does not send stays when the dialog closes
// (Done, Escape): "nothing typed is lost" holds for a closed dialog too.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CoJourneyMap } from '../../../src/components/journey-map/journey-map.js';
import {
  button,
  cell,
  dialog,
  makeMap,
  openDialog,
  press,
  saved,
  smallMap,
  type,
  where,
} from './helpers.js';

/**
 * Closes the notes dialog and waits until the element has dealt with it (focus back on the
 * cell), so the next step does not race the dialog's close event.
 */
async function closing(el: CoJourneyMap, close: () => unknown): Promise<void> {
  const closed = oneEvent(dialog(el, 'notes-dialog'), 'close');
  await close();
  await closed;
  await el.updateComplete;
  await el.updateComplete;
}

const text = (el: CoJourneyMap) =>
  dialog(el, 'notes-dialog').querySelector<HTMLTextAreaElement>('#note-text')!;

describe('<co-journey-map> notes not sent', () => {
  it('keeps a note typed and not added when Done closes the dialog, for that cell only', async () => {
    const { el, store, space } = await makeMap({ data: smallMap() });
    cell(el, 'thinking', 'a').focus();
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    await type('Am I even allowed to apply?');
    await closing(el, () => button(dialog(el, 'notes-dialog'), 'Done').click());
    await waitUntil(() => where(el) === 'thinking|a', 'focus back on the cell');
    expect(Object.values((await saved(el, store, space)).notes)).to.have.length(2);

    // Another cell starts empty.
    cell(el, 'thinking', 'b').focus();
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    expect(dialog(el, 'notes-dialog').querySelector('h2')!.textContent).to.contain(
      'What they think: Applying',
    );
    expect(text(el).value).to.equal('');
    await closing(el, () => press('Escape'));
    await waitUntil(() => where(el) === 'thinking|b', 'focus back on the cell');

    // The first cell has the words back, and adding them works as before.
    cell(el, 'thinking', 'a').focus();
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    expect(text(el).value).to.equal('Am I even allowed to apply?');
    expect(where(el)).to.equal('#note-text');
    await expect(el).to.be.accessible();
    button(dialog(el, 'notes-dialog'), 'Add note').click();
    await el.updateComplete;
    expect(text(el).value).to.equal('');
    await closing(el, () => press('Escape'));
    await waitUntil(() => where(el) === 'thinking|a', 'focus back on the cell');
    expect(cell(el, 'thinking', 'a').textContent).to.contain('Am I even allowed to apply?');

    // Sent, so nothing comes back the next time.
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    expect(text(el).value).to.equal('');
  });

  it('keeps a change to a note that Escape closed, still a change to that note', async () => {
    const { el } = await makeMap({ data: smallMap() });
    cell(el, 'doing', 'a').focus();
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    const notes = dialog(el, 'notes-dialog');
    notes.querySelector<HTMLButtonElement>('[data-action="change"]')!.click();
    await el.updateComplete;
    await press('End');
    await type(' for the form');
    await closing(el, () => press('Escape'));
    await waitUntil(() => where(el) === 'doing|a', 'focus back on the cell');

    await press('Enter');
    await openDialog(el, 'notes-dialog');
    expect(text(el).value).to.equal('Searches online for the form');
    button(notes, 'Save changes').click();
    await el.updateComplete;
    expect(cell(el, 'doing', 'a').textContent).to.contain('Searches online for the form');
    expect(notes.querySelectorAll('[data-action="change"]')).to.have.length(1);
  });

  it('does not bring back a change that was opened and left as it was', async () => {
    const { el } = await makeMap({ data: smallMap() });
    cell(el, 'doing', 'a').focus();
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    const notes = dialog(el, 'notes-dialog');
    notes.querySelector<HTMLButtonElement>('[data-action="change"]')!.click();
    await el.updateComplete;
    expect(text(el).value).to.equal('Searches online');
    await closing(el, () => press('Escape'));
    await waitUntil(() => where(el) === 'doing|a', 'focus back on the cell');
    await press('Enter');
    await openDialog(el, 'notes-dialog');
    expect(text(el).value).to.equal('');
    expect(button(notes, 'Add note')).to.not.equal(undefined);
  });
});
