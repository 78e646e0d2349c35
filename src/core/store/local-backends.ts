import { isRowKey } from './item-rows.js';
import { isQuotaError } from './record-store.js';

export { openIndexedDb } from './indexeddb-records.js';

/**
 * The places `LocalStore` can keep records in a browser, most capable first. Each offers an
 * atomic read-modify-write so that two tabs saving at once merge rather than overwrite.
 */
export interface LocalBackend {
  readonly name: 'indexeddb' | 'localstorage' | 'memory';
  /**
   * Whether `update` takes data holding `Collection`s and writes only what changed
   * (IndexedDB). The others keep each record whole, as plain JSON.
   */
  readonly incremental?: boolean;
  /** The record under `key`, whole. */
  get(key: string): Promise<unknown>;
  /**
   * Writes `next(current)`; for IndexedDB one readwrite transaction. `incremental`: the items
   * of what `next` returns never change in place, so the backend may compare them by identity.
   */
  update(key: string, next: (current: unknown) => unknown, incremental?: boolean): Promise<void>;
  /** Writes `value` whole under `key` (a record kept aside). */
  put(key: string, value: unknown): Promise<void>;
  /** Deletes the record under `key`, all of it. */
  delete(key: string): Promise<void>;
  /** Keys of the records (and records kept aside) that start with `prefix`. */
  keys(prefix: string): Promise<string[]>;
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
  // JSON.stringify writes a Collection as its plain object (Collection.toJSON).
  const write = (key: string, value: unknown) =>
    storage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  return {
    name: 'localstorage',
    get: async (key) => read(key),
    // localStorage is synchronous, so this read-modify-write cannot interleave with another tab's.
    update: async (key, next) => write(key, next(read(key))),
    put: async (key, value) => write(key, value),
    delete: async (key) => storage.removeItem(key),
    keys: async (prefix) =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter(
        (key) => key.startsWith(prefix) && !isRowKey(key),
      ),
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
    keys: async (prefix) => [...records.keys()].filter((key) => key.startsWith(prefix)),
  };
}
