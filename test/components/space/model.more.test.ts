// Importing into a space, in the cases the element tests do not reach: a record saved here by
// a newer version, a damaged record kept aside, a write that fails half-way (all put back),
// and kept-aside copies left out of an export.
import { registerRecordKind } from '../../../src/core/kinds/index.js';
import { expect } from '@open-wc/testing';
import { applyImport, planImport, readSpace } from '../../../src/components/space/model.js';
import { CURRENT_SCHEMA, createEnvelope, type Envelope } from '../../../src/core/store/envelope.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';

const at = new Date('2026-11-29T10:00:00.000Z');
const note = (id: string, data: Record<string, unknown> = {}): Envelope =>
  createEnvelope({ space: 'library', kind: 'notes', id }, data, at);
const keyOf = (id: string) => `together-kit/library/notes/${id}`;
// A kind of the page's own, as an element built on the core would register it: an import
// merges only with records its kind can read.
registerRecordKind('notes', (data) => data);

/** A memory store with no room for one record (the disk fills up when that one is written). */
class FillingStore extends MemoryStore {
  constructor(private readonly noRoomFor: string) {
    super();
  }
  override async update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
    if (key === this.noRoomFor) {
      next(await this.load(key));
      throw new DOMException('no room', 'QuotaExceededError');
    }
    return super.update(key, next);
  }
}

describe('importing into a space, in detail', () => {
  it('refuses to change a record saved here by a newer version', async () => {
    const store = new MemoryStore();
    await store.update(keyOf('a'), () => ({ ...note('a'), schema: CURRENT_SCHEMA + 1 }));
    let error: unknown;
    await planImport(store, [note('a')]).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain(`${keyOf('a')} here was saved by a newer version`);
  });

  it('keeps a damaged record aside before the import replaces it', async () => {
    const store = new MemoryStore();
    await store.update(keyOf('a'), () => ({ broken: true }) as unknown as Envelope);
    const steps = await planImport(store, [note('a', { text: 'new' })]);
    expect(steps.map((step) => step.action)).to.deep.equal(['add']);
    await applyImport(store, steps);
    const keys = await store.list('library');
    expect(keys.filter((key) => key.startsWith(`${keyOf('a')}#corrupt-`))).to.have.length(1);
    expect(await store.load(keyOf('a'))).to.deep.include({ data: { text: 'new' } });
  });

  it('puts everything back when a write fails half-way', async () => {
    const store = new FillingStore(keyOf('c'));
    await store.update(keyOf('a'), () => note('a', { text: 'before' }));
    const steps = await planImport(store, [note('a', { text: 'after' }), note('b'), note('c')]);
    let error: unknown;
    await applyImport(store, steps).catch((e: unknown) => (error = e));
    expect((error as DOMException).name).to.equal('QuotaExceededError');
    expect(await store.load(keyOf('a'))).to.deep.include({ data: { text: 'before' } });
    expect(await store.load(keyOf('b'))).to.equal(undefined);
    expect(await store.list('library')).to.deep.equal([keyOf('a')]);
    expect(steps.map((step) => step.action)).to.deep.equal(['merge', 'add', 'add']);
  });

  it('exports the valid records of a space, not the kept-aside copies', async () => {
    const store = new MemoryStore();
    await store.update(keyOf('a'), () => note('a'));
    await store.keepAside(keyOf('b'), { broken: true });
    await store.update(keyOf('c'), () => ({ broken: true }) as unknown as Envelope);
    expect((await readSpace(store, 'library')).map((record) => record.id)).to.deep.equal(['a']);
  });
});
