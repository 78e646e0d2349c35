// The storage controller with stores of a page's own that misbehave in the ways a backend can:
// every path ends with the person's work kept, words on screen and a co-error.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../fixtures/notes-element.js';
import type { NotesData, TestNotes } from '../../fixtures/notes-element.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { StoreError, type RecordStore } from '../../../src/core/store/record-store.js';
import { createEnvelope, type Envelope } from '../../../src/core/store/envelope.js';
import type { CoErrorDetail } from '../../../src/core/events.js';

let counter = 0;
const freshSpace = () => `ctl-more-${Date.now()}-${(counter += 1)}`;
const keyOf = (space: string) => `together-kit/${space}/test-notes/main`;

async function notesOn(space: string, store: RecordStore) {
  const errors: CoErrorDetail[] = [];
  const el = await fixture<TestNotes>(
    html`<test-notes
      space=${space}
      .store=${store}
      @co-error=${(e: CustomEvent<CoErrorDetail>) => errors.push(e.detail)}
    ></test-notes>`,
  );
  await el.storageController.ready;
  return { el, errors };
}

const textsIn = (envelope: unknown) =>
  Object.values((envelope as Envelope<NotesData>).data.notes)
    .map((note) => (note as { text?: string }).text)
    .sort();

describe('StorageController with a store of the page’s own', () => {
  it('says work will not be kept when the store is memory only, and keeps working', async () => {
    class Forgetful extends MemoryStore {
      async durability(): Promise<'durable' | 'memory'> {
        return 'memory';
      }
    }
    const { el, errors } = await notesOn(freshSpace(), new Forgetful());
    expect(errors.map((e) => e.code)).to.include('storage-unavailable');
    el.add('Still works');
    await el.storageController.flush();
    expect(el.storageController.status).to.equal('saved');
  });

  it('starts usable when the store cannot load, and says why', async () => {
    class Unreachable extends MemoryStore {
      override async load(): Promise<unknown> {
        throw new StoreError('unavailable', 'the server is down');
      }
    }
    const { el, errors } = await notesOn(freshSpace(), new Unreachable());
    expect(errors.map((e) => e.code)).to.include('storage-unavailable');
    expect(el.storageController.status).to.equal('saved');
    el.add('Typed anyway');
    expect(el.texts).to.deep.equal(['Typed anyway']);
  });

  it('keeps the work and says so when a save fails (not for lack of room)', async () => {
    class Failing extends MemoryStore {
      override async update(): Promise<Envelope> {
        throw new StoreError('failed', 'the server answered 500');
      }
    }
    const { el, errors } = await notesOn(freshSpace(), new Failing());
    el.add('Kept on the page');
    await el.storageController.flush();
    expect(el.storageController.status).to.equal('failed');
    expect(errors.map((e) => e.code)).to.include('storage-failed');
    expect(el.texts).to.deep.equal(['Kept on the page']);
  });

  it('turns read-only when the store says a newer version saved the record', async () => {
    class Newer extends MemoryStore {
      override async update(): Promise<Envelope> {
        throw new StoreError('conflict', 'saved by a newer version');
      }
    }
    const { el, errors } = await notesOn(freshSpace(), new Newer());
    el.add('Not written');
    await el.storageController.flush();
    expect(el.storageController.status).to.equal('read-only');
    expect(errors.map((e) => e.code)).to.include('schema-newer');
  });

  it('writes its own over a record damaged meanwhile, which it cannot merge with', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const { el } = await notesOn(space, store);
    el.add('First');
    await el.storageController.flush();
    // Someone else's broken write lands between our saves.
    await store.update(keyOf(space), () => ({ format: 'nonsense' }) as unknown as Envelope);
    el.add('Second');
    await el.storageController.flush();
    expect(textsIn(await store.load(keyOf(space)))).to.deep.equal(['First', 'Second']);
  });

  it('keeps aside a record saved meanwhile whose notes it cannot read, then writes its own', async () => {
    const store = new MemoryStore();
    const space = freshSpace();
    const { el } = await notesOn(space, store);
    el.add('Mine');
    await el.storageController.flush();
    // A valid envelope whose data does not fit: the controller must not merge it in. Dated
    // later than our save: one made in the same millisecond would pass for our own echo.
    const later = new Date(Date.now() + 5000);
    await store.update(keyOf(space), () =>
      createEnvelope({ space, kind: 'test-notes', id: 'main' }, { notes: 'not notes' }, later),
    );
    await waitUntil(async () => (await store.list(space)).some((key) => key.includes('#')));
    el.add('Mine too');
    await el.storageController.flush();
    expect(textsIn(await store.load(keyOf(space)))).to.deep.equal(['Mine', 'Mine too']);
    const aside = (await store.list(space)).filter((key) => key.includes('#corrupt-'));
    expect(aside).to.have.length(1);
    expect(await store.load(aside[0])).to.deep.include({ data: { notes: 'not notes' } });
  });
});
