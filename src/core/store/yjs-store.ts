import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import { FORMAT, validateEnvelope, type Envelope } from './envelope.js';
import { isItem, mergeData } from './merge.js';
import {
  asideKey,
  StoreError,
  type ConnectionState,
  type PresenceCounts,
  type PresenceHandle,
  type RecordStore,
} from './record-store.js';
import {
  ASIDE,
  checkChange,
  clearDocument,
  documentKind,
  INDEX,
  ITEMS,
  readEnvelope,
  writeEnvelope,
  type DocumentKind,
  type ParseCache,
} from './yjs-record.js';
import { countPresence, presenceState, PRESENCE_FIELD } from './yjs-presence.js';

/** Transaction origins: where a change to a document came from. */
const FROM_SERVER = Symbol('from the server');
const FROM_DEVICE = Symbol('from this device');
const OWN_WRITE = Symbol('saved here');
/** A whole envelope written by `update()`: what listeners get is that very envelope. */
const OWN_SAVE = Symbol('an envelope saved here');
/** Changes that arrive within this many ms are told to listeners once. */
const NOTICE_DELAY = 16;

export interface YjsStoreOptions {
  /** Keep a copy on this device in IndexedDB (default true; Node has no IndexedDB). */
  offlineCopy?: boolean;
  /** How long a first load waits for the server before showing this device's copy (ms). */
  syncTimeout?: number;
  /** A WebSocket class where the global one is missing (Node: the `ws` package). */
  WebSocketPolyfill?: unknown;
}

/**
 * One record (or space index, or kept-aside copy) on this device. Two Y.Docs: `wire` is what
 * the Hocuspocus provider syncs with the server; `trusted` is what this device shows and keeps
 * in IndexedDB. Changes made here go straight from trusted to wire. Changes from the server
 * reach trusted only after they are checked (yjs-record.ts, `checkChange`): a malformed or
 * hostile change stays in `wire`, is reported, and never touches what the person sees or
 * what is kept on the device.
 */
class SyncedDocument {
  readonly trusted = new Y.Doc();
  readonly wire = new Y.Doc();
  readonly provider: HocuspocusProvider;
  readonly cache: ParseCache = new Map();
  readonly ready: Promise<void>;
  private readonly offline?: IndexeddbPersistence;
  private readonly observed = new Set<string>();
  /** Since listeners were last told: saves made here, and whether anything else changed. */
  savesSinceNotice = 0;
  otherChangesSinceNotice = false;
  /** The `updatedAt` of recent saves made here (see {@link YjsStore.notify}). */
  readonly savedTimes = new Set<string>();

