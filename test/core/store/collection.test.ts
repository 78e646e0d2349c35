import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Collection, storedData } from '../../../src/core/store/collection.js';
import { mergeData, tombstone } from '../../../src/core/store/merge.js';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute)).toISOString();

interface Item {
  id: string;
  text: string;
  updatedAt: string;
}

const item = (id: string, text = id, minute = 1): Item => ({ id, text, updatedAt: t(minute) });

/** The same entries, whatever order each keeps them in. */
const sorted = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));

describe('Collection', () => {
  it('reads, counts and lists what it was made from', () => {
    const c = Collection.from({ a: item('a'), b: item('b') });
    expect(c.size).to.equal(2);
    expect(c.get('a')?.text).to.equal('a');
    expect(c.get('z')).to.equal(undefined);
    expect(c.has('b')).to.be.true;
    expect(c.has('z')).to.be.false;
    expect([...c].map((i) => i.id).sort()).to.deep.equal(['a', 'b']);
    expect(sorted(c.toRecord())).to.deep.equal({ a: item('a'), b: item('b') });
    expect(Collection.empty<Item>().size).to.equal(0);
    expect([...Collection.empty<Item>()]).to.deep.equal([]);
  });

  it('changes one item into a new collection and leaves the old one as it was', () => {
    const before = Collection.from({ a: item('a') });
    const after = before.with('a', item('a', 'changed')).with('b', item('b'));
    expect(before.get('a')?.text).to.equal('a');
    expect(before.has('b')).to.be.false;
    expect(before.size).to.equal(1);
    expect(after.get('a')?.text).to.equal('changed');
    expect(after.size).to.equal(2);
  });

  it('returns itself when nothing changes', () => {
    const c = Collection.from({ a: item('a') });
    expect(c.withAll([]) === c).to.be.true;
    expect(c.map((i) => i) === c).to.be.true;
  });

  it('keeps ids that are also names of object properties', () => {
    const c = Collection.empty<Item>()
      .with('__proto__', item('__proto__'))
      .with('constructor', item('constructor'));
    expect(c.size).to.equal(2);
    expect(c.get('__proto__')?.id).to.equal('__proto__');
    expect(c.get('toString')).to.equal(undefined);
    expect(Object.keys(c.toRecord()).sort()).to.deep.equal(['__proto__', 'constructor']);
    expect(JSON.parse(JSON.stringify(c))).to.deep.equal(JSON.parse(JSON.stringify(c.toRecord())));
  });

  it('writes its stored form with JSON.stringify', () => {
    const c = Collection.from({ a: item('a') });
    expect(JSON.parse(JSON.stringify({ items: c }))).to.deep.equal({ items: { a: item('a') } });
  });

  it('shares the buckets a change does not touch', () => {
    const record: Record<string, Item> = {};
    for (let i = 0; i < 2000; i += 1) record[`idea-${i}`] = item(`idea-${i}`);
    const before = Collection.from(record);
    const after = before.with('idea-7', item('idea-7', 'changed'));
    // Merging two versions of one collection only merges the bucket that differs, so every
    // other item comes back as the very same object.
    let calls = 0;
    const merged = Collection.merge(after, before, (ours) => ((calls += 1), ours));
    expect(calls).to.be.lessThan(50);
    expect(merged.get('idea-7')?.text).to.equal('changed');
    expect(merged.size).to.equal(2000);
  });

  // A model: a plain object, changed the obvious way.
  const id = fc.constantFrom('a', 'b', 'c', 'idea-1', 'idea-22', '__proto__', 'x:y');
  const op = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), id, text: fc.string() }),
    fc.record({ kind: fc.constant('many' as const), ids: fc.array(id), text: fc.string() }),
    fc.record({ kind: fc.constant('map' as const), text: fc.string() }),
  );

  it('behaves as a plain object changed the same way (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let c = Collection.empty<Item>();
        const model = new Map<string, Item>();
        for (const o of ops) {
          if (o.kind === 'set') {
            c = c.with(o.id, item(o.id, o.text));
            model.set(o.id, item(o.id, o.text));
          } else if (o.kind === 'many') {
            c = c.withAll(o.ids.map((i) => [i, item(i, o.text)] as const));
            for (const i of o.ids) model.set(i, item(i, o.text));
          } else {
            c = c.map((it) => (it.id < 'b' ? { ...it, text: o.text } : it));
            for (const [key, it] of model) if (it.id < 'b') model.set(key, { ...it, text: o.text });
          }
        }
        expect(c.size).to.equal(model.size);
        for (const [key, value] of model) expect(c.get(key)).to.deep.equal(value);
        expect(sorted(c.toRecord())).to.deep.equal(sorted(Object.fromEntries(model)));
      }),
      { numRuns: 300 },
    );
  });

  const version = fc
    .array(
      fc.record({
        id,
        text: fc.string(),
        updatedAt: fc.integer({ min: 0, max: 20 }).map(t),
        deleted: fc.boolean(),
      }),
    )
    .map((items) =>
      Object.fromEntries(
        items.map((i) => [
          i.id,
          i.deleted ? tombstone(i.id, new Date(i.updatedAt)) : item(i.id, i.text, 0),
        ]),
      ),
    );

  it('merges as mergeData merges the plain objects it stands for (property)', () => {
    fc.assert(
      fc.property(version, version, fc.boolean(), (a, b, oursNewer) => {
        const plain = mergeData({ items: a }, { items: b }, oursNewer) as { items: object };
        const ours = { items: Collection.from(a) };
        const theirs = { items: Collection.from(b) };
        const merged = mergeData(ours, theirs, oursNewer) as { items: Collection<unknown> };
        expect(merged.items instanceof Collection).to.be.true;
        expect(sorted(merged.items.toRecord())).to.deep.equal(sorted(plain.items as never));
        // One side held in memory, the other just read from storage: the same again.
        const mixed = mergeData(ours, { items: b }, oursNewer) as { items: Collection<unknown> };
        expect(sorted(mixed.items.toRecord())).to.deep.equal(sorted(plain.items as never));
      }),
      { numRuns: 300 },
    );
  });

  it('merged with something that is not a collection, the newer side wins', () => {
    const c = Collection.from({ a: item('a') });
    expect(mergeData({ items: c }, { items: 'broken' }, true)).to.deep.equal({ items: c });
    expect(mergeData({ items: c }, { items: 'broken' }, false)).to.deep.equal({ items: 'broken' });
  });
});

describe('storedData', () => {
  it('turns top-level collections into plain objects and leaves the rest', () => {
    const settings = { id: 'settings', updatedAt: t(1) };
    const data = { items: Collection.from({ a: item('a') }), settings, note: 'kept' };
    const stored = storedData(data);
    expect(stored).to.deep.equal({ items: { a: item('a') }, settings, note: 'kept' });
    expect(stored.settings === settings).to.be.true;
    expect(data.items instanceof Collection).to.be.true;
  });

  it('gives back the same object when there is no collection', () => {
    const plain = { items: { a: item('a') } };
    expect(storedData(plain) === plain).to.be.true;
  });
});
