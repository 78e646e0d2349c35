// More merge cases, written to kill the mutants `npm run mutation` found alive in merge.ts and
// collection.ts: times in other formats, values of different shapes under one key, fields
// only one side has, and sharing what did not change.
import { expect } from '@open-wc/testing';
import { Collection } from '../../../src/core/store/collection.js';
import { isTombstone, mergeData, tombstone } from '../../../src/core/store/merge.js';

describe('mergeData, in detail', () => {
  const later: [string, string, string, 'ours' | 'theirs'][] = [
    ['an offset time against UTC', '2026-11-29T10:00:00+01:00', '2026-11-29T09:30:00Z', 'theirs'],
    [
      'two offset times of one length',
      '2026-11-29T10:00:00+0100',
      '2026-11-29T09:30:00.000Z',
      'theirs',
    ],
    ['UTC against an offset time', '2026-11-29T09:30:00.000Z', '2026-11-29T10:00:00+0100', 'ours'],
    [
      'the same moment written two ways (a tie: the newer envelope wins)',
      '2026-11-29T10:00:00Z',
      '2026-11-29T10:00:00.000Z',
      'ours',
    ],
    ['UTC times of one length', '2026-11-29T10:00:01.000Z', '2026-11-29T10:00:00.000Z', 'ours'],
  ];
  for (const [name, oursAt, theirsAt, winner] of later) {
    it(`takes the later version of an item: ${name}`, () => {
      const ours = { text: 'ours', updatedAt: oursAt };
      const theirs = { text: 'theirs', updatedAt: theirsAt };
      expect(mergeData({ a: ours }, { a: theirs }, true)).to.deep.equal({
        a: winner === 'ours' ? ours : theirs,
      });
    });
  }

  it('settles a tie of the same moment by whose envelope is newer', () => {
    const ours = { text: 'ours', updatedAt: '2026-11-29T10:00:00Z' };
    const theirs = { text: 'theirs', updatedAt: '2026-11-29T10:00:00.000Z' };
    expect(mergeData({ a: ours }, { a: theirs }, false)).to.deep.equal({ a: theirs });
  });

  it('returns the very object when both sides are the same', () => {
    const data = { ideas: { a: { text: 'x', updatedAt: '2026-11-29T10:00:00.000Z' } } };
    expect(mergeData(data, data, true)).to.equal(data);
    expect(mergeData(data, structuredClone(data), true)).to.deep.equal(data);
  });

  it('takes an item whole, from the later side, fields only one version has included', () => {
    const ours = { id: 'a', text: 'old', draft: 'x', updatedAt: '2026-11-29T10:00:00.000Z' };
    const theirs = { id: 'a', text: 'new', tag: 'y', updatedAt: '2026-11-29T11:00:00.000Z' };
    expect(mergeData({ a: ours }, { a: theirs }, true)).to.deep.equal({ a: theirs });
    expect(mergeData({ a: theirs }, { a: ours }, false)).to.deep.equal({ a: theirs });
  });

  it('takes a field holding marks (not items) whole from the later version of the item', () => {
    const ours = { marks: { A: 1, B: 1 }, updatedAt: '2026-11-29T10:00:00.000Z' };
    const theirs = { marks: { A: 1 }, updatedAt: '2026-11-29T11:00:00.000Z' };
    expect(mergeData({ v: ours }, { v: theirs }, true)).to.deep.equal({ v: theirs });
    const mixed = { a: { updatedAt: '2026-11-29T10:00:00.000Z' }, note: 'x' };
    const ours2 = { parts: mixed, updatedAt: '2026-11-29T10:00:00.000Z' };
    const theirs2 = {
      parts: { b: { updatedAt: '2026-11-29T10:00:00.000Z' }, note: 'y' },
      updatedAt: '2026-11-29T11:00:00.000Z',
    };
    expect(mergeData({ v: ours2 }, { v: theirs2 }, true)).to.deep.equal({ v: theirs2 });
  });

  it('takes a list of items inside an item whole from the later version, never by position', () => {
    const step = (text: string) => ({ text, updatedAt: '2026-11-29T10:00:00.000Z' });
    const ours = { steps: [step('a'), step('b')], updatedAt: '2026-11-29T10:00:00.000Z' };
    const theirs = { steps: [step('c')], updatedAt: '2026-11-29T11:00:00.000Z' };
    expect(mergeData({ i: ours }, { i: theirs }, true)).to.deep.equal({ i: theirs });
    expect(mergeData({ i: theirs }, { i: ours }, false)).to.deep.equal({ i: theirs });
  });

  it('merges replies under an item id by id, even where the other version is older', () => {
    const reply = (text: string, at: string) => ({ text, updatedAt: at });
    const ours = {
      text: 'idea',
      replies: { r1: reply('mine', '2026-11-29T10:05:00.000Z') },
      updatedAt: '2026-11-29T11:00:00.000Z',
    };
    const theirs = {
      text: 'idea, older',
      replies: { r2: reply('yours', '2026-11-29T10:06:00.000Z') },
      updatedAt: '2026-11-29T10:00:00.000Z',
    };
    expect(mergeData({ i: ours }, { i: theirs }, false)).to.deep.equal({
      i: { ...ours, replies: { ...ours.replies, ...theirs.replies } },
    });
  });

  it('takes a value of another shape under one key from the newer side, whole', () => {
    const item = { text: 'x', updatedAt: '2026-11-29T10:00:00.000Z' };
    const cases: [unknown, unknown][] = [
      [{ a: 1 }, 5],
      [5, { a: 1 }],
      [{ a: 1 }, [1, 2]],
    ];
    for (const [ours, theirs] of cases) {
      expect(mergeData({ k: ours }, { k: theirs }, true)).to.deep.equal({ k: ours });
      expect(mergeData({ k: ours }, { k: theirs }, false)).to.deep.equal({ k: theirs });
    }
    const withCollection = (parts: unknown, at: string) => ({ parts, updatedAt: at });
    const collection = { r: item };
    const ours = withCollection(collection, '2026-11-29T10:00:00.000Z');
    const theirs = withCollection('a note', '2026-11-29T11:00:00.000Z');
    expect(mergeData({ i: ours }, { i: theirs }, true)).to.deep.equal({ i: theirs });
    expect(mergeData({ i: theirs }, { i: ours }, true)).to.deep.equal({ i: theirs });
  });

  it('merges an item with a plain object that is not one field by field, outside items', () => {
    const item = { text: 'x', updatedAt: '2026-11-29T10:00:00.000Z' };
    const plain = { text: 'not an item', tag: 't' };
    expect(mergeData({ k: item }, { k: plain }, true)).to.deep.equal({ k: { ...plain, ...item } });
    expect(mergeData({ k: item }, { k: plain }, false)).to.deep.equal({ k: { ...item, ...plain } });
    expect(mergeData({ k: plain }, { k: item }, true)).to.deep.equal({ k: { ...item, ...plain } });
  });

  it('merges a collection in memory with plain objects that are not items field by field', () => {
    const ours = Collection.from<unknown>({ a: { x: 1 }, b: { y: 1 } });
    const theirs = Collection.from<unknown>({ a: { z: 2 }, c: { w: 3 } });
    const merged = mergeData({ c: ours }, { c: theirs }, true) as { c: Collection<unknown> };
    expect(merged.c.toRecord()).to.deep.equal({ a: { x: 1, z: 2 }, b: { y: 1 }, c: { w: 3 } });
  });

  it('writes a tombstone that says it is deleted', () => {
    const gone = tombstone('a', new Date(Date.UTC(2026, 10, 29, 10)));
    expect(gone).to.deep.equal({ id: 'a', deleted: true, updatedAt: '2026-11-29T10:00:00.000Z' });
    expect(isTombstone(gone)).to.be.true;
    expect(isTombstone({ id: 'a', deleted: 'yes', updatedAt: gone.updatedAt })).to.be.false;
  });
});

