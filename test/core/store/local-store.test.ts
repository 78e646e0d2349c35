import { expect, waitUntil } from '@open-wc/testing';
import { LocalStore, localFallbacks } from '../../../src/core/store/local-store.js';
import { blockedStorage } from '../../fixtures/blocked-storage.js';
import { StoreError } from '../../../src/core/store/record-store.js';
import type { Envelope } from '../../../src/core/store/envelope.js';

const envelope = (space: string, data: Record<string, unknown> = {}): Envelope => ({
  format: 'together-kit',
  schema: 1,
  kind: 'idea-board',
  space,
  id: 'main',
  updatedAt: new Date().toISOString(),
  data,
});
const keyOf = (space: string) => `together-kit/${space}/idea-board/main`;
let spaceCounter = 0;
const freshSpace = () => `local-${Date.now()}-${(spaceCounter += 1)}`;

/** Reads a value straight from IndexedDB, to check the layout other tools may rely on. */
function readIndexedDb(key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('together-kit');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('records').objectStore('records').get(key);
      request.onsuccess = () => {
        resolve(request.result);
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** Makes IndexedDB refuse to open, as some private modes and policies do. */
function blockIndexedDb(): () => void {
  const original = IDBFactory.prototype.open;
  IDBFactory.prototype.open = () => {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  };
  return () => (IDBFactory.prototype.open = original);
}

describe('LocalStore', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('together-kit/local-')) localStorage.removeItem(key);
  });

  it('keeps records in IndexedDB "together-kit" / "records" as envelope objects, across a reload', async () => {
    const space = freshSpace();
    const first = new LocalStore();
    expect(await first.backendName()).to.equal('indexeddb');
    await first.update(keyOf(space), () => envelope(space, { title: 'Library' }));
    first.close();

    const afterReload = new LocalStore();
    expect(((await afterReload.load(keyOf(space))) as Envelope).data).to.deep.equal({
      title: 'Library',
    });
    expect(((await readIndexedDb(keyOf(space))) as Envelope).data).to.deep.equal({
      title: 'Library',
    });
    expect(await afterReload.list(space)).to.deep.equal([keyOf(space)]);
    await afterReload.remove(keyOf(space));
    expect(await afterReload.load(keyOf(space))).to.equal(undefined);
    afterReload.close();
    // Where IndexedDB works, the fallbacks' code is never downloaded (issue #13).
    const fallbacksRequested = performance
      .getEntriesByType('resource')
      .some((entry) => entry.name.includes('/local-backends'));
    expect(fallbacksRequested).to.be.false;
  });

  it('falls back to localStorage (JSON text under the same key) when IndexedDB throws', async () => {
    const restore = blockIndexedDb();
    try {
      const space = freshSpace();
      const store = new LocalStore();
      expect(await store.backendName()).to.equal('localstorage');
      expect(await store.durability()).to.equal('durable');
      await store.update(keyOf(space), () => envelope(space, { n: 1 }));
      expect(JSON.parse(localStorage.getItem(keyOf(space))!).data).to.deep.equal({ n: 1 });
      const afterReload = new LocalStore();
      expect(((await afterReload.load(keyOf(space))) as Envelope).data).to.deep.equal({ n: 1 });
      store.close();
      afterReload.close();
    } finally {
      restore();
    }
  });

  it('keeps working in memory, and says so, when both are blocked', async () => {
    const restore = blockIndexedDb();
    try {
      const space = freshSpace();
      const store = new LocalStore({ localStorage: blockedStorage });
      expect(await store.backendName()).to.equal('memory');
      expect(await store.durability()).to.equal('memory');
      await store.update(keyOf(space), () => envelope(space, { kept: 'for now' }));
      expect(((await store.load(keyOf(space))) as Envelope).data).to.deep.equal({
        kept: 'for now',
      });
    } finally {
      restore();
    }
  });

  it('reports a full localStorage as a quota StoreError, and saves once space is freed', async () => {
    const space = freshSpace();
    const store = new LocalStore({ indexedDB: null });
    const filler: string[] = [];
    const chunk = 'x'.repeat(256 * 1024);
    try {
      for (let i = 0; i < 200; i += 1) {
        localStorage.setItem(`together-kit/local-filler-${i}`, chunk);
        filler.push(`together-kit/local-filler-${i}`);
      }
    } catch {
      // full now
    }
    let error: unknown;
    try {
      await store.update(keyOf(space), () => envelope(space, { big: chunk }));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).code).to.equal('quota');
    for (const key of filler) localStorage.removeItem(key);
    await store.update(keyOf(space), () => envelope(space, { big: chunk }));
    expect(((await store.load(keyOf(space))) as Envelope).data.big).to.equal(chunk);
    store.close();
  });

  it('returns damaged localStorage text as it is, so it can be kept aside intact', async () => {
    const space = freshSpace();
    localStorage.setItem(keyOf(space), '{"format": "together-kit", "sch');
    const store = new LocalStore({ indexedDB: null });
    expect(await store.load(keyOf(space))).to.equal('{"format": "together-kit", "sch');
    const aside = await store.keepAside(keyOf(space), await store.load(keyOf(space)));
    expect(localStorage.getItem(aside)).to.equal('{"format": "together-kit", "sch');
    expect(await store.list(space)).to.include(aside);
    localStorage.removeItem(aside);
    store.close();
  });

  it('tells another store (another tab) about a change through the BroadcastChannel', async () => {
    const space = freshSpace();
    const channel = `test-${space}`;
    const writer = new LocalStore({ channel });
    const reader = new LocalStore({ channel });
    const seen: (Envelope | undefined)[] = [];
    reader.subscribe((key, env) => key === keyOf(space) && seen.push(env));
    await reader.backendName();
    await writer.update(keyOf(space), () => envelope(space, { from: 'writer' }));
    await waitUntil(() => seen.length === 1, 'the change arrives', { timeout: 1000 });
    expect(seen[0]!.data).to.deep.equal({ from: 'writer' });
    await writer.remove(keyOf(space));
    await waitUntil(() => seen.length === 2, 'the removal arrives', { timeout: 1000 });
    expect(seen[1]).to.equal(undefined);
    writer.close();
    reader.close();
  });

  it('hears changes another tab made in localStorage through the storage event', async () => {
    const space = freshSpace();
    const store = new LocalStore({ indexedDB: null, channel: `storage-event-${space}` });
    const seen: (Envelope | undefined)[] = [];
    store.subscribe((key, env) => key === keyOf(space) && seen.push(env));
    await store.backendName();
    const other = envelope(space, { from: 'the other tab' });
    // The browser fires this only in other documents; here we play the other tab's part.
    window.dispatchEvent(
      new StorageEvent('storage', { key: keyOf(space), newValue: JSON.stringify(other) }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: keyOf(space), newValue: '{"broken' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'someone-else/key', newValue: '{}' }));
    window.dispatchEvent(new StorageEvent('storage', { key: keyOf(space), newValue: null }));
    expect(seen.map((e) => e?.data)).to.deep.equal([{ from: 'the other tab' }, undefined]);
    store.close();
  });

  it('skips a localStorage whose writes fail for another reason than a full quota', async () => {
    const failing = {
      ...blockedStorage,
      getItem: () => '{}',
      setItem: () => {
        throw new DOMException('I/O error', 'UnknownError');
      },
    } as Storage;
    const store = new LocalStore({ indexedDB: null, localStorage: failing });
    expect(await store.backendName()).to.equal('memory');
  });

  it('is unavailable while the fallbacks cannot load (offline too), and tries again after', async () => {
    const load = localFallbacks.load;
    localFallbacks.load = () => Promise.reject(new TypeError('Failed to fetch'));
    const store = new LocalStore({ indexedDB: null });
    let error: unknown;
    try {
      await store.load(keyOf(freshSpace()));
    } catch (e) {
      error = e;
    } finally {
      localFallbacks.load = load;
    }
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).code).to.equal('unavailable');
    // The network is back: the same store opens its fallback at the next call.
    expect(await store.backendName()).to.equal('localstorage');
    store.close();
  });
});
