import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/space.js';
import '../../fixtures/notes-element.js';
import type { CoSpace } from '../../../src/components/space/space.js';
import type { TestNotes } from '../../fixtures/notes-element.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import type { CoErrorDetail } from '../../../src/core/events.js';

let counter = 0;
const freshSpace = () => `space-${Date.now()}-${(counter += 1)}`;

async function spaceWithNotes(space: string, store?: MemoryStore) {
  const el = await fixture<CoSpace>(
    html`<co-space space=${space} .store=${store}><test-notes></test-notes></co-space>`,
  );
  const notes = el.querySelector('test-notes') as TestNotes;
  await notes.storageController.ready;
  return { el, notes };
}

function chooseFile(el: CoSpace, text: string, name = 'export.json') {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#import-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

const button = (el: CoSpace, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

describe('<co-space>', () => {
  it('is accessible and hands its space down to the elements inside', async () => {
    const space = freshSpace();
    const { el, notes } = await spaceWithNotes(space);
    expect(notes.storageController.space).to.equal(space);
    await expect(el).to.be.accessible();
  });

  it('lets an element keep its own space attribute over the wrapper', async () => {
    const el = await fixture<CoSpace>(
      html`<co-space space="outer"><test-notes space="own"></test-notes></co-space>`,
    );
    expect((el.querySelector('test-notes') as TestNotes).storageController.space).to.equal('own');
  });

  it('moves the elements inside to a new space when its space changes', async () => {
    const { el, notes } = await spaceWithNotes(freshSpace(), new MemoryStore());
    el.space = 'moved';
    await el.updateComplete;
    expect(notes.storageController.space).to.equal('moved');
  });

  it('exports every record of the space, including changes not yet saved', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const { el, notes } = await spaceWithNotes(space, store);
    notes.add('Evening opening');
    const exported = await el.exportData();
    expect(exported.format).to.equal('together-kit-space');
    expect(exported.space).to.equal(space);
    expect(exported.records).to.have.length(1);
    expect(JSON.stringify(exported.records[0].data)).to.contain('Evening opening');
  });

  it('imports an export all or nothing, and the elements show it', async () => {
    const source = await spaceWithNotes(freshSpace(), new MemoryStore());
    source.notes.add('From the workshop');
    const file = JSON.stringify(await source.el.exportData());

    const target = await spaceWithNotes(freshSpace(), new MemoryStore());
    target.notes.add('Already here');
    await target.notes.storageController.flush();
    expect(await target.el.importData(file)).to.equal(1);
    await waitUntil(() => target.notes.texts.length === 2, 'both notes shown');
    expect(target.notes.texts).to.deep.equal(['Already here', 'From the workshop']);
  });

  it('refuses a truncated file, says why, fires co-error, and changes nothing', async () => {
    const store = new MemoryStore();
    const { el, notes } = await spaceWithNotes(freshSpace(), store);
    notes.add('Keep me');
    await notes.storageController.flush();
    const before = JSON.stringify(await el.exportData());
    setTimeout(() => chooseFile(el, before.slice(0, before.length / 2)));
    const error = await oneEvent(el, 'co-error');
    expect((error.detail as CoErrorDetail).code).to.equal('import-invalid');
    await el.updateComplete;
    const problems = el.shadowRoot!.querySelector('#import-problems')!;
    expect(problems.textContent).to.contain('cannot be imported');
    await waitUntil(() => el.shadowRoot!.activeElement === problems, 'the problems take focus');
    await expect(el).to.be.accessible();
    const after = JSON.parse(JSON.stringify(await el.exportData()));
    expect(after.records).to.deep.equal(JSON.parse(before).records);
  });

  it('asks before importing a chosen file, saying what will change', async () => {
    const source = await spaceWithNotes(freshSpace(), new MemoryStore());
    source.notes.add('<img src=x onerror=alert(1)>');
    const file = JSON.stringify(await source.el.exportData());
    const { el, notes } = await spaceWithNotes(freshSpace(), new MemoryStore());
    chooseFile(el, file);
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('#import-dialog')!;
    await waitUntil(() => dialog.open, 'the confirmation opens');
    expect(dialog.textContent).to.contain('Import this file?');
    expect(dialog.querySelector('li')!.textContent).to.match(/adds/);
    await expect(el).to.be.accessible();
    button(el, 'Import').click();
    await waitUntil(() => notes.texts.length === 1, 'imported');
    expect(notes.shadowRoot!.querySelector('li')!.textContent).to.equal(
      '<img src=x onerror=alert(1)>',
    );
    expect(notes.shadowRoot!.querySelector('img')).to.equal(null);
    expect(dialog.open).to.be.false;
  });

  it('deletes everything in the space after confirmation, and the elements start empty', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const { el, notes } = await spaceWithNotes(space, store);
    notes.add('Private note');
    await notes.storageController.flush();
    await store.keepAside(`together-kit/${space}/test-notes/main`, 'damaged');
    localStorage.setItem(`together-kit-group/${space}`, 'community');
    button(el, 'Delete my data').click();
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('#delete-dialog')!;
    await waitUntil(() => dialog.open, 'the confirmation opens');
    expect(dialog.textContent).to.contain('2 records');
    button(el, 'Cancel').click();
    expect(await store.list(space)).to.have.length(2);

    button(el, 'Delete my data').click();
    await waitUntil(() => dialog.open, 'the confirmation opens again');
    button(el, 'Delete everything').click();
    await waitUntil(
      async () => (await store.list(space)).length === 0,
      'all gone, kept-aside records too',
    );
    await waitUntil(() => notes.texts.length === 0, 'the element is empty');
    expect(localStorage.getItem(`together-kit-group/${space}`)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('deleted');
  });

  it('keeps deletions and imports across a reload (browser storage)', async () => {
    const space = freshSpace();
    const first = await spaceWithNotes(space);
    first.notes.add('Saved before reload');
    const file = JSON.stringify(await first.el.exportData());
    await first.el.deleteData();
    first.el.remove();

    const second = await spaceWithNotes(space);
    expect(second.notes.texts).to.deep.equal([]);
    await second.el.importData(file);
    second.el.remove();

    const third = await spaceWithNotes(space);
    expect(third.notes.texts).to.deep.equal(['Saved before reload']);
    await third.el.deleteData();
  });

  it('speaks Welsh', async () => {
    const el = await fixture<CoSpace>(html`<co-space lang="cy" storage="memory"></co-space>`);
    expect(el.shadowRoot!.textContent).to.contain('Dileu fy nata');
    await expect(el).to.be.accessible();
  });

  it('can hide its buttons while the methods keep working', async () => {
    const el = await fixture<CoSpace>(html`<co-space hide-controls storage="memory"></co-space>`);
    expect(el.shadowRoot!.querySelector('[part="controls"]')).to.equal(null);
    expect((await el.exportData()).records).to.be.an('array');
  });
});
