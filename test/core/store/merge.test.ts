import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isItem, liveItems, mergeData, tombstone } from '../../../src/core/store/merge.js';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute)).toISOString();

describe('mergeData', () => {
  it('keeps items added on both sides', () => {
    const ours = { ideas: { a: { id: 'a', title: 'Evening opening', updatedAt: t(1) } } };
    const theirs = { ideas: { b: { id: 'b', title: 'Book swap', updatedAt: t(2) } } };
    expect(mergeData(ours, theirs, true)).to.deep.equal({
      ideas: { ...ours.ideas, ...theirs.ideas },
    });
  });

  it('keeps the later version of an item edited on both sides, whichever envelope is newer', () => {
    const older = { id: 'a', title: 'Old', updatedAt: t(1) };
    const newer = { id: 'a', title: 'New', updatedAt: t(5) };
    expect(mergeData({ ideas: { a: older } }, { ideas: { a: newer } }, true)).to.deep.equal({
      ideas: { a: newer },
    });
    expect(mergeData({ ideas: { a: newer } }, { ideas: { a: older } }, false)).to.deep.equal({
      ideas: { a: newer },
    });
  });

  it('merges a collection inside an item (replies under one idea from two tabs)', () => {
    const ours = {
      id: 'a',
      title: 'T',
      updatedAt: t(3),
      builds: { x: { id: 'x', text: 'yes, and…', updatedAt: t(3) } },
    };
    const theirs = {
      id: 'a',
      title: 'T',
      updatedAt: t(2),
      builds: { y: { id: 'y', text: 'and also', updatedAt: t(2) } },
    };
    const merged = mergeData(ours, theirs, false) as typeof ours;
    expect(Object.keys(merged.builds).sort()).to.deep.equal(['x', 'y']);
  });

  it('lets a later deletion win whole, so deleted personal data does not come back', () => {
    const live = { id: 'o', name: 'Ceri', phone: '07700 900000', updatedAt: t(1) };
    const gone = tombstone('o', new Date(t(2)));
    expect(mergeData({ offers: { o: live } }, { offers: { o: gone } }, true)).to.deep.equal({
      offers: { o: gone },
    });
  });

  it('lets an item re-created after a deletion live (the later version wins whole)', () => {
    const gone = tombstone('b', new Date(t(1)));
    const again = { id: 'b', group: 'community', updatedAt: t(2) };
    expect(mergeData({ ballots: { b: gone } }, { ballots: { b: again } }, true)).to.deep.equal({
      ballots: { b: again },
    });
    expect(mergeData({ ballots: { b: again } }, { ballots: { b: gone } }, false)).to.deep.equal({
      ballots: { b: again },
    });
  });

  it('replaces an edited item whole: a mark removed in the later version stays removed', () => {
    const older = { id: 'b', marks: { A: 1 }, note: 'old', updatedAt: t(1) };
    const newer = { id: 'b', marks: { B: 1 }, updatedAt: t(2) };
    expect(mergeData({ ballots: { b: older } }, { ballots: { b: newer } }, true)).to.deep.equal({
      ballots: { b: newer },
    });
  });

  it('takes plain values from the newer envelope', () => {
    expect(mergeData({ title: 'ours' }, { title: 'theirs' }, true)).to.deep.equal({
      title: 'ours',
    });
    expect(mergeData({ title: 'ours' }, { title: 'theirs' }, false)).to.deep.equal({
      title: 'theirs',
    });
    expect(mergeData([1], [2], false)).to.deep.equal([2]);
  });

  it('does not change its inputs', () => {
    const ours = { ideas: { a: { id: 'a', updatedAt: t(1) } } };
    const theirs = { ideas: { b: { id: 'b', updatedAt: t(1) } } };
    const copy = structuredClone([ours, theirs]);
    mergeData(ours, theirs, true);
    expect([ours, theirs]).to.deep.equal(copy);
  });

  const item = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    text: fc.string(),
    updatedAt: fc.integer({ min: 0, max: 50 }).map(t),
  });
  const collection = fc
    .array(item)
    .map((items) => ({ items: Object.fromEntries(items.map((i) => [i.id, i])) }));

  it('keeps every item id from both sides (property)', () => {
    fc.assert(
      fc.property(collection, collection, fc.boolean(), (a, b, oursNewer) => {
        const merged = mergeData(a, b, oursNewer) as typeof a;
        const ids = new Set([...Object.keys(a.items), ...Object.keys(b.items)]);
        expect(new Set(Object.keys(merged.items))).to.deep.equal(ids);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result whichever side merges (property)', () => {
    fc.assert(
      fc.property(collection, collection, fc.boolean(), (a, b, oursNewer) => {
        expect(mergeData(a, b, oursNewer)).to.deep.equal(mergeData(b, a, !oursNewer));
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent: merging a version with itself changes nothing (property)', () => {
    fc.assert(
      fc.property(collection, fc.boolean(), (a, oursNewer) => {
        expect(mergeData(a, a, oursNewer)).to.deep.equal(a);
      }),
      { numRuns: 100 },
    );
  });
});

describe('items and tombstones', () => {
  it('recognises items by their updatedAt', () => {
    expect(isItem({ updatedAt: t(1) })).to.be.true;
    expect(isItem({ updatedAt: 5 })).to.be.false;
    expect(isItem(null)).to.be.false;
    expect(isItem([])).to.be.false;
  });

  it('lists live items only', () => {
    expect(liveItems({ a: { id: 'a' }, b: { id: 'b', deleted: true } })).to.deep.equal([
      { id: 'a' },
    ]);
  });
});
