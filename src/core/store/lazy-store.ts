import type { Envelope } from './envelope.js';
import {
  codeNotLoaded,
  type ConnectionState,
  type PresenceCounts,
  type PresenceHandle,
  type RecordStore,
} from './record-store.js';

/**
 * A store whose code is loaded when it is first used (the `http` and `yjs` stores). It can be
 * handed to elements at once: calls wait for the real store, and listeners are attached to it
 * when it arrives. If its code cannot be loaded (the page went offline before it came), every
 * call rejects with a `StoreError('unavailable')`, which elements turn into words.
 */
export class LazyStore implements RecordStore {
  private loading?: Promise<RecordStore>;
  private loaded?: RecordStore;
  /** Listeners given before the store loaded, attached when it does (whichever call loads it). */
  private readonly waiting = new Set<(store: RecordStore) => void>();

  constructor(private readonly loadStore: () => Promise<RecordStore>) {}

  /** The real store, loading it on first call. */
  real(): Promise<RecordStore> {
    this.loading ??= this.loadStore().then(
      (store) => {
        this.loaded = store;
        for (const attach of this.waiting) attach(store);
        this.waiting.clear();
        return store;
      },
      (error: unknown) => {
        this.loading = undefined; // try again on the next call
        throw codeNotLoaded(error);
      },
    );
    return this.loading;
  }

  async load(key: string): Promise<unknown> {
    return (await this.real()).load(key);
  }

  async update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
    return (await this.real()).update(key, next);
  }

  async remove(key: string): Promise<void> {
    return (await this.real()).remove(key);
  }

  async list(space: string): Promise<string[]> {
    return (await this.real()).list(space);
  }

  async keepAside(key: string, raw: unknown): Promise<string> {
    return (await this.real()).keepAside(key, raw);
  }

  async durability(): Promise<'durable' | 'memory'> {
    const store = await this.real();
    return (await store.durability?.()) ?? 'durable';
  }

  subscribe(listener: (key: string, envelope: Envelope | undefined) => void): () => void {
    return this.attach((store) => store.subscribe(listener));
  }

  watchConnection(listener: (state: ConnectionState) => void): () => void {
    return this.attach((store) => store.watchConnection?.(listener) ?? (() => undefined));
  }

  watchRefusals(listener: (key: string, problem: string) => void): () => void {
    return this.attach((store) => store.watchRefusals?.(listener) ?? (() => undefined));
  }

  joinPresence(key: string, listener: (counts: PresenceCounts) => void): PresenceHandle {
    // The group may be said before the store has loaded: kept, and given to it when it has.
    let group: string | undefined;
    let real: PresenceHandle | undefined;
    const leave = this.attach((store) => {
      real = store.joinPresence?.(key, listener);
      real?.setGroup(group);
      return () => real?.leave();
    });
    return {
      setGroup(next) {
        group = next;
        real?.setGroup(next);
      },
      leave,
    };
  }

  /**
   * Attaches a listener now or once the store has loaded; the returned function detaches. A
   * listener given while the code could not be loaded waits for the load that succeeds (the
   * next call retries): an element that subscribed while offline still hears of changes.
   */
  private attach(subscribe: (store: RecordStore) => () => void): () => void {
    if (this.loaded) return subscribe(this.loaded);
    let detach: (() => void) | undefined;
    const onLoad = (store: RecordStore) => (detach = subscribe(store));
    this.waiting.add(onLoad);
    this.real().catch(() => undefined); // a failed load is reported by the call that needs it
    return () => {
      this.waiting.delete(onLoad);
      detach?.();
    };
  }
}
