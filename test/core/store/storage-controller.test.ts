import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../fixtures/notes-element.js';
import type { NotesData, TestNotes } from '../../fixtures/notes-element.js';
import { LocalStore } from '../../../src/core/store/local-store.js';
import { blockedStorage } from '../../fixtures/blocked-storage.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { StoreError, type RecordStore } from '../../../src/core/store/record-store.js';
import type { Envelope } from '../../../src/core/store/envelope.js';
import type { CoErrorDetail } from '../../../src/core/events.js';

let counter = 0;
const freshSpace = () => `ctl-${Date.now()}-${(counter += 1)}`;
const keyOf = (space: string) => `together-kit/${space}/test-notes/main`;

async function notes(space: string, store?: RecordStore): Promise<TestNotes> {
  const el = await fixture<TestNotes>(
    html`<test-notes space=${space} .store=${store}></test-notes>`,
  );
  await el.storageController.ready;
  await el.updateComplete;
  return el;
}

function collectErrors(): { errors: CoErrorDetail[]; stop: () => void } {
  const errors: CoErrorDetail[] = [];
  const listener = (e: Event) => errors.push((e as CustomEvent<CoErrorDetail>).detail);
  document.addEventListener('co-error', listener);
  return { errors, stop: () => document.removeEventListener('co-error', listener) };
}

/** A store that refuses to save with a quota error until told otherwise. */
class FullStore extends MemoryStore {
  full = true;
  override async update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
    if (this.full) throw new StoreError('quota', 'QuotaExceededError');
    return super.update(key, next);
  }
}

