import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Collection } from '../../../src/core/store/collection.js';
import { createEnvelope, type Envelope } from '../../../src/core/store/envelope.js';
import {
  assemble,
  headOf,
  isHead,
  isRowKey,
  parseRowKey,
  recordOfRow,
  rowBounds,
  rowChanges,
  rowFields,
  rowKey,
  sameJson,
  storedEnvelope,
  type Row,
} from '../../../src/core/store/item-rows.js';

const KEY = 'together-kit/rows/idea-board/main';
const stamp = '2026-11-29T10:00:00.000Z';
const item = (id: string, title = id) => ({ id, title, updatedAt: stamp });

/** Splits an envelope the way the store writes it, then assembles what the store would read. */
function roundTrip(envelope: Envelope): Envelope {
  const fields = rowFields(envelope.data);
  const head = headOf(envelope, fields, 'rev-1');
  const rows: Row[] = rowChanges({}, [], envelope.data, fields).put;
  // IndexedDB hands rows back in key order.
  rows.sort((a, b) => {
    const ka = rowKey(KEY, a[0], a[1]);
    const kb = rowKey(KEY, b[0], b[1]);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return assemble(JSON.parse(JSON.stringify(head)) as typeof head, rows);
}

/** The stored data with `changes` applied, as IndexedDB would hold it after the save. */
function applied(
  base: Record<string, Record<string, unknown>>,
  changes: ReturnType<typeof rowChanges>,
  fields: readonly string[],
): Record<string, Record<string, unknown>> {
  const result: Record<string, Map<string, unknown>> = {};
  for (const [field, items] of Object.entries(base)) result[field] = new Map(Object.entries(items));
  // The head lists the fields kept as rows, so a collection with no items still exists.
  for (const field of fields) result[field] ??= new Map();
  for (const field of changes.clear) delete result[field];
  for (const [field, id] of changes.remove) result[field]?.delete(id);
  for (const [field, id, value] of changes.put) (result[field] ??= new Map()).set(id, value);
  return Object.fromEntries(
    Object.entries(result).map(([field, items]) => [field, Object.fromEntries(items)]),
  );
}

describe('item rows (how IndexedDB keeps a record)', () => {
  it('names each row by record, field and item id, whatever the id holds', () => {
    for (const id of ['__proto__', 'constructor', 'a/b/c', 'x\u0000y', '', 'é 💡', '#corrupt-1']) {
      const row = rowKey(KEY, 'ideas', id);
      expect(isRowKey(row)).to.equal(true);
      expect(recordOfRow(row)).to.equal(KEY);
      expect(parseRowKey(KEY, row)).to.deep.equal({ field: 'ideas', id });
      const [lower, upper] = rowBounds(KEY);
      expect(row >= lower && row < upper, `${id} within its record's range`).to.equal(true);
    }
    expect(isRowKey(KEY)).to.equal(false);
    expect(parseRowKey(KEY, `${KEY}#corrupt-2026`)).to.equal(undefined);
    expect(parseRowKey(KEY, 'together-kit/rows/idea-board/other\u0000ideas\u0000a')).to.equal(
      undefined,
    );
    // Another record whose id starts like this one's never falls in its range.
    const [lower, upper] = rowBounds(KEY);
    const longer = rowKey(`${KEY}-2`, 'ideas', 'a');
    expect(longer >= lower && longer < upper).to.equal(false);
  });

  it('keeps collections as rows and everything else in the head', () => {
    const data = {
      ideas: Collection.from({ a: item('a') }),
      votes: { v1: { id: 'v1', updatedAt: stamp } },
      empty: {},
      settings: { title: 'Board', updatedAt: stamp },
      tags: ['x'],
      count: 3,
      'bad\u0000field': { a: { id: 'a' } },
    };
    expect(rowFields(data)).to.deep.equal(['ideas', 'votes', 'empty']);
    const head = headOf(
      createEnvelope({ space: 'rows', kind: 'k', id: 'main' }, data),
      rowFields(data),
      'r',
    );
    expect(Object.keys(head.data).sort()).to.deep.equal([
      'bad\u0000field',
      'count',
      'settings',
      'tags',
    ]);
    expect(isHead(head)).to.equal(true);
    expect(isHead({ ...head, rows: { rev: 1, fields: [] } })).to.equal(false);
    expect(isHead(createEnvelope({ space: 'rows', kind: 'k', id: 'main' }, {}))).to.equal(false);
  });

  it('gives back exactly what was split, for any data (property)', () => {
    const id = fc.oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'a/b', 'x\u0000y'),
    );
    const value = fc.jsonValue({ maxDepth: 2 });
    const collection = fc.dictionary(id, fc.dictionary(fc.string(), value, { maxKeys: 3 }), {
      maxKeys: 6,
    });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(collection, value), { maxKeys: 5 }),
        (data) => {
          const envelope = createEnvelope({ space: 'rows', kind: 'k', id: 'main' }, data);
          const back = roundTrip(JSON.parse(JSON.stringify(envelope)) as Envelope);
          expect(sameJson(back, JSON.parse(JSON.stringify(envelope)))).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes only the items that changed between two versions of a Collection', () => {
    const items: Record<string, ReturnType<typeof item>> = {};
    for (let i = 0; i < 1000; i += 1) items[`idea-${i}`] = item(`idea-${i}`);
    const before = Collection.from(items);
    const after = before.with('idea-5', item('idea-5', 'changed')).with('new', item('new'));
    const changes = rowChanges({ ideas: before }, ['ideas'], { ideas: after }, ['ideas']);
    expect(changes.put.map(([, id]) => id).sort()).to.deep.equal(['idea-5', 'new']);
    expect(changes.remove).to.deep.equal([]);
    expect(changes.clear).to.deep.equal([]);
  });

  it('finds what changed against plain stored data too, skipping equal copies (property)', () => {
    const ids = fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor', 'd/e');
    const items = fc.dictionary(ids, fc.record({ title: fc.string(), n: fc.nat(3) }), {
      maxKeys: 6,
    });
    const data = fc.dictionary(fc.constantFrom('ideas', 'votes', 'notes'), items, { maxKeys: 3 });
    fc.assert(
      fc.property(data, data, fc.boolean(), (base, next, asCollection) => {
        const nextData: Record<string, unknown> = asCollection
          ? Object.fromEntries(Object.entries(next).map(([f, v]) => [f, Collection.from(v)]))
          : next;
        // A copy of the stored data: equal items are other objects, as after a read.
        const stored = JSON.parse(JSON.stringify(base)) as typeof base;
        const fields = rowFields(nextData);
        const changes = rowChanges(stored, rowFields(stored), nextData, fields);
        expect(applied(stored, changes, fields)).to.deep.equal(next);
        for (const [field, id, value] of changes.put)
          expect(sameJson(stored[field]?.[id], value), `${field}/${id} really changed`).to.equal(
            false,
          );
      }),
      { numRuns: 300 },
    );
  });

  it('turns a saved envelope into plain JSON only when its data is read', () => {
    const ideas = Collection.from(
      Object.fromEntries([
        ['__proto__', item('__proto__')],
        ['b', item('b')],
      ]),
    );
    const stored = storedEnvelope(
      createEnvelope({ space: 'rows', kind: 'k', id: 'main' }, { ideas, other: 1 }),
    );
    const { data } = stored as Envelope<{ ideas: Record<string, unknown>; other: number }>;
    expect(data.ideas).to.not.be.instanceOf(Collection);
    expect(Object.keys(data.ideas).sort()).to.deep.equal(['__proto__', 'b']);
    expect(stored.data).to.equal(data); // made once
    expect(JSON.parse(JSON.stringify(stored)).data.other).to.equal(1);
    expect(structuredClone(stored).data).to.deep.equal(JSON.parse(JSON.stringify(data)));
  });

  it('compares JSON values by content', () => {
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).to.equal(true);
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).to.equal(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).to.equal(false);
    expect(sameJson({ a: undefined }, { b: undefined })).to.equal(false);
    expect(sameJson([1], { 0: 1 })).to.equal(false);
    expect(sameJson(null, {})).to.equal(false);
    expect(sameJson([1, 2], [1])).to.equal(false);
  });
});
