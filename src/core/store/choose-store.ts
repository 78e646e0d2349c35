import { LazyStore } from './lazy-store.js';
import { LocalStore } from './local-store.js';
import { MemoryStore } from './memory-store.js';
import type { RecordStore } from './record-store.js';

/** The storage names an element accepts in its `storage` attribute. */
export type StorageName = 'local' | 'memory' | 'http' | 'yjs';
export const storageNames: readonly StorageName[] = ['local', 'memory', 'http', 'yjs'];

/**
 * Which store a `storage` / `endpoint` pair gives. `problem` says why it is not the one asked
 * for: an unknown name, or a server store without an endpoint. Then the store is `memory`,
 * never the browser's durable storage: a kiosk that asked for `memroy` must still forget.
 */
export interface StoreChoice {
  store: RecordStore;
  problem?: 'unknown-storage' | 'no-endpoint';
}

let pageLocalStore: LocalStore | undefined;
let pageMemoryStore: MemoryStore | undefined;
const serverStores = new Map<string, RecordStore>();

// The server stores are separate modules, loaded when a page first asks for one: a page that
// keeps its data in the browser downloads none of their code (Yjs alone is ~27 KB gzip).
const serverStoreModules = {
  http: () => import('./http-store.js').then((module) => module.createHttpStore),
  yjs: () => import('./yjs-store.js').then((module) => module.createYjsStore),
};

const memoryStore = () => (pageMemoryStore ??= new MemoryStore());

/**
 * The store for a `storage` name (and, for `http` and `yjs`, its `endpoint`). Every element on
 * a page shares one store per name and endpoint, so a change one element saves reaches the
 * others at once, and `<co-space>` sees them all.
 */
export function chooseStore(name: string | undefined, endpoint?: string): StoreChoice {
  if (name === undefined || name === '' || name === 'local') {
    return { store: (pageLocalStore ??= new LocalStore()) };
  }
  if (name === 'memory') return { store: memoryStore() };
  if (name !== 'http' && name !== 'yjs')
    return { store: memoryStore(), problem: 'unknown-storage' };
  const address = endpoint?.trim();
  if (!address) return { store: memoryStore(), problem: 'no-endpoint' };
  const cacheKey = `${name} ${address}`;
  let store = serverStores.get(cacheKey);
  if (!store) {
    const load = serverStoreModules[name];
    store = new LazyStore(() => load().then((create) => create(address)));
    serverStores.set(cacheKey, store);
  }
  return { store };
}

/** The store for a `storage` name; unknown names give `memory` (see {@link chooseStore}). */
export function storeFor(name: string | undefined, endpoint?: string): RecordStore {
  return chooseStore(name, endpoint).store;
}
