// When <co-space> cannot do what a person asked — the code that reads and writes files cannot
// load (offline), or this browser's storage fails while reading or deleting — it says so in
// words and with `co-error`, changes nothing it was not asked to, and works again once the
// cause has gone. Before, these failures were silent: a button that did nothing.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/space.js';
import '../../fixtures/notes-element.js';
import type { CoSpace } from '../../../src/components/space/space.js';
import { spaceParts } from '../../../src/components/space/space-parts.js';
import type { CoErrorDetail } from '../../../src/core/events.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import type { TestNotes } from '../../fixtures/notes-element.js';
import { whilePartFails } from '../lazy-part-checks.js';

let counter = 0;
const freshSpace = () => `space-failures-${Date.now()}-${(counter += 1)}`;

/** A memory store whose listing (`broken`) or removing (`removesFail`) fails, as a failing disk. */
class FailingStore extends MemoryStore {
  broken = false;
  removesFail = false;
  override async list(space: string) {
    if (this.broken) throw new DOMException('The disk could not be read', 'UnknownError');
    return super.list(space);
  }
  override async remove(key: string) {
    if (this.removesFail) throw new DOMException('The disk could not be written', 'UnknownError');
    return super.remove(key);
  }
}

async function spaceWithNotes(store = new MemoryStore()) {
  const space = freshSpace();
  const el = await fixture<CoSpace>(
    html`<co-space space=${space} .store=${store}><test-notes></test-notes></co-space>`,
  );
  const notes = el.querySelector('test-notes') as TestNotes;
  await notes.storageController.ready;
  notes.add('Keep me');
  await notes.storageController.flush();
  return { el, notes, store, space };
}

const button = (el: CoSpace, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const shown = (el: CoSpace) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const announced = (el: CoSpace) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!;

function chooseFile(el: CoSpace, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#import-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'export.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** Presses `label` and waits for the `co-error` it causes. */
async function failingPress(el: CoSpace, label: string): Promise<CoErrorDetail> {
  setTimeout(() => button(el, label).click());
  const event = (await oneEvent(el, 'co-error')) as CustomEvent<CoErrorDetail>;
  await el.updateComplete;
  return event.detail;
}

describe('<co-space> when something fails', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => undefined;
  });
  afterEach(() => (console.warn = warn));

  it('export and import while the file code cannot load: said, with "Try again", then they work', async () => {
    const { el } = await spaceWithNotes();
    const file = JSON.stringify(await (await spaceWithNotes()).el.exportData());
    await whilePartFails(spaceParts, 'file', async () => {
      expect((await failingPress(el, 'Export everything')).code).to.equal('part-unavailable');
      expect(shown(el)).to.contain('Part of this page could not be loaded');
      expect(announced(el)).to.not.contain('Exported');
      await expect(el).to.be.accessible();
      // Choosing a file says the same, and opens nothing.
      setTimeout(() => chooseFile(el, file));
      expect(((await oneEvent(el, 'co-error')) as CustomEvent<CoErrorDetail>).detail.code).to.equal(
        'part-unavailable',
      );
      expect(el.shadowRoot!.querySelector<HTMLDialogElement>('#import-dialog')!.open).to.be.false;
      // The API refuses with the same words rather than hanging or returning nothing.
      let refused: unknown;
      await el.importData(file).catch((error: unknown) => (refused = error));
      expect(String(refused)).to.contain('Part of this page could not be loaded');
    });
    button(el, 'Try again').click();
    await waitUntil(() => !shown(el).includes('could not be loaded'), 'the notice goes');
    button(el, 'Export everything').click();
    await waitUntil(() => announced(el).includes('Exported 1 record'), 'exported');
    chooseFile(el, file);
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('#import-dialog')!;
    await waitUntil(() => dialog.open, 'the import is asked about');
  });

  it('export while storage cannot be read: said in words, nothing downloaded; then it works', async () => {
    const { el, store } = await spaceWithNotes(new FailingStore());
    (store as FailingStore).broken = true;
    const detail = await failingPress(el, 'Export everything');
    expect(detail.code).to.equal('storage-unavailable');
    expect(detail.message).to.equal(
      'What is saved here could not be read, so nothing was exported. Try again. (The disk could not be read)',
    );
    expect(shown(el)).to.contain(detail.message);
    await expect(el).to.be.accessible();
    (store as FailingStore).broken = false;
    button(el, 'Export everything').click();
    await waitUntil(() => announced(el).includes('Exported 1 record'), 'exported');
    expect(shown(el)).to.not.contain('could not be read');
  });

  it('delete while storage fails: said in words when asking and when deleting; then it works', async () => {
    const { el, notes, store, space } = await spaceWithNotes(new FailingStore());
    const failing = store as FailingStore;
    failing.broken = true;
    const asked = await failingPress(el, 'Delete my data');
    expect(asked.code).to.equal('storage-unavailable');
    expect(asked.message).to.contain('could not be read, so nothing was changed');
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('#delete-dialog')!;
    expect(dialog.open, 'nothing to confirm: the count is unknown').to.be.false;

    failing.broken = false;
    button(el, 'Delete my data').click();
    await waitUntil(() => dialog.open, 'the confirmation opens');
    expect(shown(el)).to.not.contain('could not be read');
    failing.removesFail = true;
    const deleting = await failingPress(el, 'Delete everything');
    expect(deleting.code).to.equal('storage-unavailable');
    expect(deleting.message).to.contain('Not everything could be deleted. Try again.');
    expect(announced(el)).to.not.contain('deleted');
    await expect(el).to.be.accessible();

    failing.removesFail = false;
    button(el, 'Delete my data').click();
    await waitUntil(() => dialog.open, 'asked again');
    button(el, 'Delete everything').click();
    await waitUntil(async () => (await store.list(space)).length === 0, 'all gone');
    await waitUntil(() => notes.texts.length === 0, 'the element is empty');
    expect(shown(el)).to.not.contain('Not everything could be deleted');
  });

  it('speaks Welsh', async () => {
    const store = new FailingStore();
    const space = freshSpace();
    const el = await fixture<CoSpace>(
      html`<co-space lang="cy" space=${space} .store=${store}></co-space>`,
    );
    store.broken = true;
    const detail = await failingPress(el, 'Allforio popeth');
    expect(detail.message).to.contain('felly ni allforiwyd dim');
    await expect(el).to.be.accessible();
  });
});