  constructor(
    readonly name: string,
    readonly kind: DocumentKind,
    private readonly store: YjsStore,
  ) {
    this.trusted.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_SERVER) Y.applyUpdate(this.wire, update, FROM_DEVICE);
      if (origin === OWN_SAVE) this.savesSinceNotice += 1;
      else this.otherChangesSinceNotice = true;
      if (kind.kind === 'record') store.changed(this);
    });
    this.wire.on(
      'update',
      (update: Uint8Array, origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
        if (origin !== FROM_DEVICE) this.receive(update, tr);
      },
    );
    if (store.options.offlineCopy !== false && globalThis.indexedDB) {
      this.offline = new IndexeddbPersistence(
        `together-kit-yjs ${store.endpoint} ${name}`,
        this.trusted,
      );
    }
    this.provider = new HocuspocusProvider({
      websocketProvider: store.socket,
      name,
      document: this.wire,
    });
    this.provider.attach();
    if (kind.kind === 'record') this.observeItems();
    this.ready = this.whenReady();
  }

  private async whenReady(): Promise<void> {
    // What this device kept comes first: it is there with no connection at all.
    await this.offline?.whenSynced;
    if (this.provider.isSynced || this.store.connection === 'offline') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.provider.off('synced', done);
        stopWatching();
        resolve();
      };
      const timer = setTimeout(done, this.store.options.syncTimeout ?? 3000);
      this.provider.on('synced', done);
      const stopWatching = this.store.watchConnection((state) => {
        if (state === 'offline') queueMicrotask(done);
      });
    });
  }

  /** A change from the server: checked key by key, then applied here, or refused. */
  private receive(update: Uint8Array, tr: Y.Transaction): void {
    const changed = new Map<string, ReadonlySet<string | null>>();
    let problem: string | undefined;
    for (const [type, keys] of tr.changed) {
      const root = type._item === null ? rootName(this.wire, type) : undefined;
      if (root === undefined) {
        problem = 'a part that is not a top-level map';
        break;
      }
      changed.set(root, keys);
    }
    problem ??= checkChange(this.kind, changed, {
      get: (root, key) =>
        changed.get(root)?.has(key)
          ? this.wire.getMap(root).get(key)
          : this.trusted.getMap(root).get(key),
    });
    if (problem) {
      this.store.refused(this.name, problem);
      return;
    }
    // Maps are made before the update arrives, so that observers see it (a root that first
    // appears inside an update would be a generic type until someone asks for a map).
    for (const root of changed.keys()) this.trusted.getMap(root);
    if (this.kind.kind === 'record') this.observeItems();
    Y.applyUpdate(this.trusted, update, FROM_SERVER);
  }

  /**
   * Two devices that change one item at once: Yjs keeps one of the two versions, by client
   * number, not by time. Where it kept the older, the device that held the newer writes the
   * merge of both (docs/storage.md: the later `updatedAt` wins, collections inside an item
   * merge id by id); the other device takes that as a normal change, so both converge.
   */
  private observeItems(): void {
    for (const root of this.trusted.share.keys()) {
      if (!root.startsWith(ITEMS) || this.observed.has(root)) continue;
      this.observed.add(root);
      const map = this.trusted.getMap<string>(root);
      map.observe((event) => {
        if (event.transaction.origin !== FROM_SERVER) return;
        const rewrites: [string, string][] = [];
        event.changes.keys.forEach((change, id) => {
          if (change.action !== 'update') return;
          const kept = parseItem(map.get(id));
          const ours = parseItem(change.oldValue);
          if (!kept || !ours) return;
          const merged = mergeData(ours, kept, false);
          if (!sameJson(merged, kept)) rewrites.push([id, JSON.stringify(merged)]);
        });
        if (rewrites.length === 0) return;
        // After the observers: a change made inside one would be folded into this event.
        queueMicrotask(() =>
          this.trusted.transact(() => {
            for (const [id, text] of rewrites) map.set(id, text);
          }, OWN_WRITE),
        );
      });
    }
  }

  destroy(): void {
    this.provider.destroy();
    void this.offline?.destroy();
    this.wire.destroy();
    this.trusted.destroy();
  }
}

function rootName(doc: Y.Doc, type: object): string | undefined {
  for (const [name, root] of doc.share) if (root === type) return name;
  return undefined;
}

