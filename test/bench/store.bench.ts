/**
 * Loading and saving one record of 10,000 ideas through the local store (IndexedDB, and
 * localStorage as the fallback), beside JSON.stringify and structuredClone of the same object
 * measured in the same run: the floor any store pays to copy the data.
 */
import {
  createEnvelope,
  recordKey,
  validateEnvelope,
  type Envelope,
} from '../../src/core/store/envelope.js';
import { migrate } from '../../src/core/store/migrations.js';
import { Collection } from '../../src/core/store/collection.js';
import { LocalStore } from '../../src/core/store/local-store.js';
import { measure, report } from './harness.js';

function boardOf(count: number): Envelope {
  const ideas: Record<string, unknown> = {};
  const stamp = new Date('2026-11-29T10:00:00Z').toISOString();
  for (let i = 0; i < count; i += 1) {
    const id = `idea-${i}`;
    ideas[id] = {
      id,
      column: ['ideas', 'developing', 'agreed'][i % 3],
      rank: i,
      title: `Idea number ${i}: open the library later on ${['Mondays', 'Thursdays', 'Saturdays'][i % 3]}`,
      detail: 'People who work shifts cannot reach the library before it closes at five.',
      tags: ['opening-hours', 'access'],
      group: i % 4 === 0 ? 'professional' : 'community',
      participant: `p-${i % 500}`,
      createdAt: stamp,
      updatedAt: stamp,
    };
  }
  return createEnvelope({ space: 'bench', kind: 'idea-board', id: 'main' }, { ideas, votes: {} });
}

describe('store benchmark', () => {
  it('loads and saves a record of 10,000 ideas', async () => {
    const envelope = boardOf(10_000);
    const key = recordKey(envelope);
    const bytes = new Blob([JSON.stringify(envelope)]).size;
    const indexedDb = new LocalStore();
    const localStorageOnly = new LocalStore({ indexedDB: null });
    await indexedDb.backendName();
    await localStorageOnly.backendName();
    let ideas = Collection.from(envelope.data.ideas as Record<string, unknown>);
    let turn = 0;

    const rows = [
      await measure('JSON.stringify (baseline)', () => JSON.stringify(envelope)),
      await measure('structuredClone', () => structuredClone(envelope)),
      await measure('JSON.stringify + JSON.parse', () => JSON.parse(JSON.stringify(envelope))),
      await measure('save, IndexedDB (the whole record: head and every item row)', () =>
        indexedDb.update(key, () => envelope),
      ),
      // What an element's save writes: the head and the one item that changed.
      await measure('save one changed idea, IndexedDB (updateItems: item rows)', () => {
        ideas = ideas.with('idea-7', { ...(ideas.get('idea-7') as object), rank: (turn += 1) });
        return indexedDb.updateItems(key, () => ({ ...envelope, data: { ideas, votes: {} } }));
      }),
      await measure('load, IndexedDB', () => indexedDb.load(key)),
      await measure('save, localStorage', () => localStorageOnly.update(key, () => envelope)),
      await measure('load, localStorage', () => localStorageOnly.load(key)),
      // What an element pays on load: read, check the envelope, bring it to the current schema.
      await measure('load + validate + migrate, IndexedDB', async () => {
        const checked = validateEnvelope(await indexedDb.load(key));
        if (!checked.ok || !migrate(checked.envelope).ok)
          throw new Error('the benchmark record is invalid');
      }),
    ];
    report('store: one record of 10,000 ideas', rows, [
      `record size: ${(bytes / 1024 / 1024).toFixed(2)} MB as JSON`,
    ]);
    await indexedDb.remove(key);
    await localStorageOnly.remove(key);
    indexedDb.close();
    localStorageOnly.close();
  });
});