describe('Collection.merge, in detail', () => {
  it('returns the very collection when both sides are the same', () => {
    const c = Collection.from({ a: 1 });
    expect(Collection.merge(c, c, () => 0)).to.equal(c);
  });

  it('asks mergeItem only about ids both sides have', () => {
    const asked: [number, number][] = [];
    const merged = Collection.merge(
      Collection.from({ a: 1, b: 2 }),
      Collection.from({ b: 20, c: 30 }),
      (ours, theirs) => {
        asked.push([ours, theirs]);
        return ours + theirs;
      },
    );
    expect(asked).to.deep.equal([[2, 20]]);
    expect(merged.toRecord()).to.deep.equal({ a: 1, b: 22, c: 30 });
    expect(merged.size).to.equal(3);
  });

  it('asks mergeItem only about ids both sides have, also among ids that share a bucket', () => {
    // "id2" and "id60" hash to the same one of the 256 buckets.
    const asked: [number, number][] = [];
    const merged = Collection.merge(
      Collection.from({ id2: 1 }),
      Collection.from({ id2: 10, id60: 20 }),
      (ours, theirs) => {
        asked.push([ours, theirs]);
        return ours + theirs;
      },
    );
    expect(asked).to.deep.equal([[1, 10]]);
    expect(merged.toRecord()).to.deep.equal({ id2: 11, id60: 20 });
  });
});
