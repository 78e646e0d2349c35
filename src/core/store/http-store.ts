import { StoreError, type RecordStore } from './record-store.js';

/** PLACEHOLDER while the http store is being built (issue 12); replaced before landing. */
export function createHttpStore(endpoint: string): RecordStore {
  throw new StoreError('unavailable', `the http store is not built yet (${endpoint})`);
}