describe('StorageController', () => {
  it('saves and loads again after a reload (IndexedDB)', async () => {
    const space = freshSpace();
    const first = await notes(space);
    first.add('Evening opening');
    setTimeout(() => undefined);
    const change = await oneEvent(first, 'co-change');
    expect(change.detail).to.include({ kind: 'test-notes', space, id: 'main' });
    expect((change.detail.record as Envelope).data).to.have.property('notes');
    first.remove();

    const afterReload = await notes(space);
    expect(afterReload.texts).to.deep.equal(['Evening opening']);
    expect(afterReload.storageController.status).to.equal('saved');
    expect(afterReload.shadowRoot!.textContent).to.contain('Saved in this browser');
  });

  it('saves and loads again after a reload (localStorage backend)', async () => {
    const space = freshSpace();
    const first = await notes(space, new LocalStore({ indexedDB: null }));
    first.add('Saturday mornings');
    await first.storageController.flush();
    expect(localStorage.getItem(keyOf(space))).to.contain('Saturday mornings');
    first.remove();
    const afterReload = await notes(space, new LocalStore({ indexedDB: null }));
    expect(afterReload.texts).to.deep.equal(['Saturday mornings']);
    localStorage.removeItem(keyOf(space));
  });

  it('tells the person their work will not be kept when storage is blocked, and keeps working', async () => {
    const { errors, stop } = collectErrors();
    const el = await notes(
      freshSpace(),
      new LocalStore({ indexedDB: null, localStorage: blockedStorage }),
    );
    stop();
    expect(errors.map((e) => e.code)).to.deep.equal(['storage-unavailable']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'will not be kept after you leave',
    );
    el.add('Still works');
    await el.storageController.flush();
    expect(el.texts).to.deep.equal(['Still works']);
    await expect(el).to.be.accessible();
  });

  it('keeps the data when the quota is full, says so, and saves once space frees', async () => {
    const store = new FullStore();
    const el = await notes(freshSpace(), store);
    const { errors, stop } = collectErrors();
    el.add('Typed while the disk was full');
    await el.storageController.flush();
    stop();
    expect(errors.map((e) => e.code)).to.deep.equal(['storage-quota']);
    expect(el.storageController.status).to.equal('quota');
    expect(el.texts).to.deep.equal(['Typed while the disk was full']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'out of storage space',
    );
    expect(el.shadowRoot!.querySelector('[part="status"] button')!.textContent).to.contain(
      'Export a copy',
    );
    await expect(el).to.be.accessible();

    store.full = false;
    await el.storageController.flush();
    expect(el.storageController.status).to.equal('saved');
    expect(((await store.load(keyOf(el.space!))) as Envelope).data).to.have.nested.property(
      'notes',
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('saves at once when the page is hidden, without waiting for the pause in typing', async () => {
    const store = new MemoryStore();
    const el = await notes(freshSpace(), store);
    // a long pause, so only the pagehide can have saved it
    (el.storageController as unknown as { options: { debounce: number } }).options.debounce =
      60_000;
    el.add('Typed just before closing the tab');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(
      async () =>
        (JSON.stringify(await store.load(keyOf(el.space!))) ?? '').includes('closing the tab'),
      'saved on pagehide',
    );
  });

  it('retries a failed save by itself', async () => {
    const store = new FullStore();
    const el = await notes(freshSpace(), store);
    el.add('Retry me');
    await el.storageController.flush();
    expect(el.storageController.status).to.equal('quota');
    store.full = false;
    await waitUntil(() => el.storageController.status === 'saved', 'saved on retry', {
      timeout: 8000,
    });
  });

  it('moves a damaged record aside, reports it, and starts empty and usable', async () => {
    const space = freshSpace();
    const store = new LocalStore({ indexedDB: null });
    localStorage.setItem(keyOf(space), '{"format":"together-kit","schema":1,"kind":"test-no');
    const { errors, stop } = collectErrors();
    const el = await notes(space, store);
    stop();
    expect(errors.map((e) => e.code)).to.deep.equal(['storage-corrupt']);
    const aside = Object.keys(localStorage).find((k) => k.startsWith(`${keyOf(space)}#corrupt-`));
    expect(aside, 'kept aside').to.exist;
    expect(localStorage.getItem(aside!)).to.equal(
      '{"format":"together-kit","schema":1,"kind":"test-no',
    );
    el.add('A fresh start');
    await el.storageController.flush();
    expect(JSON.parse(localStorage.getItem(keyOf(space))!).data.notes).to.not.be.empty;
    localStorage.removeItem(aside!);
    localStorage.removeItem(keyOf(space));
  });

  it('moves aside a record whose data does not fit the element', async () => {
    const space = freshSpace();
    const store = new MemoryStore();
    await store.update(keyOf(space), () => ({
      format: 'together-kit',
      schema: 1,
      kind: 'test-notes',
      space,
      id: 'main',
      updatedAt: new Date().toISOString(),
      data: { notes: 'not an object' },
    }));
    const { errors, stop } = collectErrors();
    await notes(space, store);
    stop();
    expect(errors[0].code).to.equal('storage-corrupt');
    expect((await store.list(space)).some((k) => k.includes('#corrupt-'))).to.be.true;
  });

  it('opens a record of a newer schema read-only and never writes it', async () => {
    const space = freshSpace();
    const store = new LocalStore({ indexedDB: null });
    const newer = JSON.stringify({
      format: 'together-kit',
      schema: 99,
      kind: 'test-notes',
      space,
      id: 'main',
      updatedAt: '2030-01-01T00:00:00.000Z',
      data: { notes: {} },
    });
    localStorage.setItem(keyOf(space), newer);
    const { errors, stop } = collectErrors();
    const el = await notes(space, store);
    stop();
    expect(errors.map((e) => e.code)).to.deep.equal(['schema-newer']);
    expect(el.storageController.readOnly).to.be.true;
    el.add('An edit that must not land');
    await el.storageController.flush();
    expect(localStorage.getItem(keyOf(space))).to.equal(newer);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('newer version of Together Kit');
    await expect(el).to.be.accessible();
    localStorage.removeItem(keyOf(space));
  });

  it('turns read-only, writing nothing, when a newer version saves the record meanwhile', async () => {
    const space = freshSpace();
    const store = new MemoryStore();
    const el = await notes(space, store);
    const newer = {
      format: 'together-kit',
      schema: 99,
      kind: 'test-notes',
      space,
      id: 'main',
      updatedAt: '2030-01-01T00:00:00.000Z',
      data: { notes: {} },
    } as const;
    // written behind the element's back, without a change notification
    (store as unknown as { records: Map<string, unknown> }).records.set(keyOf(space), newer);
    const { errors, stop } = collectErrors();
    el.add('Would overwrite');
    await el.storageController.flush();
    stop();
    expect(errors.map((e) => e.code)).to.deep.equal(['schema-newer']);
    expect(el.storageController.readOnly).to.be.true;
    expect(await store.load(keyOf(space))).to.deep.equal(newer);
  });

  it('saves what was waiting when the element is removed from the page', async () => {
    const store = new MemoryStore();
    const el = await notes(freshSpace(), store);
    el.add('Typed just before the element was removed');
    el.remove();
    await waitUntil(
      async () =>
        (JSON.stringify(await store.load(keyOf(el.space!))) ?? '').includes('just before'),
      'saved on removal',
    );
  });

  it('moves to another record when its space changes, saving the old one and copying nothing', async () => {
    const store = new MemoryStore();
    const [first, second] = [freshSpace(), freshSpace()];
    const el = await notes(first, store);
    el.add('Belongs to the first space');
    el.space = second;
    await el.updateComplete;
    await el.storageController.ready;
    expect(el.texts).to.deep.equal([]);
    expect(JSON.stringify(await store.load(keyOf(first)))).to.contain('Belongs to the first space');
    el.add('Belongs to the second space');
    await el.storageController.flush();
    expect(JSON.stringify(await store.load(keyOf(second)))).to.not.contain('first space');
    expect(el.storageController.recordStore).to.equal(store);
  });

  it("holds what a store of the page's own wrote, when the store changed it (a merging server)", async () => {
    // A server that adds a note of its own to every save, and once writes nonsense.
    class ServerStore extends MemoryStore {
      broken = false;
      override async update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
        const given = next(await this.load(key));
        return super.update(key, () => ({
          ...given,
          data: this.broken
            ? { notes: 'not notes' }
            : {
                notes: {
                  ...(given.data as { notes: object }).notes,
                  server: { id: 'server', text: 'From the server', updatedAt: given.updatedAt },
                },
              },
        }));
      }
    }
    const store = new ServerStore();
    const el = await notes(freshSpace(), store);
    el.add('Mine');
    await el.storageController.flush();
    expect(el.texts).to.deep.equal(['From the server', 'Mine']);
    // What cannot be read is not taken in: the page keeps what it meant to save.
    store.broken = true;
    el.add('Also mine');
    await el.storageController.flush();
    expect(el.texts).to.deep.equal(['Also mine', 'From the server', 'Mine']);
  });

  it('does not read its own save again when the store hands it back as a copy', async () => {
    // MemoryStore tells listeners with a copy; reading it in would validate and merge the
    // whole record again after every save (on 10,000 ideas, most of a save).
    const el = await notes(freshSpace(), new MemoryStore());
    el.add('Mine');
    const before = el.storageController.data;
    await el.storageController.flush();
    expect(el.storageController.data === before).to.be.true;
    expect(el.texts).to.deep.equal(['Mine']);
  });

  it('keeps what another tab saved while its own save was under way', async () => {
    // The store finishes our write, then another tab's newer save arrives before our save
    // has returned: that save must not be lost to the older snapshot ours wrote.
    class SlowStore extends MemoryStore {
      release?: () => void;
      override async update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
        const written = await super.update(key, next);
        await new Promise<void>((resolve) => (this.release = resolve));
        return written;
      }
    }
    const store = new SlowStore();
    const space = freshSpace();
    const el = await notes(space, store);
    el.add('Mine');
    const saving = el.storageController.flush();
    await waitUntil(() => store.release !== undefined, 'our save written');
    await MemoryStore.prototype.update.call(store, keyOf(space), (current) => {
      const envelope = current as Envelope<NotesData>;
      const stamp = new Date(Date.parse(envelope.updatedAt) + 1000).toISOString();
      const theirs = { id: 'theirs', text: 'From the other tab', updatedAt: stamp };
      return { ...envelope, updatedAt: stamp, data: { notes: { ...envelope.data.notes, theirs } } };
    });
    store.release!();
    await saving;
    expect(el.texts).to.deep.equal(['From the other tab', 'Mine']);
  });

  it('keeps a change that arrived during its save when the store asks it to merge again', async () => {
    // A server store after a 412: it calls `next` a second time with what is stored now,
    // after that newer version has also reached the element as a change notice.
    class RetryingStore extends MemoryStore {
      refuseNext = false;
      override async update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
        if (this.refuseNext) {
          this.refuseNext = false;
          const current = (await this.load(key)) as Envelope<NotesData>;
          next(current); // the first attempt, refused by the "server"
          const stamp = new Date(Date.parse(current.updatedAt) + 1000).toISOString();
          const theirs = { id: 'theirs', text: 'From the other device', updatedAt: stamp };
          const newer = {
            ...current,
            updatedAt: stamp,
            data: { notes: { ...current.data.notes, theirs } },
          };
          await MemoryStore.prototype.update.call(this, key, () => newer as unknown as Envelope);
        }
        return super.update(key, next);
      }
    }
    const store = new RetryingStore();
    const space = freshSpace();
    const el = await notes(space, store);
    el.add('First');
    await el.storageController.flush();
    store.refuseNext = true;
    el.add('Mine');
    await el.storageController.flush();
    const saved = (await store.load(keyOf(space))) as Envelope<NotesData>;
    const texts = Object.values(saved.data.notes).map((note) => (note as { text: string }).text);
    expect(texts.sort()).to.deep.equal(['First', 'From the other device', 'Mine']);
  });

  it('shows a change saved by another element on the page', async () => {
    const space = freshSpace();
    const wrapper = await fixture(
      html`<div>
        <test-notes space=${space} storage="memory"></test-notes
        ><test-notes space=${space} storage="memory"></test-notes>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('test-notes')] as TestNotes[];
    await Promise.all([a.storageController.ready, b.storageController.ready]);
    a.add('From A');
    await a.storageController.flush();
    await waitUntil(() => b.texts.includes('From A'), 'B shows it');
  });

  it('keeps both edits when two documents change different items of one record at once', async () => {
    const frames = await Promise.all(
      [0, 1].map(async () => {
        const frame = document.createElement('iframe');
        frame.src = new URL('../../fixtures/notes-frame.html', import.meta.url).href;
        document.body.append(frame);
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const win = frame.contentWindow as Window & { notesReady: Promise<TestNotes> };
        await waitUntil(() => win.notesReady, 'frame ready');
        const el = await win.notesReady;
        await el.storageController.ready;
        return { frame, el };
      }),
    );
    const [one, two] = frames;
    one.el.add('Posted in tab one');
    two.el.add('Posted in tab two');
    await waitUntil(
      () =>
        [one, two].every(
          ({ el }) =>
            el.texts.includes('Posted in tab one') && el.texts.includes('Posted in tab two'),
        ),
      'both edits in both documents within a second',
      { timeout: 1000, interval: 20 },
    );
    for (const { el } of frames) {
      const ids = Object.keys(el.storageController.data.notes);
      for (const id of ids) el.delete(id);
      await el.storageController.flush();
    }
    for (const { frame } of frames) frame.remove();
  });
});
