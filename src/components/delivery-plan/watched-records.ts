import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RecordStore } from '../../core/store/record-store.js';

/**
 * Follows other elements' records in the plan's store — the space's skill offers and its idea
 * board — so matches and agreed ideas are always current: an offer withdrawn (or its consent
 * taken back) leaves the plan at once. Read only; nothing of theirs is copied into the plan.
 */
export class WatchedRecords implements ReactiveController {
  private store?: RecordStore;
  private unsubscribe?: () => void;
  private keys: readonly string[] = [];
  private readonly values = new Map<string, { raw: unknown; version: number }>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: () => { store: RecordStore; keys: readonly string[] },
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { store, keys } = this.settings();
    if (store === this.store && keys.join('\n') === this.keys.join('\n')) return;
    this.unsubscribe?.();
    this.values.clear();
    this.store = store;
    this.keys = keys;
    this.unsubscribe = store.subscribe((key, envelope) => {
      if (!this.keys.includes(key)) return;
      this.set(key, envelope);
      this.host.requestUpdate();
    });
    for (const key of keys) void this.load(store, key);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
    this.keys = [];
    this.values.clear();
  }

  /** The stored value under `key` (undefined while loading, when there is none, or unreadable). */
  get(key: string): unknown {
    return this.values.get(key)?.raw;
  }

  /** Bumped whenever the value under `key` changes: lets the element cache what it derives. */
  version(key: string): number {
    return this.values.get(key)?.version ?? 0;
  }

  private set(key: string, raw: unknown): void {
    this.values.set(key, { raw, version: this.version(key) + 1 });
  }

  private async load(store: RecordStore, key: string): Promise<void> {
    let raw: unknown;
    try {
      raw = await store.load(key);
    } catch {
      raw = undefined; // unreachable now; a change notification brings it later
    }
    // A notification that came while loading is newer than what the load read.
    if (store !== this.store || this.values.has(key)) return;
    this.set(key, raw);
    this.host.requestUpdate();
  }
}
