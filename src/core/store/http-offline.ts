import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { Envelope } from './envelope.js';

/**
 * A change the `http` store could not send yet. One per record: a later change to the same
 * record replaces it (each envelope already holds the earlier edits, merged), and keeps the
 * place in the queue of the first, so changes go out in the order they were first made.
 */
export interface QueuedChange {
  /** Place in the queue; grows with time, across reloads. */
  seq: number;
  key: string;
  /** The record to save; none when the record was deleted. */
  envelope?: Envelope;
  /** The record was deleted here before this envelope was made: delete it first. */
  deleteFirst?: boolean;
}

type Part = 'queue' | 'copy' | 'aside';
type Entry = [name: string, part: Part, key: string];

/** Where the parts are kept: IndexedDB, or this page's memory where IndexedDB is blocked. */
export interface OfflineBackend {
  get(entry: Entry): Promise<unknown>;
  set(entry: Entry, value: unknown): Promise<void>;
  del(entry: Entry): Promise<void>;
  keys(): Promise<Entry[]>;
}

let shared: Promise<OfflineBackend> | undefined;

/**
 * What the `http` store keeps on this device, in IndexedDB (`together-kit-http` / `changes`):
 * the queue of changes not yet sent, the last copy of each record (so a page reloaded with no
 * connection still shows what was typed), and records kept aside because they could not be
 * read. `name` keeps two stores apart (two endpoints, or two "devices" in one test page).
 */
export class OfflineCopy {
  private lastSeq = 0;

  /** `backend`: where to keep it; default IndexedDB, or memory where that is blocked. */
  constructor(
    private readonly name: string,
    private readonly backend: () => Promise<OfflineBackend> = sharedBackend,
  ) {}

  async queued(key: string): Promise<QueuedChange | undefined> {
    return (await (await this.backend()).get(this.entry('queue', key))) as QueuedChange | undefined;
  }

  /** Queues `change` for `key`, keeping the place of a change already queued for it. */
  async enqueue(key: string, change: Omit<QueuedChange, 'seq' | 'key'>): Promise<QueuedChange> {
    const store = await this.backend();
    const before = (await store.get(this.entry('queue', key))) as QueuedChange | undefined;
    this.lastSeq = Math.max(Date.now(), this.lastSeq + 1);
    const queued: QueuedChange = { seq: before?.seq ?? this.lastSeq, key, ...change };
    await store.set(this.entry('queue', key), queued);
    return queued;
  }

  /** Takes `key` off the queue if what is queued is still `change` (nothing newer came). */
  async dequeue(change: QueuedChange): Promise<void> {
    const store = await this.backend();
    const now = (await store.get(this.entry('queue', change.key))) as QueuedChange | undefined;
    if (
      now &&
      now.envelope?.updatedAt === change.envelope?.updatedAt &&
      !!now.envelope === !!change.envelope
    )
      await store.del(this.entry('queue', change.key));
  }

  /** Everything waiting, oldest first. */
  async allQueued(): Promise<QueuedChange[]> {
    const store = await this.backend();
    const entries = (await store.keys()).filter(
      ([name, part]) => name === this.name && part === 'queue',
    );
    const changes = await Promise.all(entries.map((entry) => store.get(entry)));
    return (changes as (QueuedChange | undefined)[])
      .filter((change): change is QueuedChange => change !== undefined)
      .sort((a, b) => a.seq - b.seq);
  }

  async copy(key: string): Promise<Envelope | undefined> {
    return (await (await this.backend()).get(this.entry('copy', key))) as Envelope | undefined;
  }

  async keepCopy(key: string, envelope: Envelope | undefined): Promise<void> {
    const store = await this.backend();
    if (envelope) await store.set(this.entry('copy', key), envelope);
    else await store.del(this.entry('copy', key));
  }

  async aside(key: string): Promise<unknown> {
    return (await this.backend()).get(this.entry('aside', key));
  }

  async keepAside(key: string, raw: unknown): Promise<void> {
    await (await this.backend()).set(this.entry('aside', key), raw);
  }

  async removeAside(key: string): Promise<void> {
    await (await this.backend()).del(this.entry('aside', key));
  }

  /** Keys this device holds for a space, in one part. */
  async keys(part: Part, space: string): Promise<string[]> {
    const prefix = `together-kit/${space}/`;
    return (await (await this.backend()).keys())
      .filter(([name, p, key]) => name === this.name && p === part && key.startsWith(prefix))
      .map(([, , key]) => key);
  }

  private entry(part: Part, key: string): Entry {
    return [this.name, part, key];
  }
}

function sharedBackend(): Promise<OfflineBackend> {
  shared ??= openIndexedDb().catch(() => memoryBackend());
  return shared;
}

async function openIndexedDb(): Promise<OfflineBackend> {
  if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
  const store: UseStore = createStore('together-kit-http', 'changes');
  await get('probe', store); // blocked IndexedDB (some private modes) fails here, not later
  return {
    get: (entry) => get(entry, store),
    set: (entry, value) => set(entry, value, store),
    del: (entry) => del(entry, store),
    keys: () => keys<Entry>(store),
  };
}

/** Where IndexedDB is blocked the queue lives as long as the page, which is still worth it. */
export function memoryBackend(): OfflineBackend {
  const map = new Map<string, [Entry, unknown]>();
  const id = (entry: Entry) => JSON.stringify(entry);
  return {
    get: async (entry) => structuredClone(map.get(id(entry))?.[1]),
    set: async (entry, value) => void map.set(id(entry), [entry, structuredClone(value)]),
    del: async (entry) => void map.delete(id(entry)),
    keys: async () => [...map.values()].map(([entry]) => entry),
  };
}
