// Which store a `storage` / `endpoint` pair gives, and how backend errors are named: the
// paths the element tests do not reach. No server store is used here, only chosen (it loads
// its module on first use), so nothing leaves the page.
import { expect } from '@open-wc/testing';
import { chooseStore, storeFor } from '../../../src/core/store/choose-store.js';
import { MemoryStore } from '../../../src/core/store/memory-store.js';
import { StoreError, isQuotaError, toStoreError } from '../../../src/core/store/record-store.js';

describe('chooseStore, in detail', () => {
  it('gives the page one memory store, also for a name it does not know', () => {
    const memory = chooseStore('memory');
    expect(memory.store).to.be.instanceOf(MemoryStore);
    expect(memory.problem).to.equal(undefined);
    const typo = chooseStore('memroy');
    expect(typo).to.deep.equal({ store: memory.store, problem: 'unknown-storage' });
    expect(storeFor('memory')).to.equal(memory.store);
  });

  it('gives memory, saying why, to a server store without an endpoint', () => {
    for (const name of ['http', 'yjs']) {
      for (const endpoint of [undefined, '', '   ']) {
        const choice = chooseStore(name, endpoint);
        expect(choice.problem).to.equal('no-endpoint');
        expect(choice.store).to.equal(storeFor('memory'));
      }
    }
  });

  it('shares one server store per name and endpoint', () => {
    const a = storeFor('http', 'http://127.0.0.1:9/api');
    expect(storeFor('http', ' http://127.0.0.1:9/api ')).to.equal(a);
    expect(storeFor('yjs', 'http://127.0.0.1:9/api')).to.not.equal(a);
    expect(storeFor('http', 'http://127.0.0.1:9/other')).to.not.equal(a);
    expect(chooseStore('http', 'http://127.0.0.1:9/api').problem).to.equal(undefined);
  });
});

describe('store errors, in detail', () => {
  it('tells a full disk from other failures, however the browser spells it', () => {
    expect(isQuotaError(new StoreError('quota', 'full'))).to.be.true;
    expect(isQuotaError(new StoreError('failed', 'broken'))).to.be.false;
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).to.be.true;
    expect(isQuotaError(null)).to.be.false;
  });

  it('wraps what a backend throws, keeping the cause', () => {
    const quota = new DOMException('no room', 'QuotaExceededError');
    expect(toStoreError(quota)).to.include({ code: 'quota', message: 'no room', cause: quota });
    expect(toStoreError('plain text')).to.include({ code: 'failed', message: 'plain text' });
    const already = new StoreError('conflict', 'newer');
    expect(toStoreError(already)).to.equal(already);
  });
});
