import { ContextConsumer } from '@lit/context';
import type { ReactiveController } from 'lit';
import type { CoElement } from '../co-element.js';
import { spaceContext, type SpaceSettings } from '../space-context.js';
import {
  CURRENT_SCHEMA,
  createEnvelope,
  parseRecordKey,
  recordKey,
  validateEnvelope,
  type Envelope,
} from './envelope.js';
import { isRecordKind, registerRecordKind } from '../kinds/index.js';
import { storedData } from './collection.js';
import { storedEnvelope } from './item-rows.js';
import { mergeData } from './merge.js';
import { migrate } from './migrations.js';
import { chooseStore } from './choose-store.js';
import { MemoryStore } from './memory-store.js';
import type {
  ConnectionState,
  PresenceCounts,
  PresenceHandle,
  RecordStore,
} from './record-store.js';
import { StoreError, toStoreError } from './record-store.js';
import { GROUP_CHOSEN_EVENT, rememberedGroup } from '../participant-group.js';

/**
 * What the person is told about their work:
 * `loading`, `saved` (nothing waiting), `saving`, `failed` (kept on the page, retrying),
 * `quota` (storage full: kept on the page, export offered, retrying), `read-only` (made by a
 * newer version: shown, never written), `offline` (a server store cannot reach its server:
 * changes are kept on this device and sent when the connection is back).
 */
export type StorageStatus =
  'loading' | 'saved' | 'saving' | 'failed' | 'quota' | 'read-only' | 'offline';

/** The element properties the controller reads: its own settings, which win over the space's. */
export interface StorageHost extends CoElement {
  space?: string;
  storage?: string;
  /** The server address for `storage="http"` or `storage="yjs"`. */
  endpoint?: string;
  store?: RecordStore;
  /** The record id; defaults to the element's `id` attribute, then `main`. */
  recordId?: string;
  /** The group the page says the participant takes part as (shared as a count, see presence). */
  participantGroup?: string;
}

export interface StorageOptions<D extends object> {
  kind: string;
  /** Data for a new record. */
  empty: () => D;
  /** Checks stored or imported data and returns it typed; throws an Error saying what is wrong. */
  parse: (data: unknown) => D;
  /** Called after data arrived from storage (first load, another tab, an import). */
  onLoad?: (data: D) => void;
  /** Milliseconds to wait for more changes before saving. */
  debounce?: number;
}

const RETRY_MS = 5000;
const NEWER = Symbol('newer schema');
const connected = new Set<{ flush(): Promise<void> }>();

/** Saves everything waiting in every element on the page (before an export, say). */
export async function flushPendingSaves(): Promise<void> {
  await Promise.all([...connected].map((controller) => controller.flush()));
}

/**
 * Binds an element to its one record: loads on connect, saves on change (debounced, flushed
 * when the page is hidden), merges changes made elsewhere item by item, and never loses what
 * the person did: a failed save keeps the data on the page, says so, and tries again.
 */
export class StorageController<D extends object> implements ReactiveController {
  /** The data the element shows. Replace it through `update()`, never mutate it. */
  data: D;
  status: StorageStatus = 'loading';
  /** The saved envelope as last read or written (for export). */
  envelope?: Envelope<D>;
  /** Whether a server store reaches its server; always `online` for stores in the browser. */
  connection: ConnectionState = 'online';
  /** Who has the record open, by group, when the store shares it live (`yjs`); else undefined. */
  presence?: PresenceCounts;

  private readonly spaceConsumer: ContextConsumer<typeof spaceContext, StorageHost>;
  private store?: RecordStore;
  private key?: string;
  private unsubscribe?: () => void;
  private dirty = false;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private saving?: Promise<void>;
  /** The envelope this controller last wrote, to know its own change when it comes back. */
  private lastWritten?: Envelope;
  private loaded?: Promise<void>;
  /** The store said it keeps nothing beyond the page (storage blocked). */
  private blocked = false;
  /** The storage setting last reported as unusable, so it is reported once. */
  private storageProblem?: string;
  /** Stops watching the store's connection and refusals. */
  private unwatch?: () => void;
  private presenceHandle?: PresenceHandle;
  /** The participant's group as this browser remembers it for the space. */
  private rememberedGroup?: string;

