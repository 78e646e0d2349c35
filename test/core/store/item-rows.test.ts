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
  rowOfItem,
  sameJson,
  storedEnvelope,
  type Row,
} from '../../../src/core/store/item-rows.js';

const KEY = 'together-kit/rows/idea-board/main';
const stamp = '2026-11-29T10:00:00.000Z';
const item = (id: string, title = id) => ({ id, title, updatedAt: stamp });

/** Rows as IndexedDB holds them: by field, then by row number. */
type Stored = Map<string, Map<number, [string, unknown][]>>;

/** Writes `changes` into `stored`, as the store does in one transaction. */
function write(stored: Stored, changes: ReturnType<typeof rowChanges>): Stored {
  for (const field of changes.clear) stored.delete(field);
  for (const [field, bucket] of changes.remove) stored.get(field)?.delete(bucket);
  for (const [field, bucket, entries] of changes.put) {
    if (!stored.has(field)) stored.set(field, new Map());
    // IndexedDB keeps a copy of what is put.
    stored.get(field)!.set(bucket, structuredClone(entries));
  }
  return stored;
}

/** The rows as IndexedDB hands them back: in key order. */
function rowsOf(stored: Stored): Row[] {
  const rows: [string, Row][] = [];
  for (const [field, buckets] of stored)
    for (const [bucket, entries] of buckets)
      rows.push([rowKey(KEY, field, bucket), [field, entries]]);
  return rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** Splits an envelope the way the store writes it, then assembles what the store would read. */
function roundTrip(envelope: Envelope): Envelope {
  const fields = rowFields(envelope.data);
  const head = headOf(envelope, fields, 'rev-1');
  const stored = write(new Map(), rowChanges({}, [], envelope.data, fields));
  return assemble(structuredClone(head), rowsOf(stored));
}

describe('item rows (how IndexedDB keeps a record)', () => {
  it('names each row by record, field and number, never by item id', () => {
    for (const bucket of [0, 7, 15]) {
      const row = rowKey(KEY, 'ideas', bucket);
      expect(isRowKey(row)).to.equal(true);
      expect(recordOfRow(row)).to.equal(KEY);
      expect(parseRowKey(KEY, row)).to.deep.equal({ field: 'ideas', row: String(bucket) });
      const [lower, upper] = rowBounds(KEY);
      expect(row >= lower && row < upper, `bucket ${bucket} within its record's range`).to.equal(
        true,
      );
      const [fieldLower, fieldUpper] = rowBounds(KEY, 'ideas');
      expect(row >= fieldLower && row < fieldUpper).to.equal(true);
      expect(row >= rowBounds(KEY, 'votes')[0] && row < rowBounds(KEY, 'votes')[1]).to.equal(false);
    }
    expect(isRowKey(KEY)).to.equal(false);
    expect(parseRowKey(KEY, `${KEY}#corrupt-2026`)).to.equal(undefined);
    expect(parseRowKey(KEY, `${KEY}\u0000ideas`)).to.equal(undefined);
    expect(parseRowKey(KEY, 'together-kit/rows/idea-board/other\u0000ideas\u00001')).to.equal(
      undefined,
    );
    // Another record whose id starts like this one's never falls in its range.
    const [lower, upper] = rowBounds(KEY);
    const longer = rowKey(`${KEY}-2`, 'ideas', 1);
    expect(longer >= lower && longer < upper).to.equal(false);
  });

  it('keeps any item id as data, never as a key', () => {
    const ids = [
      '__proto__',
      'constructor',
      'toString',
      'a/b/c',
      'x\u0000y',
      '',
      'é 💡',
      '#corrupt-1',
    ];
    const ideas = Object.fromEntries(ids.map((id) => [id, item(id)]));
    const envelope = createEnvelope({ space: 'rows', kind: 'k', id: 'main' }, { ideas });
    const back = roundTrip(envelope) as Envelope<{ ideas: Record<string, unknown> }>;
    expect(Object.keys(back.data.ideas).sort()).to.deep.equal([...ids].sort());
    expect(Object.getPrototypeOf(back.data.ideas)).to.equal(Object.prototype);
    for (const id of ids)
      expect(Object.getOwnPropertyDescriptor(back.data.ideas, id)?.value).to.deep.equal(item(id));
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

  it('writes only the rows whose buckets changed between two versions of a Collection', () => {
    const items: Record<string, ReturnType<typeof item>> = {};
    for (let i = 0; i < 1000; i += 1) items[`idea-${i}`] = item(`idea-${i}`);
    const before = Collection.from(items);
    const after = before.with('idea-5', item('idea-5', 'changed')).with('new', item('new'));
    const changes = rowChanges({ ideas: before }, ['ideas'], { ideas: after }, ['ideas']);
    const rows = [...new Set([rowOfItem('idea-5'), rowOfItem('new')])].sort((a, b) => a - b);
    expect(changes.put.map(([, row]) => row).sort((a, b) => a - b)).to.deep.equal(rows);
    for (const [field, row, entries] of changes.put) {
      expect(field).to.equal('ideas');
      // The whole row, as it is now: every item of its buckets.
      const expected = [...after.entries()].filter(([id]) => rowOfItem(id) === row);
      expect(new Map(entries)).to.deep.equal(new Map(expected));
    }
    // One row in 16 per change: a save writes a sixteenth of the items at most, not all.
    expect(changes.put.reduce((n, [, , entries]) => n + entries.length, 0)).to.be.below(
      (2 * 1001) / 16 + 40,
    );
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
        // What IndexedDB holds after saving `base`, and `base` as read back from it (equal
        // items are other objects then, as after a read).
        const baseFields = rowFields(base);
        const stored = write(new Map(), rowChanges({}, [], base, baseFields));
        const read = structuredClone(base);
        const fields = rowFields(nextData);
        const changes = rowChanges(read, baseFields, nextData, fields);
        const head = headOf(
          createEnvelope({ space: 'rows', kind: 'k', id: 'main' }, nextData),
          fields,
          'r',
        );
        const back = assemble(head, rowsOf(write(stored, changes)));
        expect(sameJson(back.data, JSON.parse(JSON.stringify(nextData)))).to.equal(true);
        // A row is written only when it really changed.
        for (const [field, bucket, entries] of changes.put) {
          const old = Object.entries(read[field] ?? {}).filter(([id]) => rowOfItem(id) === bucket);
          expect(
            sameJson(Object.fromEntries(old), Object.fromEntries(entries)),
            `${field}/${bucket} changed`,
          ).to.equal(false);
        }
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
