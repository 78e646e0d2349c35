import { expect, waitUntil } from '@open-wc/testing';
import { Collection } from '../../../src/core/store/collection.js';
import { rowOfItem } from '../../../src/core/store/item-rows.js';
import { createEnvelope, type Envelope } from '../../../src/core/store/envelope.js';
import { LocalStore } from '../../../src/core/store/local-store.js';
import { mergeData } from '../../../src/core/store/merge.js';

interface Item {
  id: string;
  title: string;
  updatedAt: string;
}
type Data = { ideas: Record<string, Item>; settings: { title: string; updatedAt: string } };

let counter = 0;
const freshSpace = () => `rows-${Date.now()}-${(counter += 1)}`;
const keyOf = (space: string) => `together-kit/${space}/idea-board/main`;
const stamp = () => new Date().toISOString();
const item = (id: string, title = `Idea ${id}`): Item => ({ id, title, updatedAt: stamp() });
const ODD_IDS = ['__proto__', 'constructor', 'toString', 'a/b/c', 'with space', 'é💡', '#corrupt'];

/** Every key and value in the database whose key starts with `prefix`, straight from IndexedDB. */
function rawEntries(prefix: string): Promise<Map<string, unknown>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('together-kit');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const store = db.transaction('records').objectStore('records');
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      const keys = store.getAllKeys(range);
      const values = store.getAll(range);
      values.onsuccess = () => {
        resolve(new Map(keys.result.map((key, i) => [String(key), values.result[i]])));
        db.close();
      };
      values.onerror = () => reject(values.error);
    };
  });
}

