import { createStore, del, get, keys, update as idbUpdate, type UseStore } from 'idb-keyval';
import { isQuotaError } from './record-store.js';

/**
 * The places `LocalStore` can keep records in a browser, most capable first. Each offers an
 * atomic read-modify-write so that two tabs saving at once merge rather than overwrite.
 */
export interface LocalBackend {
  readonly name: 'indexeddb' | 'localstorage' | 'memory';
  get(key: string): Promise<unknown>;
  /** Writes `next(current)`; for IndexedDB one readwrite transaction. */
  update(key: string, next: (current: unknown) => unknown): Promise<void>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export const DATABASE = 'together-kit';
export const OBJECT_STORE = 'records';

/** IndexedDB `together-kit` / `records`, out-of-line keys, values are envelope objects. */
export async function openIndexedDb(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<LocalBackend> {
  if (!factory) throw new Error('IndexedDB is not available');
  // idb-keyval opens through the global factory; a test or a locked-down browser may make it
  // throw here or fail asynchronously, and both must lead to the fallback.
  const store: UseStore = createStore(DATABASE, OBJECT_STORE);
  await keys(store); // fails now, rather than at the first save, when storage is blocked
  return {
    name: 'indexeddb',
    get: (key) => get(key, store),
    update: (key, next) => idbUpdate(key, (current) => next(current), store),
    put: (key, value) => idbUpdate(key, () => value, store),
    delete: (key) => del(key, store),
    keys: async () => (await keys(store)).map(String),
  };
}

/** localStorage under the same keys; values are the envelopes as JSON text. */
export function openLocalStorage(
  storage: Storage | undefined = globalThis.localStorage,
): LocalBackend {
  if (!storage) throw new Error('localStorage is not available');
  // Some private modes expose localStorage but throw on every write: that is "unavailable".
  // A full quota also throws, but what is saved can still be read, so that one we keep.
  const probe = 'together-kit/probe';
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
  const read = (key: string): unknown => {
    const text = storage.getItem(key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text; // damaged text is returned as it is, so it can be kept aside intact
    }
  };
  const write = (key: string, value: unknown) =>
    storage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  return {
    name: 'localstorage',
    get: async (key) => read(key),
    // localStorage is synchronous, so this read-modify-write cannot interleave with another tab's.
    update: async (key, next) => write(key, next(read(key))),
    put: async (key, value) => write(key, value),
    delete: async (key) => storage.removeItem(key),
    keys: async () => Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? ''),
  };
}

/** The last resort: nothing outlives the page, and the person is told so. */
export function openMemory(): LocalBackend {
  const records = new Map<string, unknown>();
  return {
    name: 'memory',
    get: async (key) => structuredClone(records.get(key)),
    update: async (key, next) =>
      void records.set(key, structuredClone(next(structuredClone(records.get(key))))),
    put: async (key, value) => void records.set(key, structuredClone(value)),
    delete: async (key) => void records.delete(key),
    keys: async () => [...records.keys()],
  };
}
