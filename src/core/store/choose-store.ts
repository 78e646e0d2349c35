import { LocalStore } from './local-store.js';
import { MemoryStore } from './memory-store.js';
import type { RecordStore } from './record-store.js';

/** The storage names an element accepts in its `storage` attribute. */
export type StorageName = 'local' | 'memory';
export const storageNames: readonly StorageName[] = ['local', 'memory'];

let pageLocalStore: LocalStore | undefined;
let pageMemoryStore: MemoryStore | undefined;

/**
 * The store for a `storage` name. Every element on a page shares one store per name, so a
 * change one element saves reaches the others at once, and `<co-space>` sees them all.
 */
export function storeFor(name: string | undefined): RecordStore {
  if (name === 'memory') return (pageMemoryStore ??= new MemoryStore());
  return (pageLocalStore ??= new LocalStore());
}

export function isStorageName(name: string): name is StorageName {
  return (storageNames as readonly string[]).includes(name);
}