function parseItem(text: unknown): { updatedAt: string } | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isItem(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Same JSON value, whatever the order of keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

type Listener = (key: string, envelope: Envelope | undefined) => void;

/**
 * `storage="yjs"`: records shared live through a Hocuspocus server (docs/sync.md). Every
 * record key is a Y.Doc of that name; each collection's items sit in a Y.Map keyed by item id
 * (yjs-record.ts); a copy is kept in IndexedDB so a page works, and reloads, with no
 * connection; one WebSocket carries every document of the page.
 */
export class YjsStore implements RecordStore {
  readonly socket: HocuspocusProviderWebsocket;
  connection: ConnectionState = 'online';
  private readonly documents = new Map<string, SyncedDocument>();
  private readonly listeners = new Set<Listener>();
  private readonly connectionListeners = new Set<(state: ConnectionState) => void>();
  private readonly refusalListeners = new Set<(key: string, problem: string) => void>();
  private readonly pending = new Set<SyncedDocument>();
  private notifyTimer?: ReturnType<typeof setTimeout>;

  constructor(
    readonly endpoint: string,
    readonly options: YjsStoreOptions = {},
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url: endpoint,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      // A workshop relay that restarts should be found again within a few seconds.
      delay: 500,
      minDelay: 500,
      factor: 1.5,
      maxDelay: 3000,
    });
    this.socket.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') this.setConnection('online');
      else if (status === 'disconnected') this.setConnection('offline');
    });
  }

  /** The document for a name, opened (and synced in the background) on first use. */
  private open(name: string): SyncedDocument {
    let document = this.documents.get(name);
    if (!document) {
      const kind = documentKind(name);
      if (!kind) throw new StoreError('failed', `"${name}" is not a Together Kit record key`);
      document = new SyncedDocument(name, kind, this);
      this.documents.set(name, document);
    }
    return document;
  }

  private index(key: string): SyncedDocument {
    const space = key.split('/')[1];
    return this.open(`${FORMAT}/${space}`);
  }

  async load(key: string): Promise<unknown> {
    const document = this.open(key);
    await document.ready;
    if (document.kind.kind === 'aside') {
      const raw = document.trusted.getMap(ASIDE).get('raw');
      if (typeof raw !== 'string') return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw; // kept as it is: a kept-aside copy is never thrown away
      }
    }
    return readEnvelope(document.trusted, document.cache);
  }

  async update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
    const document = this.open(key);
    if (document.kind.kind !== 'record') throw new StoreError('failed', `"${key}" is not a record`);
    await document.ready;
    // Read, decide and write with nothing in between: a change from the server cannot land
    // between reading `current` and writing what was merged from it.
    const envelope = next(readEnvelope(document.trusted, document.cache));
    document.trusted.transact(
      () => writeEnvelope(document.trusted, envelope, document.cache),
      OWN_SAVE,
    );
    document.savedTimes.add(envelope.updatedAt);
    if (document.savedTimes.size > 20) {
      document.savedTimes.delete(document.savedTimes.values().next().value as string);
    }
    this.listInIndex(key, true);
    return envelope;
  }

  async remove(key: string): Promise<void> {
    const document = this.open(key);
    await document.ready;
    document.trusted.transact(() => clearDocument(document.trusted), OWN_WRITE);
    this.listInIndex(key, false);
  }

  async list(space: string): Promise<string[]> {
    const index = this.open(`${FORMAT}/${space}`);
    await index.ready;
    return [...index.trusted.getMap(INDEX).keys()];
  }

  async keepAside(key: string, raw: unknown): Promise<string> {
    const aside = asideKey(key);
    const document = this.open(aside);
    document.trusted.transact(() => {
      document.trusted.getMap(ASIDE).set('raw', JSON.stringify(raw) ?? 'null');
    }, OWN_WRITE);
    this.listInIndex(aside, true);
    return aside;
  }

  private listInIndex(key: string, present: boolean): void {
    const index = this.index(key).trusted;
    const records = index.getMap(INDEX);
    if (records.has(key) === present) return;
    index.transact(() => (present ? records.set(key, true) : records.delete(key)), OWN_WRITE);
  }

  async durability(): Promise<'durable' | 'memory'> {
    return 'durable';
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  watchConnection(listener: (state: ConnectionState) => void): () => void {
    this.connectionListeners.add(listener);
    listener(this.connection);
    return () => this.connectionListeners.delete(listener);
  }

  watchRefusals(listener: (key: string, problem: string) => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  joinPresence(key: string, listener: (counts: PresenceCounts) => void): PresenceHandle {
    const document = this.open(key);
    const awareness = document.provider.awareness;
    const report = () => {
      if (awareness) listener(countPresence(awareness.getStates()));
    };
    awareness?.on('change', report);
    report();
    // Every element on this page that shows the record shares the page's one presence: a
    // device is counted once. Its group is theirs when they agree, "not said" when they do
    // not. Worked out from all of them, never from the last to speak: two elements in two
    // groups would otherwise each put their own back on every render, for ever.
    const joiners = (this.presenceJoiners.get(key) ??
      this.presenceJoiners.set(key, new Map()).get(key))!;
    const me = Symbol('presence');
    joiners.set(me, undefined);
    const share = () => {
      const groups = new Set([...joiners.values()].filter((g) => g !== undefined));
      const state = presenceState(groups.size === 1 ? [...groups][0] : undefined);
      const current: unknown = awareness?.getLocalState()?.[PRESENCE_FIELD];
      if (JSON.stringify(current) !== JSON.stringify(state)) {
        awareness?.setLocalStateField(PRESENCE_FIELD, state);
      }
    };
    return {
      setGroup: (group) => {
        joiners.set(me, group);
        share();
      },
      leave: () => {
        awareness?.off('change', report);
        joiners.delete(me);
        if (joiners.size) share();
        else {
          this.presenceJoiners.delete(key);
          awareness?.setLocalStateField(PRESENCE_FIELD, null);
        }
      },
    };
  }
  /** The elements of this page in each record's presence, and the group each says. */
  private readonly presenceJoiners = new Map<string, Map<symbol, string | undefined>>();

  /** Closes the connection and every document (tests; a page that leaves sync). */
  close(): void {
    for (const document of this.documents.values()) document.destroy();
    this.documents.clear();
    // Closing a socket that is still connecting is an error event in Node's `ws`, which would
    // be thrown if nobody listened; here it is expected.
    this.socket.webSocket?.addEventListener('error', () => undefined);
    this.socket.destroy();
    clearTimeout(this.notifyTimer);
  }

  /** @internal A record document changed: tell listeners soon, once per burst. */
  changed(document: SyncedDocument): void {
    // Reading a record to tell nobody would cost as much as telling someone (a board of
    // 1,000 ideas receiving 1,000 changes): skipped.
    if (this.listeners.size === 0 && this.refusalListeners.size === 0) {
      document.savesSinceNotice = 0;
      document.otherChangesSinceNotice = false;
      return;
    }
    this.pending.add(document);
    this.notifyTimer ??= setTimeout(() => {
      this.notifyTimer = undefined;
      const documents = [...this.pending];
      this.pending.clear();
      for (const each of documents) this.notify(each);
    }, NOTICE_DELAY);
  }

  private notify(document: SyncedDocument): void {
    if (this.documents.get(document.name) !== document) return; // closed meanwhile
    const raw = readEnvelope(document.trusted, document.cache);
    if (raw === undefined) {
      for (const listener of this.listeners) listener(document.name, undefined);
      return;
    }
    const checked = validateEnvelope(raw);
    if (!checked.ok) {
      this.refused(document.name, checked.problem);
      return;
    }
    let { envelope } = checked;
    // An element knows its own save when it comes back by its time, to the millisecond. When
    // this is more than one save (another device, or another element here, saved in the same
    // millisecond), the time is made to differ below the millisecond, so that no element takes
    // the merged record for its own and misses what the others added.
    const exact = document.savesSinceNotice === 1 && !document.otherChangesSinceNotice;
    document.savesSinceNotice = 0;
    document.otherChangesSinceNotice = false;
    const time = envelope.updatedAt;
    if (!exact && document.savedTimes.has(time) && /\.\d{3}Z$/.test(time)) {
      envelope = { ...envelope, updatedAt: `${time.slice(0, -1)}001Z` };
    }
    for (const listener of this.listeners) listener(document.name, envelope);
  }

  /** @internal Something from the server could not be used: say so to whoever listens. */
  refused(key: string, problem: string): void {
    for (const listener of this.refusalListeners) listener(key, problem);
  }

  private setConnection(state: ConnectionState): void {
    if (state === this.connection) return;
    this.connection = state;
    for (const listener of [...this.connectionListeners]) listener(state);
  }
}

/** The `yjs` store for an endpoint (`ws://…` or `wss://…`), as `storage="yjs"` uses it. */
export function createYjsStore(endpoint: string, options?: YjsStoreOptions): YjsStore {
  return new YjsStore(endpoint, options);
}
