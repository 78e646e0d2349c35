import { storedData } from './collection.js';
import type { Envelope } from './envelope.js';
import { storedEnvelope } from './item-rows.js';
import { openIndexedDb } from './indexeddb-records.js';
import type { LocalBackend } from './local-backends.js';
import {
  asideKey,
  isRecordKey,
  codeNotLoaded,
  toStoreError,
  type RecordStore,
} from './record-store.js';

type Listener = (key: string, envelope: Envelope | undefined) => void;

export interface LocalStoreOptions {
  /** The IndexedDB factory to use; `null` skips IndexedDB. Default: the browser's. */
  indexedDB?: IDBFactory | null;
  /** The Storage to fall back to; `null` skips it. Default: the browser's localStorage. */
  localStorage?: Storage | null;
  /** The BroadcastChannel name other tabs listen on. */
  channel?: string;
}

/**
 * What another tab is told: which record changed, not the record. It reads the record from
 * IndexedDB itself, so the saving tab never clones a big board onto the channel.
 */
interface ChangeMessage {
  key: string;
}

let persistenceRequested = false;

/**
 * Where IndexedDB is blocked or missing: localStorage, else memory (local-backends.ts), loaded
 * then and not before. An object, so that a test can stand in an unreachable network.
 */
export const localFallbacks = { load: () => import('./local-backends.js') };

/**
 * The default store: the visitor's browser. IndexedDB (`together-kit` / `records`), else
 * localStorage under the same keys, else this page's memory, with `durability()` saying so.
 * Changes reach other tabs through a BroadcastChannel (and the `storage` event where
 * localStorage is the backend), and reach other elements on this page directly.
 */
export class LocalStore implements RecordStore {
  private backend?: Promise<LocalBackend>;
  private readonly listeners = new Set<Listener>();
  private channel?: BroadcastChannel;

  constructor(private readonly options: LocalStoreOptions = {}) {}

  /** Which backend is in use: `indexeddb`, `localstorage` or `memory`. */
  async backendName(): Promise<LocalBackend['name']> {
    return (await this.open()).name;
  }

  async durability(): Promise<'durable' | 'memory'> {
    return (await this.open()).name === 'memory' ? 'memory' : 'durable';
  }

