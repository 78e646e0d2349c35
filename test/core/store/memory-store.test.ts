import { expect } from '@open-wc/testing';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import type { Envelope } from '../../../src/core/store/envelope.js';

const envelope = (id: string, data: Record<string, unknown> = {}): Envelope => ({
  format: 'together-kit',
  schema: 1,
  kind: 'idea-board',
  space: 's',
  id,
  updatedAt: new Date().toISOString(),
  data,
});

describe('MemoryStore', () => {
  it('saves, loads, lists and removes, handing out copies', async () => {
    const store = new MemoryStore();
    const key = 'together-kit/s/idea-board/main';
    await store.update(key, () => envelope('main', { a: 1 }));
    const loaded = (await store.load(key)) as Envelope;
    expect(loaded.data).to.deep.equal({ a: 1 });
    loaded.data.a = 2;
    expect(((await store.load(key)) as Envelope).data).to.deep.equal({ a: 1 });
    expect(await store.list('s')).to.deep.equal([key]);
    expect(await store.list('other')).to.deep.equal([]);
    await store.remove(key);
    expect(await store.load(key)).to.equal(undefined);
  });

  it('tells subscribers about changes and removals', async () => {
    const store = new MemoryStore();
    const seen: [string, unknown][] = [];
    const stop = store.subscribe((key, env) => seen.push([key, env?.id]));
    await store.update('together-kit/s/k/a', () => envelope('a'));
    await store.remove('together-kit/s/k/a');
    await store.remove('together-kit/s/k/never');
    stop();
    await store.update('together-kit/s/k/b', () => envelope('b'));
    expect(seen).to.deep.equal([
      ['together-kit/s/k/a', 'a'],
      ['together-kit/s/k/a', undefined],
    ]);
  });

  it('keeps a damaged value aside under a key that says so', async () => {
    const store = new MemoryStore();
    const aside = await store.keepAside('together-kit/s/k/a', '{"broken');
    expect(aside).to.match(/^together-kit\/s\/k\/a#corrupt-/);
    expect(await store.load(aside)).to.equal('{"broken');
  });
});