  constructor(
    private readonly host: StorageHost,
    private readonly options: StorageOptions<D>,
  ) {
    this.data = options.empty();
    // An element of a page's own (a kind core does not know) becomes importable with the same
    // check it loads with; the built-in kinds keep their own.
    if (!isRecordKind(options.kind)) registerRecordKind(options.kind, options.parse);
    this.spaceConsumer = new ContextConsumer(host, {
      context: spaceContext,
      subscribe: true,
      callback: () => this.reconnect(),
    });
    host.addController(this);
  }

  /** The space's settings, when the element sits in a `<co-space>`. */
  get spaceSettings(): SpaceSettings | undefined {
    return this.spaceConsumer.value;
  }

  get space(): string {
    return this.host.space || this.spaceSettings?.space || 'default';
  }

  get id(): string {
    return this.host.recordId || this.host.id || 'main';
  }

  get readOnly(): boolean {
    return this.status === 'read-only';
  }

  /** Resolves when the first load has finished (tests, and callers that must wait). */
  get ready(): Promise<void> {
    return this.loaded ?? Promise.resolve();
  }

  hostConnected(): void {
    connected.add(this);
    globalThis.addEventListener?.(GROUP_CHOSEN_EVENT, this.onGroupChosen);
    globalThis.addEventListener?.('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onPageHide);
    this.reconnect();
  }

  hostDisconnected(): void {
    connected.delete(this);
    globalThis.removeEventListener?.(GROUP_CHOSEN_EVENT, this.onGroupChosen);
    globalThis.removeEventListener?.('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onPageHide);
    // Save what is waiting to the record it belongs to, before forgetting which that was.
    void this.saveWaiting();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.stopWatching();
    this.store = undefined;
    this.key = undefined;
  }

  /** The store the element saves to: its own, its space's, or the one its `storage` names. */
  get recordStore(): RecordStore {
    const own = this.host.store ?? this.spaceSettings?.store;
    if (own) return own;
    // The element's own storage wins, with its own endpoint or, failing that, the space's.
    const name = this.host.storage ?? this.spaceSettings?.storage;
    const endpoint = this.host.endpoint ?? this.spaceSettings?.endpoint;
    const choice = chooseStore(name, endpoint);
    const problem = choice.problem && `${choice.problem} ${name} ${endpoint}`;
    if (problem !== this.storageProblem) {
      this.storageProblem = problem;
      // Said once per setting, not on every render that reads this getter.
      if (choice.problem) {
        this.host.reportProblem(
          'attribute-invalid',
          () => this.host.t(`problem.${choice.problem}`, { name: String(name) }),
          undefined,
          'attribute-invalid:storage',
        );
      } else this.host.clearProblemKey('attribute-invalid:storage');
    }
    return choice.store;
  }

  /** Before every render: follow a change of the element's own space, storage, store or id. */
  hostUpdate(): void {
    this.reconnect();
    this.presenceHandle?.setGroup(this.participantGroup);
  }

  /** The group this participant takes part as: the page's setting, else the one remembered. */
  private get participantGroup(): string | undefined {
    return (
      this.host.participantGroup ?? this.spaceSettings?.participantGroup ?? this.rememberedGroup
    );
  }

  /**
   * Re-reads settings (space, storage, id) and, when they name another record, saves what is
   * waiting to the old one and loads the new one.
   */
  reconnect(): void {
    if (!this.host.isConnected) return;
    const store = this.recordStore;
    const key = recordKey({ space: this.space, kind: this.options.kind, id: this.id });
    if (store === this.store && key === this.key) return;
    const handOver = this.saveWaiting();
    this.unsubscribe?.();
    this.stopWatching();
    this.store = store;
    this.key = key;
    this.unsubscribe = store.subscribe((changedKey, envelope) => {
      if (changedKey === this.key) this.receive(envelope);
    });
    this.watch(store, key);
    this.loaded = handOver.then(() => {
      // The old record's data must not be copied into the new one.
      this.data = this.options.empty();
      this.envelope = undefined;
      this.dirty = false;
      return this.load();
    });
  }

  /**
   * Follows what a server store says: the connection (offline said in words, once per drop),
   * changes it refused, and who else has the record open.
   */
  private watch(store: RecordStore, key: string): void {
    this.rememberedGroup = rememberedGroup(this.space);
    const stopConnection = store.watchConnection?.((state) => this.setConnection(state));
    const stopRefusals = store.watchRefusals?.((refusedKey, problem) => {
      if (refusedKey === key) {
        this.host.reportProblem('sync-refused', () => this.host.t('status.refused'), problem);
      }
    });
    this.presenceHandle = store.joinPresence?.(key, (counts) => {
      this.presence = counts;
      this.host.requestUpdate();
    });
    this.presenceHandle?.setGroup(this.participantGroup);
    this.unwatch = () => {
      stopConnection?.();
      stopRefusals?.();
    };
  }

  private stopWatching(): void {
    this.unwatch?.();
    this.unwatch = undefined;
    this.presenceHandle?.leave();
    this.presenceHandle = undefined;
    this.presence = undefined;
    this.setConnection('online');
  }

  /** Whether the store keeps records on a server (then "Saved" does not say "in this browser"). */
  get remote(): boolean {
    return typeof this.store?.watchConnection === 'function';
  }

  /**
   * Whether what is saved lasts only while the page is open: `storage="memory"` (or a name
   * we did not know, which falls back to it), or a browser that blocks storage. Then "Saved"
   * must not say "in this browser".
   */
  get pageOnly(): boolean {
    return this.store instanceof MemoryStore || this.blocked;
  }

  private setConnection(state: ConnectionState): void {
    if (state === this.connection) return;
    this.connection = state;
    if (state === 'offline') {
      // Said once per drop (the store calls again only when the state changes). The status
      // line says it on screen, as a polite live region; no alert, as nothing is wrong yet.
      const message = this.host.t('status.offline');
      console.warn(`Together Kit <${this.host.localName}>: ${message}`);
      this.host.emit('co-error', { code: 'sync-offline', message });
      if (this.status === 'saved') this.setStatus('offline');
    } else if (this.status === 'offline') this.setStatus('saved');
    this.host.requestUpdate();
  }

  private readonly onGroupChosen = (event: Event): void => {
    const { space, id } = (event as CustomEvent<{ space: string; id: string }>).detail;
    if (space !== this.space) return;
    this.rememberedGroup = id;
    this.presenceHandle?.setGroup(this.participantGroup);
  };

  /** Saves pending changes to the record they were made in (the current store and key). */
  private saveWaiting(): Promise<void> {
    clearTimeout(this.saveTimer);
    const { store, key } = this;
    if (!this.dirty || !store || !key || this.readOnly) return Promise.resolve();
    return this.track(this.save(store, key));
  }

  private track(saving: Promise<void>): Promise<void> {
    const tracked = saving.finally(() => {
      if (this.saving === tracked) this.saving = undefined;
    });
    this.saving = tracked;
    return tracked;
  }

  /**
   * Replaces the data with `next` (from a pure model function) and saves soon. Returns false,
   * changing nothing, when the record is read-only.
   */
  update(next: D): boolean {
    if (this.readOnly) return false;
    this.data = next;
    this.dirty = true;
    this.setStatus('saving');
    this.host.requestUpdate(); // the data changed, whatever the status did
    this.scheduleSave();
    return true;
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), this.options.debounce ?? 250);
  }