  async load(key: string): Promise<unknown> {
    const backend = await this.open();
    try {
      return await backend.get(key);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  async update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
    const backend = await this.open();
    let written: Envelope | undefined;
    try {
      await backend.update(key, (current) => (written = next(current)));
    } catch (error) {
      throw toStoreError(error);
    }
    this.announce(key, written);
    return written as Envelope;
  }

  /**
   * Saves only what changed since this page last read or wrote the record: with IndexedDB,
   * the head and the rows of changed items (see item-rows.ts), not the whole record. `next`
   * may return data holding `Collection`s, whose items never change in place. Resolves with
   * what `next` returned; listeners get it as stored.
   */
  async updateItems(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
    const backend = await this.open();
    let written: Envelope | undefined;
    try {
      await backend.update(
        key,
        (current) => {
          written = next(current);
          // The whole-record backends keep plain JSON.
          return backend.incremental ? written : { ...written, data: storedData(written.data) };
        },
        true,
      );
    } catch (error) {
      throw toStoreError(error);
    }
    this.announce(key, storedEnvelope(written as Envelope));
    return written as Envelope;
  }

  async remove(key: string): Promise<void> {
    const backend = await this.open();
    try {
      await backend.delete(key);
    } catch (error) {
      throw toStoreError(error);
    }
    this.announce(key, undefined);
  }

  async list(space: string): Promise<string[]> {
    return (await (await this.open()).keys(`together-kit/${space}/`)).sort();
  }

  async keepAside(key: string, raw: unknown): Promise<string> {
    const aside = asideKey(key);
    try {
      await (await this.open()).put(aside, raw);
    } catch (error) {
      throw toStoreError(error);
    }
    return aside;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    void this.open(); // start listening to other tabs now, not at the first save
    return () => this.listeners.delete(listener);
  }

  /** Stops listening to other tabs (tests; a page that tears the library down). */
  close(): void {
    this.channel?.close();
    this.channel = undefined;
    globalThis.removeEventListener?.('storage', this.onStorageEvent);
  }

  private open(): Promise<LocalBackend> {
    this.backend ??= this.chooseBackend().catch((error: unknown) => {
      this.backend = undefined;
      throw error;
    });
    return this.backend;
  }

  private async chooseBackend(): Promise<LocalBackend> {
    const backend = await this.firstWorkingBackend();
    this.listen(backend);
    if (backend.name !== 'memory' && !persistenceRequested) {
      // Ask once, quietly, that the browser keep our data under storage pressure; some
      // browsers grant it silently, others decline, and either way we carry on.
      persistenceRequested = true;
      void globalThis.navigator?.storage?.persist?.().catch(() => undefined);
    }
    return backend;
  }

  private async firstWorkingBackend(): Promise<LocalBackend> {
    if (this.options.indexedDB !== null) {
      try {
        return await openIndexedDb(this.options.indexedDB);
      } catch {
        // Blocked or missing (some private modes, enterprise policies): try the next one.
      }
    }
    // The fallbacks' code comes only now. If it cannot come either (offline as well), the
    // store is unavailable for now: the element says so, keeps what is typed on the page, and
    // the next call tries again.
    const { openLocalStorage, openMemory } = await localFallbacks.load().catch((error: unknown) => {
      throw codeNotLoaded(error);
    });
    if (this.options.localStorage !== null) {
      try {
        return openLocalStorage(this.options.localStorage);
      } catch {
        // Blocked too (e.g. cookies disabled): keep working in memory and say so.
      }
    }
    return openMemory();
  }

  private listen(backend: LocalBackend): void {
    if (backend.name === 'memory') return;
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(this.options.channel ?? 'together-kit');
      this.channel.onmessage = (event: MessageEvent<ChangeMessage>) =>
        this.received(event.data.key);
    }
    if (backend.name === 'localstorage')
      globalThis.addEventListener?.('storage', this.onStorageEvent);
  }

  private readonly onStorageEvent = (event: StorageEvent): void => {
    if (!event.key || !isRecordKey(event.key)) return;
    let envelope: Envelope | undefined;
    try {
      envelope = event.newValue === null ? undefined : (JSON.parse(event.newValue) as Envelope);
    } catch {
      return; // damaged text: the element meets it, and keeps it aside, when it next loads
    }
    this.notify(event.key, envelope);
  };

  /** Tells this page's listeners and other tabs about a change made here. */
  private announce(key: string, envelope: Envelope | undefined): void {
    this.notify(key, envelope);
    this.channel?.postMessage({ key } satisfies ChangeMessage);
  }

  /** Records being read after another tab changed them: true when it changed again meanwhile. */
  private readonly rereading = new Map<string, boolean>();

  /** Another tab changed `key`: read it and tell listeners, once for a burst of changes. */
  private received(key: string): void {
    // Nobody on this page listens (yet): nothing to read.
    if (typeof key !== 'string' || this.listeners.size === 0) return;
    if (this.rereading.has(key)) {
      this.rereading.set(key, true);
      return;
    }
    this.rereading.set(key, false);
    void (async () => {
      do {
        this.rereading.set(key, false);
        let value: unknown;
        try {
          value = await this.load(key);
        } catch {
          continue; // unreadable now: the element meets the problem at its next load or save
        }
        // Whatever was read (even a damaged value) goes to the element, which checks it.
        this.notify(key, value as Envelope | undefined);
      } while (this.rereading.get(key));
      this.rereading.delete(key);
    })();
  }

  private notify(key: string, envelope: Envelope | undefined): void {
    for (const listener of this.listeners) listener(key, envelope);
  }
}