/** Writes a value straight into IndexedDB, as a version of Together Kit before item rows did. */
function writeRaw(key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('together-kit');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('records', 'readwrite');
      tx.objectStore('records').put(value, key);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

function boardOf(space: string, ideas: Item[], title = 'Board'): Envelope {
  return createEnvelope(
    { space, kind: 'idea-board', id: 'main' },
    {
      ideas: Object.fromEntries(ideas.map((idea) => [idea.id, idea])),
      settings: { title, updatedAt: stamp() },
    },
  );
}

/**
 * Saves like the storage controller: collections as they are in memory, merged with what is
 * stored only when someone else may have saved since (`merge`).
 */
function saveItems(
  store: LocalStore,
  space: string,
  ideas: Collection<Item>,
  title = 'Board',
  merge = false,
) {
  return store.updateItems(keyOf(space), (current) => {
    const ours = { ideas, settings: { title, updatedAt: stamp() } };
    const stored = merge ? (current as Envelope | undefined)?.data : undefined;
    const data = stored ? (mergeData(ours, stored, true) as typeof ours) : ours;
    return createEnvelope({ space, kind: 'idea-board', id: 'main' }, data);
  });
}

describe('LocalStore: collections as rows of buckets in IndexedDB', () => {
  const stores: LocalStore[] = [];
  const open = (): LocalStore => {
    const store = new LocalStore();
    stores.push(store);
    return store;
  };
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });

  it('keeps a head under the record key and the items in rows of buckets, and reads the envelope back whole', async () => {
    const space = freshSpace();
    const ideas = [item('a'), ...ODD_IDS.map((id) => item(id))];
    const envelope = boardOf(space, ideas);
    await open().update(keyOf(space), () => envelope);

    const raw = await rawEntries(keyOf(space));
    const head = raw.get(keyOf(space)) as Envelope & { rows: { fields: string[] } };
    expect(head.data).to.deep.equal({ settings: envelope.data.settings });
    expect(head.rows.fields).to.deep.equal(['ideas']);
    // Each row holds the [id, item] pairs of its buckets; every item is in the row of its id.
    const stored = new Map<string, unknown>();
    for (const [key, value] of raw) {
      if (key === keyOf(space)) continue;
      const row = Number(key.slice(`${keyOf(space)}\u0000ideas\u0000`.length));
      for (const [id, idea] of value as [string, unknown][]) {
        expect(rowOfItem(id)).to.equal(row);
        stored.set(id, idea);
      }
    }
    expect(raw.size).to.equal(1 + new Set(ideas.map((i) => rowOfItem(i.id))).size);
    expect(stored).to.deep.equal(new Map(ideas.map((idea) => [idea.id, idea])));

    const back = (await open().load(keyOf(space))) as Envelope<Data>;
    expect(back).to.deep.equal(envelope);
    // Odd ids are entries like any other, not the object's prototype or methods.
    expect(Object.keys(back.data.ideas).sort()).to.deep.equal(ideas.map((i) => i.id).sort());
    expect(Object.hasOwn(back.data.ideas, '__proto__')).to.equal(true);
    expect(back.data.ideas.constructor).to.deep.equal(ideas.find((i) => i.id === 'constructor'));
  });

  it('writes only the head and the row of the changed item when one item changes', async () => {
    const space = freshSpace();
    const store = open();
    let ideas = Collection.from(
      Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`idea-${i}`, item(`idea-${i}`)])),
    );
    await saveItems(store, space, ideas);
    const before = await rawEntries(keyOf(space));

    // Count what the next save writes: IndexedDB's put, seen from the page.
    const puts: [string, unknown][] = [];
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put(
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      puts.push([String(key), value]);
      return original.call(this, value, key);
    };
    try {
      ideas = ideas.with('idea-7', item('idea-7', 'Changed'));
      await saveItems(store, space, ideas);
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    const row = `${keyOf(space)}\u0000ideas\u0000${rowOfItem('idea-7')}`;
    expect(puts.map(([key]) => key)).to.deep.equal([keyOf(space), row]);
    // One row of 16: about 190 ideas out of 3,000.
    expect((puts[1][1] as unknown[]).length).to.be.below(300);
    const after = await rawEntries(keyOf(space));
    expect(after.size).to.equal(before.size);
    const reread = (await open().load(keyOf(space))) as Envelope<Data>;
    expect(Object.keys(reread.data.ideas)).to.have.length(3000);
    expect(reread.data.ideas['idea-7'].title).to.equal('Changed');
  });

  it('moves a record saved whole (before item rows) into rows on first open, losing nothing', async () => {
    const space = freshSpace();
    const old = boardOf(space, [item('a'), item('__proto__'), item('x/y')]);
    // A record as earlier versions wrote it: the whole envelope under its key.
    await writeRaw(keyOf(space), old);

    const store = open();
    expect(await store.load(keyOf(space))).to.deep.equal(old);
    const raw = await rawEntries(keyOf(space));
    expect(raw.size).to.equal(1 + new Set(['a', '__proto__', 'x/y'].map(rowOfItem)).size);
    expect((raw.get(keyOf(space)) as Envelope).data).to.deep.equal({ settings: old.data.settings });
    const row = raw.get(`${keyOf(space)}\u0000ideas\u0000${rowOfItem('__proto__')}`);
    expect(new Map(row as [string, unknown][]).get('__proto__')).to.deep.equal(
      Object.getOwnPropertyDescriptor((old.data as Data).ideas, '__proto__')?.value,
    );
    // And a new reader of the new layout sees the same record.
    expect(await open().load(keyOf(space))).to.deep.equal(old);
    expect(await store.list(space)).to.deep.equal([keyOf(space)]);
  });

  it('merges a save with what another tab saved meanwhile, item by item', async () => {
    const space = freshSpace();
    const one = open();
    const two = open();
    let mine = Collection.from({ base: item('base') });
    await saveItems(one, space, mine);
    let theirs = Collection.from(((await two.load(keyOf(space))) as Envelope<Data>).data.ideas);
    // Both change different items, one after the other, each from what it last read.
    theirs = theirs.with('from-two', item('from-two'));
    await saveItems(two, space, theirs, 'Two', true);
    mine = mine.with('from-one', item('from-one'));
    const written = await saveItems(one, space, mine, 'One', true);
    const data = written.data as unknown as { ideas: Collection<Item> };
    expect([...data.ideas.entries()].map(([id]) => id).sort()).to.deep.equal([
      'base',
      'from-one',
      'from-two',
    ]);
    const stored = (await open().load(keyOf(space))) as Envelope<Data>;
    expect(Object.keys(stored.data.ideas).sort()).to.deep.equal(['base', 'from-one', 'from-two']);
    expect(stored.data.settings.title).to.equal('One');
  });

  it('tells other tabs which record changed, and they read it themselves', async () => {
    const space = freshSpace();
    const saver = open();
    const other = open();
    await other.backendName(); // listening to other tabs from now on
    const seen: Envelope[] = [];
    other.subscribe((key, envelope) => {
      if (key === keyOf(space) && envelope) seen.push(envelope);
    });
    const posted: unknown[] = [];
    const listener = new BroadcastChannel('together-kit');
    listener.onmessage = (event) => posted.push(event.data);
    await saveItems(saver, space, Collection.from({ a: item('a', 'Hello') }));
    await waitUntil(() => seen.length > 0, 'the other store heard of it');
    expect((seen.at(-1) as Envelope<Data>).data.ideas.a.title).to.equal('Hello');
    await waitUntil(() => posted.length > 0, 'the message arrived');
    // The channel carries the key only, never the record.
    expect(posted[0]).to.deep.equal({ key: keyOf(space) });
    listener.close();

    const removed: unknown[] = [];
    other.subscribe((key, envelope) => key === keyOf(space) && removed.push(envelope ?? 'gone'));
    await saver.remove(keyOf(space));
    await waitUntil(() => removed.includes('gone'), 'the removal reached the other store');
  });

  it('removes a record with all its rows, keeps damaged records aside whole, and lists records only', async () => {
    const space = freshSpace();
    const store = open();
    await store.update(keyOf(space), () =>
      boardOf(
        space,
        ODD_IDS.map((id) => item(id)),
      ),
    );
    const otherKey = `together-kit/${space}/idea-board/second`;
    await store.update(otherKey, () => ({ ...boardOf(space, [item('b')]), id: 'second' }));
    const damaged = { format: 'together-kit', data: { ideas: { a: { id: 'a' } } }, oops: true };
    const aside = await store.keepAside(keyOf(space), damaged);

    expect(await store.list(space)).to.deep.equal([keyOf(space), aside, otherKey].sort());
    expect((await rawEntries(aside)).get(aside)).to.deep.equal(damaged);
    expect(await store.load(aside)).to.deep.equal(damaged);

    await store.remove(keyOf(space));
    const left = await rawEntries(keyOf(space));
    expect([...left.keys()]).to.deep.equal([aside]);
    expect(await store.load(keyOf(space))).to.equal(undefined);
    expect(await store.list(space)).to.deep.equal([aside, otherKey].sort());
    await store.remove(aside);
    await store.remove(otherKey);
    expect(await store.list(space)).to.deep.equal([]);
  });

  it('keeps a value it cannot split whole, and replaces rows when a collection becomes a value', async () => {
    const space = freshSpace();
    const store = open();
    await store.update(keyOf(space), () => boardOf(space, [item('a')]));
    const notAnEnvelope = 'just text' as unknown as Envelope;
    await store.update(keyOf(space), () => notAnEnvelope);
    expect([...(await rawEntries(keyOf(space))).keys()]).to.deep.equal([keyOf(space)]);
    expect(await store.load(keyOf(space))).to.equal('just text');

    await store.update(keyOf(space), () => boardOf(space, [item('a'), item('b')]));
    const flat = createEnvelope({ space, kind: 'idea-board', id: 'main' }, { ideas: 'none' });
    await saveItems(store, space, Collection.from({ c: item('c') }));
    await store.updateItems(keyOf(space), () => flat);
    expect([...(await rawEntries(keyOf(space))).keys()]).to.deep.equal([keyOf(space)]);
    expect(await open().load(keyOf(space))).to.deep.equal(flat);
  });

  it('writes nothing when a save cannot be stored, and says why', async () => {
    const space = freshSpace();
    const store = open();
    await store.update(keyOf(space), () => boardOf(space, [item('a')]));
    const before = await rawEntries(keyOf(space));
    const unstorable = boardOf(space, [item('a', 'changed'), item('b')]);
    (unstorable.data as { ideas: Record<string, unknown> }).ideas.b = {
      fn: () => 1,
      updatedAt: stamp(),
    };
    let failure: unknown;
    await store.update(keyOf(space), () => unstorable).catch((error: unknown) => (failure = error));
    expect((failure as Error).name).to.equal('StoreError');
    expect(await rawEntries(keyOf(space))).to.deep.equal(before);
    // Nor when what is written is not an envelope at all and cannot be stored either.
    failure = undefined;
    const notStorable = (() => 1) as unknown as Envelope;
    await store
      .update(keyOf(space), () => notStorable)
      .catch((error: unknown) => (failure = error));
    expect((failure as Error).name).to.equal('StoreError');
    expect(await rawEntries(keyOf(space))).to.deep.equal(before);
  });

  it('keeps rows and records whole in localStorage, where IndexedDB is blocked', async () => {
    const space = freshSpace();
    const store = new LocalStore({ indexedDB: null });
    stores.push(store);
    const written = await saveItems(store, space, Collection.from({ a: item('a') }));
    expect(written.data.ideas).to.be.instanceOf(Collection);
    const text = localStorage.getItem(keyOf(space));
    expect((JSON.parse(text ?? '{}') as Envelope<Data>).data.ideas.a.title).to.equal('Idea a');
    expect(await store.list(space)).to.deep.equal([keyOf(space)]);
    await store.remove(keyOf(space));
    expect(localStorage.getItem(keyOf(space))).to.equal(null);
  });
});
