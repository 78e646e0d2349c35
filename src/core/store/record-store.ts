import type { Envelope } from './envelope.js';

/**
 * What a storage adapter implements. Together Kit ships `local` (the browser) and `memory`;
 * a portal plugs in its own backend by giving an element (or `<co-space>`) any object with
 * these methods as its `store` property. Keys look like `together-kit/<space>/<kind>/<id>`.
 */
export interface RecordStore {
  /**
   * The value saved under `key`, as stored: normally an envelope, but callers validate it,
   * because a store may hold something damaged. `undefined` when nothing is saved.
   */
  load(key: string): Promise<unknown>;

  /**
   * Saves the envelope that `next` returns from what is stored now (`undefined`, or the raw
   * value). Where the backend allows, read and write are one atomic step, so that two tabs
   * saving at once merge instead of overwriting each other. Rejects with a {@link StoreError}.
   */
  update(key: string, next: (current: unknown) => Envelope): Promise<Envelope>;

  /**
   * Optional: like `update`, for a store that can write what changed instead of the whole
   * record (the browser store keeps each item as its own IndexedDB row). `next` may return
   * data whose top-level collections are `Collection`s (collection.ts); their items never
   * change in place (a changed item is a new object), so the store finds what changed by
   * identity. Resolves with the very envelope `next` returned; listeners get it as stored.
   * Stores without it get `update` with plain data, as before.
   */
  updateItems?(key: string, next: (current: unknown) => Envelope): Promise<Envelope>;

  /** Deletes what is saved under `key` (nothing happens when there is none). */
  remove(key: string): Promise<void>;

  /** Every key saved in a space, including records kept aside (see {@link isRecordKey}). */
  list(space: string): Promise<string[]>;

  /**
   * Keeps a damaged value out of the way under a new key that says so
   * (`<key>#corrupt-<timestamp>`) and returns that key. Nothing is ever silently replaced.
   */
  keepAside(key: string, raw: unknown): Promise<string>;

  /**
   * Calls `listener` when a record changes anywhere: in another tab, another element on this
   * page, or on the server. `envelope` is undefined when the record was removed.
   */
  subscribe(listener: (key: string, envelope: Envelope | undefined) => void): () => void;

  /** Whether saved work outlives the page (`memory` when storage is blocked). Default durable. */
  durability?(): Promise<'durable' | 'memory'>;

  /**
   * Stores that reach a server (`http`, `yjs`) say whether they can reach it. `listener` is
   * called at once with the current state, then on every change; returns a function that
   * stops the calls. While `offline`, `update()` still resolves once the change is kept on
   * this device (it is sent when the connection is back), so nothing typed is lost; the
   * storage controller tells the person (status line, `co-error` `sync-offline`).
   */
  watchConnection?(listener: (state: ConnectionState) => void): () => void;

  /**
   * Stores that take changes from a network say when they refused one that could not be read
   * (malformed, or not a Together Kit record): it was not applied and never reaches
   * `subscribe` listeners. The storage controller tells the person (`co-error`
   * `sync-refused`). Returns a function that stops the calls.
   */
  watchRefusals?(listener: (key: string, problem: string) => void): () => void;

  /**
   * Stores shared live (`yjs`) say who else has a record open, as counts by group, never who.
   * `listener` is called at once and whenever the counts change; the returned handle says
   * which group this device takes part as, and `leave()` stops counting it.
   */
  joinPresence?(key: string, listener: (counts: PresenceCounts) => void): PresenceHandle;
}

/** Whether a store that talks to a server can reach it. */
export type ConnectionState = 'online' | 'offline';

/** How many devices have a record open: in all, and by group id (the rest have not said). */
export interface PresenceCounts {
  total: number;
  groups: Readonly<Record<string, number>>;
}

/** This device's part in a record's presence (see {@link RecordStore.joinPresence}). */
export interface PresenceHandle {
  /** The group this device takes part as; `undefined` while the person has not said. */
  setGroup(group: string | undefined): void;
  /** Stops counting this device here and stops the listener. */
  leave(): void;
}

/**
 * Why a store failed. `quota`: no room left; `offline` / `unavailable` / `failed`: could not
 * reach or use the storage — in all three the element keeps the data on the page, says so and
 * tries again. `conflict` is only for "a newer Together Kit saved this record": the element
 * then turns read-only, so do not use it for a busy server (use `failed`).
 */
export type StoreErrorCode = 'quota' | 'unavailable' | 'failed' | 'conflict' | 'offline';

/** A failure a store reports; the storage controller turns it into words and `co-error`. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** Is this the browser saying the disk or quota is full? Browsers spell it differently. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof StoreError) return error.code === 'quota';
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Wraps any error from a backend in a StoreError with the right code. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(isQuotaError(error) ? 'quota' : 'failed', message, { cause: error });
}

/** A store's code (loaded by import()) could not be loaded: the page went offline first. */
export function codeNotLoaded(cause: unknown): StoreError {
  return new StoreError('unavailable', 'the storage code could not be loaded', { cause });
}

/** The key a damaged record is kept under. */
export function asideKey(key: string, now = new Date()): string {
  return `${key}#corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** Keys of live records only: not the ones kept aside. */
export function isRecordKey(key: string): boolean {
  return key.startsWith('together-kit/') && !key.includes('#');
}
