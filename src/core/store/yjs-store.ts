import { StoreError, type RecordStore } from './record-store.js';

/** PLACEHOLDER while the yjs store is being built (issue 12); replaced before landing. */
export function createYjsStore(endpoint: string): RecordStore {
  throw new StoreError('unavailable', `the yjs store is not built yet (${endpoint})`);
}