  /** Saves now what is waiting. Resolves when it is saved or has failed (never rejects). */
  async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    await this.saving;
    await this.saveWaiting();
  }

  private async load(): Promise<void> {
    const { store, key } = this;
    if (!store || !key) return;
    this.setStatus('loading');
    let raw: unknown;
    try {
      raw = await store.load(key);
      this.blocked = (await store.durability?.()) === 'memory';
      if (this.blocked) {
        this.host.reportProblem('storage-unavailable', () => this.host.t('status.memory'));
      }
    } catch (error) {
      // Kept on the page only, as the problem says: the status line must not say "Saved in
      // this browser" beside it.
      this.blocked = true;
      this.host.reportProblem('storage-unavailable', () => this.host.t('status.memory'), error);
      this.setStatus('saved');
      return;
    }
    if (key !== this.key) return; // settings changed while loading
    if (raw === undefined) {
      this.setStatus(this.dirty ? 'saving' : 'saved');
      if (this.dirty) void this.flush();
      return;
    }
    await this.accept(raw, store, key);
  }

  /** Takes a stored value: validates, migrates, parses; keeps damaged ones aside. */
  private async accept(raw: unknown, store: RecordStore, key: string): Promise<boolean> {
    const checked = validateEnvelope(raw);
    const migrated = checked.ok ? migrate(checked.envelope) : checked;
    let data: D | undefined;
    let problem = migrated.ok ? undefined : migrated.problem;
    if (migrated.ok) {
      try {
        data = this.options.parse(migrated.envelope.data);
      } catch (error) {
        problem = (error as Error).message;
      }
    }
    if (problem !== undefined || !migrated.ok || data === undefined) {
      try {
        await store.keepAside(key, raw);
      } catch (error) {
        // Could not keep it aside: then we must not write over it either.
        this.host.reportProblem('storage-corrupt', () => this.host.t('status.corrupt'), error);
        this.setStatus('read-only');
        return false;
      }
      this.host.reportProblem('storage-corrupt', () => this.host.t('status.corrupt'), problem);
      this.setStatus(this.dirty ? 'saving' : 'saved');
      return false;
    }
    const newer = migrated.envelope.schema > CURRENT_SCHEMA;
    const known = this.envelope;
    // Change notices can arrive out of order (another tab's older save after our newer one):
    // an older version is merged in, and never replaces what we hold or what we know is saved.
    const older =
      known !== undefined && Date.parse(migrated.envelope.updatedAt) < Date.parse(known.updatedAt);
    if (!older) this.envelope = { ...migrated.envelope, data } as Envelope<D>;
    // Work not yet saved, or being saved right now, must survive what arrives: merge it in.
    const ownWork = this.dirty || this.saving !== undefined;
    this.data = ownWork || known ? (mergeData(this.data, data, ownWork || older) as D) : data;
    if (newer) {
      this.host.reportProblem('schema-newer', () => this.host.t('status.read-only'));
      this.setStatus('read-only');
    } else {
      this.setStatus(this.dirty ? 'saving' : 'saved');
    }
    this.options.onLoad?.(this.data);
    this.host.requestUpdate();
    // Work kept on the page (typed before loading finished, or a save that failed while the
    // element was away) is now merged in: save it.
    if (this.dirty && !newer) this.scheduleSave();
    return true;
  }

  /** A change made elsewhere: merge it in, item by item. */
  private receive(envelope: Envelope | undefined): void {
    // Our own save, echoed (a store may hand listeners a copy, so not only the same object).
    if (envelope !== undefined && sameVersion(envelope, this.lastWritten)) return;
    if (envelope === undefined) {
      // Deleted elsewhere (e.g. "delete my data" in another element or tab): start empty.
      this.data = this.options.empty();
      this.envelope = undefined;
      // Forget our last save too: an import of that very envelope is news, not our echo.
      this.lastWritten = undefined;
      this.dirty = false;
      this.setStatus('saved');
      this.options.onLoad?.(this.data);
      this.host.requestUpdate();
      return;
    }
    const { store, key } = this;
    if (!store || !key) return;
    void this.accept(envelope, store, key).then((accepted) => {
      // A change from another device: the page hears of it as of one made here.
      if (accepted && this.remote && key === this.key) {
        const ref = parseRecordKey(key);
        if (ref) this.host.emit('co-change', { ...ref, record: envelope });
      }
    });
  }

  private async save(store: RecordStore, key: string): Promise<void> {
    this.dirty = false;
    const ours = this.data;
    // The version `ours` was made from. Not `this.envelope` when the store calls back: a change
    // arriving while this save is under way replaces that, but is not in `ours` — a store that
    // calls `next` again (after a 412, say) would then write it away.
    const base = this.envelope;
    // The record this save belongs to, from its key: the element may have moved on since.
    const ref = parseRecordKey(key) ?? { space: this.space, kind: this.options.kind, id: this.id };
    // What is written, as the element holds it (its collections stay collections).
    let merged = ours;
    // A store that writes only what changed takes the collections as they are in memory.
    const incremental = store.updateItems !== undefined;
    const write = incremental ? store.updateItems!.bind(store) : store.update.bind(store);
    try {
      const returned = await write(key, (current) => {
        // Nobody else saved since our last save (or load): ours already holds all of it, so
        // skip validating and merging — on a board of 10,000 ideas that is most of a save.
        if (sameVersion(current, base)) merged = ours;
        else {
          const stored = this.readForMerge(current);
          if (stored === NEWER)
            throw new StoreError('conflict', 'saved meanwhile by a newer version');
          merged = stored === undefined ? ours : (mergeData(ours, stored, true) as D);
        }
        const data = incremental ? merged : storedData(merged);
        return (this.lastWritten = createEnvelope(ref, data as Record<string, unknown>));
      });
      // Plain JSON for export and for `co-change`, made only if someone reads it.
      const written = incremental ? storedEnvelope(returned) : returned;
      this.envelope = written as Envelope<D>;
      // A store of the page's own may write something else than it was given (a server that
      // merges): then what it wrote is what we hold.
      const saved = returned === this.lastWritten ? merged : this.parsedOrOurs(written.data, ours);
      // What others saved before us is now part of ours too. Unless we changed it again (then
      // the next save merges it), or another tab's save arrived while ours was under way:
      // that one is in this.data already, and must not be lost to our older snapshot.
      if (this.data === ours) {
        if (saved !== ours) {
          this.data = saved;
          this.host.requestUpdate();
        }
      } else if (!this.dirty) {
        this.data = mergeData(this.data, saved, true) as D;
        this.host.requestUpdate();
      }
      this.host.clearProblem('storage-quota');
      this.host.clearProblem('storage-failed');
      this.setStatus(this.dirty ? 'saving' : 'saved');
      this.host.emit('co-change', { ...ref, record: written });
    } catch (error) {
      const storeError = toStoreError(error);
      if (storeError.code === 'conflict') {
        // Another tab with a newer Together Kit saved this record: never write over it.
        this.host.reportProblem('schema-newer', () => this.host.t('status.read-only'), storeError);
        this.setStatus('read-only');
        return;
      }
      this.dirty = true; // kept on the page; saved on the next change or retry
      const quota = storeError.code === 'quota';
      this.setStatus(quota ? 'quota' : 'failed');
      this.host.reportProblem(
        quota ? 'storage-quota' : 'storage-failed',
        () => this.host.t(quota ? 'status.quota' : 'status.failed'),
        storeError,
      );
      clearTimeout(this.saveTimer);
      // Retry while the element is on the page; a removed element saves when it returns.
      if (this.host.isConnected) this.saveTimer = setTimeout(() => void this.flush(), RETRY_MS);
    }
  }

  /** The data a store wrote, checked; ours when it cannot be read. */
  private parsedOrOurs(data: unknown, ours: D): D {
    try {
      return this.options.parse(data);
    } catch {
      return ours;
    }
  }

  /**
   * The stored data to merge with; undefined when there is none we can use (damaged records
   * were kept aside on load); NEWER when a newer version saved it meanwhile.
   */
  private readForMerge(current: unknown): D | undefined | typeof NEWER {
    if (current === undefined) return undefined;
    const checked = validateEnvelope(current);
    if (!checked.ok) return undefined;
    if (checked.envelope.schema > CURRENT_SCHEMA) return NEWER;
    const migrated = migrate(checked.envelope);
    if (!migrated.ok) return undefined;
    try {
      return this.options.parse(migrated.envelope.data);
    } catch {
      return undefined;
    }
  }

  private setStatus(next: StorageStatus): void {
    // Kept on this device but not yet on the server: "offline" says so, not "saved".
    const status = next === 'saved' && this.connection === 'offline' ? 'offline' : next;
    if (this.status === status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  // Saving on pagehide and on hiding covers closing the tab, navigating, and a phone
  // switching apps (where pagehide may never come).
  private readonly onPageHide = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') void this.flush();
  };
}

/** Are these the same version of one record: same record, same format and schema, same time? */
function sameVersion(value: unknown, known: Omit<Envelope, 'data'> | undefined): boolean {
  if (!known || typeof value !== 'object' || value === null) return false;
  const other = value as Partial<Envelope>;
  return (
    other.format === known.format &&
    other.schema === known.schema &&
    other.updatedAt === known.updatedAt &&
    other.kind === known.kind &&
    other.space === known.space &&
    other.id === known.id
  );
}
