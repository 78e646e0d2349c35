import { expect } from '@open-wc/testing';
import { LazyStore } from '../../../src/core/store/lazy-store.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { createEnvelope, type Envelope } from '../../../src/core/store/envelope.js';
import { StoreError } from '../../../src/core/store/record-store.js';

const key = 'together-kit/lazy/test-notes/main';
const envelope = () =>
  createEnvelope({ space: 'lazy', kind: 'test-notes', id: 'main' }, { notes: {} });

/** A loader that fails (the page was offline when the code was asked for) until told not to. */
function flakyLoader(real: MemoryStore) {
  const loader = { offline: true, calls: 0, load: async () => real };
  loader.load = async () => {
    loader.calls += 1;
    if (loader.offline) throw new TypeError('Failed to fetch dynamically imported module');
    return real;
  };
  return loader;
}

describe('LazyStore', () => {
  it('says in a StoreError when its code cannot be loaded, and tries again on the next call', async () => {
    const loader = flakyLoader(new MemoryStore());
    const lazy = new LazyStore(loader.load);
    let error: unknown;
    await lazy.load(key).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).code).to.equal('unavailable');
    loader.offline = false;
    expect(await lazy.load(key)).to.equal(undefined);
    expect(loader.calls).to.equal(2);
  });

  it('keeps a listener given while its code could not load, and attaches it when it does', async () => {
    const real = new MemoryStore();
    const loader = flakyLoader(real);
    const lazy = new LazyStore(loader.load);
    const heard: (Envelope | undefined)[] = [];
    lazy.subscribe((_, changed) => heard.push(changed));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the first load has failed
    loader.offline = false;
    await lazy.update(key, envelope);
    expect(heard).to.have.length(1);
    expect(heard[0]?.kind).to.equal('test-notes');
  });

  it('attaches no listener that was taken back before the store loaded', async () => {
    const real = new MemoryStore();
    const lazy = new LazyStore(async () => real);
    const heard: unknown[] = [];
    const stop = lazy.subscribe((changedKey) => heard.push(changedKey));
    stop();
    await lazy.update(key, envelope);
    expect(heard).to.deep.equal([]);
    // Once loaded, listeners attach at once and detach alike.
    const stopLater = lazy.subscribe((changedKey) => heard.push(changedKey));
    await lazy.update(key, envelope);
    stopLater();
    await lazy.update(key, envelope);
    expect(heard).to.deep.equal([key]);
  });
});
