import { parseRecordKey, validateEnvelope, type Envelope, type RecordRef } from './envelope.js';
import { readEventStream } from './http-events.js';
import { OfflineCopy } from './http-offline.js';
import { mergeData } from './merge.js';
import {
  StoreError,
  asideKey,
  isRecordKey,
  type ConnectionState,
  type RecordStore,
} from './record-store.js';

export interface HttpStoreOptions {
  /** The contract's base address, e.g. `/api/together` (docs/http-storage.md). */
  endpoint: string;
  /**
   * Every request goes through this function: a portal adds its authentication here (a header,
   * or `credentials: 'include'` for cookies on another origin). Default: the page's `fetch`.
   */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds between checks for changes when the server has no event stream. Default 5000. */
  pollInterval?: number;
  /** Listen to the server's event stream when it has one (default); false: always poll. */
  events?: boolean;
  /** Milliseconds before trying the server again after it could not be reached. Default 3000. */
  retryInterval?: number;
  /**
   * Names what this store keeps on the device (its offline queue and copies). Default: the
   * endpoint. Two stores with the same name share one queue: give each its own in tests
   * that play two devices on one page.
   */
  localName?: string;
}

/** A change the server announced: a deletion, or a version (checked before it is used). */
type Change = ({ deleted: true } | { etag?: string; raw: unknown }) & {
  /** For an answer to our own GET: the store's clock when it was asked (see `receive`). */
  asked?: number;
};

type Listener = (key: string, envelope: Envelope | undefined) => void;

/** What this store knows the server holds for a record: its ETag and the envelope. */
interface ServerVersion {
  etag?: string;
  envelope?: Envelope;
}

/** An answer from the server that is not usable: the queue keeps the change. */
const OFFLINE_STATUSES = new Set([0, 502, 503, 504]);
const MAX_ATTEMPTS = 10;

/**
 * The `http` store: records on a portal's server (docs/http-storage.md), for
 * `storage="http" endpoint="…"`, or constructed by a page that needs its own `fetch`:
 * `space.store = new HttpStore({ endpoint: '/api/together', fetch: withAuth })`.
 *
 * Saves are `PUT` with `If-Match`; when someone saved first (412) it merges with theirs, item
 * by item, and tries again. Changes from other devices arrive by Server-Sent Events, or by
 * polling where the server has none. When the server cannot be reached, changes wait in an
 * IndexedDB queue (and `update()` resolves), go out in order when it is back, and
 * `watchConnection` says `offline` meanwhile. What the server sends is checked before anyone
 * sees it: a record that is not a valid envelope is kept aside on this device, and reported.
 */
export class HttpStore implements RecordStore {
  private readonly endpoint: string;
  private readonly fetchFn: typeof globalThis.fetch;
  private readonly pollInterval: number;
  private readonly retryInterval: number;
  private readonly useEvents: boolean;
  private readonly local: OfflineCopy;

  private readonly listeners = new Set<Listener>();
  private readonly connectionListeners = new Set<(state: ConnectionState) => void>();
  private readonly refusalListeners = new Set<(key: string, problem: string) => void>();
  private state: ConnectionState = 'online';
  private readonly known = new Map<string, ServerVersion>();
  /** When each entry of `known` was set, counted in `clock` ticks. */
  private readonly knownAt = new Map<string, number>();
  private clock = 0;
  private readonly locks = new Map<string, Promise<unknown>>();
  /** Changes from the server that arrived during a save of the same record (see receive). */
  private readonly held = new Map<string, Change>();
  /** Something unreadable the server sent, by record key ('' for the event stream itself). */
  private readonly problems = new Map<string, StoreError>();
  /** Records this page shows: the ones polled, and the spaces whose events it listens to. */
  private readonly watched = new Set<string>();
  private readonly streams = new Map<string, AbortController>();
  private eventsMissing = false;
  /** The server merges a PUT without If-Match item by item (it says so in every answer). */
  private serverMerges = false;
  private pollTimer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private replaying?: Promise<void>;
  private replayStarted = false;
  private closed = false;

  constructor(options: HttpStoreOptions) {
    this.endpoint = options.endpoint.replace(/\/+$/, '');
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.pollInterval = options.pollInterval ?? 5000;
    this.retryInterval = options.retryInterval ?? 3000;
    this.useEvents = options.events ?? true;
    this.local = new OfflineCopy(options.localName ?? this.endpoint);
  }

  async durability(): Promise<'durable'> {
    return 'durable';
  }

  async load(key: string): Promise<unknown> {
    const ref = parseRecordKey(key);
    if (!ref) return this.local.aside(key);
    this.watch(key, ref);
    let version: ServerVersion;
    try {
      version = await this.fetchVersion(key, ref);
    } catch (error) {
      if (!isOffline(error)) throw error;
      // No connection: what this device last had, with what was typed since.
      return (await this.local.queued(key))?.envelope ?? (await this.local.copy(key));
    }
    if (version.etag !== undefined && !version.envelope) {
      // Not a record: the element keeps it aside (here, on this device) and says so.
      return this.unreadable.get(key);
    }
    const queued = await this.local.queued(key);
    if (queued?.envelope && version.envelope)
      return mergeEnvelopes(queued.envelope, version.envelope);
    return queued?.envelope ?? version.envelope;
  }

  update(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
    const ref = parseRecordKey(key);
    if (!ref) return Promise.reject(new StoreError('failed', `not a record key: ${key}`));
    this.watch(key, ref);
    return this.exclusive(key, () => this.save(key, ref, next));
  }

  async remove(key: string): Promise<void> {
    const ref = parseRecordKey(key);
    if (!ref) return this.local.removeAside(key);
    await this.exclusive(key, async () => {
      try {
        await this.send(this.url(ref), { method: 'DELETE' }, [204, 200, 404]);
        // Deleted on the server: whatever was waiting for this record is moot.
        const queued = await this.local.queued(key);
        if (queued) await this.local.dequeue(queued);
      } catch (error) {
        if (!isOffline(error)) throw error;
        await this.local.enqueue(key, {});
        this.retrySoon();
      }
      this.setKnown(key, {});
      await this.local.keepCopy(key, undefined);
    });
    this.notify(key, undefined);
  }

  async list(space: string): Promise<string[]> {
    const queued = (await this.local.allQueued()).filter(
      (change) => change.envelope && parseRecordKey(change.key)?.space === space,
    );
    const local = [
      ...(await this.local.keys('aside', space)),
      ...queued.map((change) => change.key),
    ];
    let remote: string[];
    try {
      const response = await this.send(`${this.endpoint}/${encodeURIComponent(space)}/`, {}, [200]);
      remote = readList(space, await response.json().catch(() => undefined));
    } catch (error) {
      if (!isOffline(error)) throw error;
      remote = await this.local.keys('copy', space);
    }
    return [...new Set([...remote, ...local])].sort();
  }

  async keepAside(key: string, raw: unknown): Promise<string> {
    // On this device, not the server: it is what the server sent that could not be read, and
    // the server would refuse it anyway. Export and "delete my data" still see it (list()).
    const aside = asideKey(key);
    await this.local.keepAside(aside, raw);
    return aside;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` when something the server sent for a record was refused. */
  watchRefusals(listener: (key: string, problem: string) => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  watchConnection(listener: (state: ConnectionState) => void): () => void {
    this.connectionListeners.add(listener);
    listener(this.state);
    return () => this.connectionListeners.delete(listener);
  }

  /** Stops listening and polling (a page that tears the library down; tests). */
  close(): void {
    this.closed = true;
    for (const stream of this.streams.values()) stream.abort();
    this.streams.clear();
    clearTimeout(this.pollTimer);
    clearTimeout(this.retryTimer);
  }

  /** Sends what is queued now, without waiting for the next try (resolves when done). */
  async sendQueued(): Promise<void> {
    this.replaying ??= this.replay().finally(() => (this.replaying = undefined));
    return this.replaying;
  }

  // ---- saving ----

  /** `retrying`: sending the queue, so try the server even while offline. */
  private async save(
    key: string,
    ref: RecordRef,
    next: (current: unknown) => Envelope,
    retrying = false,
  ) {
    const problem = this.problems.get(key) ?? this.problems.get('');
    if (problem) {
      // Reported once, through the save the person is waiting for; their copy is untouched
      // and the element tries again, which then goes ahead.
      this.problems.delete(key);
      this.problems.delete('');
      throw problem;
    }
    // Offline, a save goes straight to the queue instead of waiting for the network to fail.
    if (this.state === 'offline' && !retrying) return this.keepForLater(key, next);
    let current: ServerVersion;
    try {
      current = this.known.get(key) ?? (await this.fetchVersion(key, ref));
    } catch (error) {
      if (isOffline(error)) return this.keepForLater(key, next);
      throw error;
    }
    let deleted = false;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const queued = await this.local.queued(key);
      let response: Response;
      let envelope: Envelope | undefined;
      try {
        if (queued?.deleteFirst && !deleted) {
          // Deleted here while offline, then written again: the old record must not come back.
          await this.send(this.url(ref), { method: 'DELETE' }, [204, 200, 404]);
          deleted = true;
          current = {};
        }
        envelope = next(current.envelope);
        if (queued?.envelope) envelope = mergeEnvelopes(envelope, queued.envelope);
        response = await this.send(
          this.url(ref),
          {
            method: 'PUT',
            headers: {
              'Content-Type': 'application/json',
              // After a 412, a server that says it merges is left to do it: with many
              // writers at once, racing them again and again would cost far more.
              ...(attempt > 0 && this.serverMerges ? {} : preconditionFor(current)),
            },
            body: JSON.stringify(envelope),
          },
          [200, 201, 204, 412],
        );
      } catch (error) {
        const kept = envelope;
        if (isOffline(error)) return this.keepForLater(key, (local) => kept ?? next(local));
        throw error;
      }
      if (response.status === 412) {
        // Someone saved first: merge with theirs (sent with the 412, or fetched) and try again
        // after a short, random wait that grows, so that busy writers stop colliding.
        current = await this.conflictVersion(key, ref, response);
        await pause(attempt);
        continue;
      }
      const etag = response.headers.get('ETag') ?? undefined;
      const written =
        response.status === 200 ? await this.readSaved(response, ref, envelope) : envelope;
      this.setKnown(key, { etag, envelope: written });
      if (queued) await this.local.dequeue(queued);
      await this.local.keepCopy(key, written);
      this.notify(key, written);
      return written;
    }
    // Not 'conflict': that code means "saved by a newer version" and turns the element read-only.
    throw new StoreError('failed', 'Too many people saved at once; trying again shortly');
  }

  /** No connection: the change waits in the queue, and this page's elements see it now. */
  private async keepForLater(key: string, next: (current: unknown) => Envelope): Promise<Envelope> {
    const queued = await this.local.queued(key);
    const local = queued ? queued.envelope : await this.local.copy(key);
    const envelope = next(local);
    await this.local.enqueue(key, {
      envelope,
      deleteFirst: queued !== undefined && !queued.envelope,
    });
    await this.local.keepCopy(key, envelope);
    this.notify(key, envelope);
    this.retrySoon();
    return envelope;
  }

  /** Sends the queue in order. Stops at the first change that cannot go yet. */
  private async replay(): Promise<void> {
    for (const change of await this.local.allQueued()) {
      const ref = parseRecordKey(change.key);
      if (!ref) {
        await this.local.dequeue(change);
        continue;
      }
      try {
        if (change.envelope) {
          const queued = change.envelope;
          // save() merges the queued envelope into what the server has, and dequeues it.
          await this.exclusive(change.key, () =>
            this.save(change.key, ref, (current) => validEnvelope(current, ref) ?? queued, true),
          );
        } else {
          await this.exclusive(change.key, async () => {
            await this.send(this.url(ref), { method: 'DELETE' }, [204, 200, 404]);
            await this.local.dequeue(change);
          });
        }
      } catch {
        // Offline again, or the server refused: it stays queued for the next try.
        this.retrySoon();
        return;
      }
      if (this.state === 'offline') return; // save() queued it again
    }
  }

  private retrySoon(): void {
    if (this.closed || this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.probe();
    }, this.retryInterval);
  }

  /** While offline: is the server back? Any answer but a gateway error says so. */
  private async probe(): Promise<void> {
    const [space] = [...this.watched].map((key) => parseRecordKey(key)?.space);
    try {
      if (this.state === 'offline')
        await this.send(
          `${this.endpoint}/${encodeURIComponent(space ?? 'default')}/`,
          {},
          undefined,
        );
      await this.sendQueued();
    } catch {
      this.retrySoon();
    }
  }

  // ---- reading ----

  /** GETs a record, as this store then knows it; rejects with 'offline' when unreachable. */
  private async fetchVersion(key: string, ref: RecordRef): Promise<ServerVersion> {
    const response = await this.send(this.url(ref), {}, [200, 204, 404]);
    const version = await this.readVersion(key, ref, response);
    this.setKnown(key, version);
    if (version.envelope) await this.local.keepCopy(key, version.envelope);
    return version;
  }

  /** Raw values the server sent that are not records, kept for load() to hand over. */
  private readonly unreadable = new Map<string, unknown>();

  private async readVersion(
    key: string,
    ref: RecordRef,
    response: Response,
  ): Promise<ServerVersion> {
    if (response.status !== 200) return {};
    const etag = response.headers.get('ETag') ?? '';
    const text = await response.text();
    const raw = parseJson(text);
    const envelope = validEnvelope(raw, ref);
    if (envelope) {
      this.unreadable.delete(key);
      return { etag, envelope };
    }
    this.unreadable.set(key, raw === undefined ? text : raw);
    return { etag };
  }

  private async conflictVersion(
    key: string,
    ref: RecordRef,
    response: Response,
  ): Promise<ServerVersion> {
    const etag = response.headers.get('ETag');
    const envelope = etag ? validEnvelope(parseJson(await response.text()), ref) : undefined;
    if (etag && envelope) return { etag, envelope };
    return this.fetchVersion(key, ref);
  }

  /** The record a server that merges sent back; if it cannot be read, what we sent. */
  private async readSaved(response: Response, ref: RecordRef, sent: Envelope): Promise<Envelope> {
    return validEnvelope(parseJson(await response.text()), ref) ?? sent;
  }

  // ---- changes from other devices ----

  private watch(key: string, ref: RecordRef): void {
    if (this.closed) return;
    this.watched.add(key);
    if (!this.replayStarted) {
      // Changes queued before the page was reloaded go out as soon as the store is used.
      this.replayStarted = true;
      void this.sendQueued();
    }
    if (this.useEvents && !this.eventsMissing) this.listen(ref.space);
    else this.schedulePoll();
  }

  private listen(space: string): void {
    if (this.streams.has(space)) return;
    const controller = new AbortController();
    this.streams.set(space, controller);
    void this.stream(space, controller.signal);
  }

  private async stream(space: string, signal: AbortSignal): Promise<void> {
    let firstTry = true;
    while (!signal.aborted) {
      if (!firstTry) await new Promise((resolve) => setTimeout(resolve, this.retryInterval));
      firstTry = false;
      if (signal.aborted) return;
      let response: Response;
      try {
        response = await this.send(
          `${this.endpoint}/${encodeURIComponent(space)}/events`,
          { headers: { Accept: 'text/event-stream' }, signal },
          undefined,
        );
      } catch {
        continue; // offline: send() said so; try again
      }
      const type = response.headers.get('Content-Type') ?? '';
      if (!response.ok || !type.startsWith('text/event-stream') || !response.body) {
        // This server has no event stream: poll instead, for every space.
        this.eventsMissing = true;
        for (const stream of this.streams.values()) stream.abort();
        this.streams.clear();
        this.schedulePoll();
        return;
      }
      // Whatever changed while we were not listening.
      void this.refresh(space);
      try {
        await readEventStream(response.body, (data) => this.receiveEvent(space, data));
      } catch {
        // The connection broke: the next request finds out whether the server is there.
      }
    }
  }

  private receiveEvent(space: string, data: string): void {
    const message = parseJson(data) as
      | { kind?: unknown; id?: unknown; etag?: unknown; envelope?: unknown; deleted?: unknown }
      | undefined;
    const key =
      message && typeof message === 'object'
        ? `together-kit/${space}/${String(message.kind)}/${String(message.id)}`
        : '';
    const ref = parseRecordKey(key);
    if (!message || !ref) {
      this.problems.set('', unreadableError());
      return;
    }
    if (message.deleted === true) return this.receive(key, ref, { deleted: true });
    this.receive(key, ref, {
      etag: typeof message.etag === 'string' ? message.etag : undefined,
      raw: message.envelope,
    });
  }

  /** A change from the server (event or poll): checked, then passed on. */
  private receive(key: string, ref: RecordRef, change: Change): void {
    // An answer to a GET sent before we learnt of a newer version (our own save, say) is
    // stale: taking it would undo what we know, or report a deletion that never happened.
    if (change.asked !== undefined && (this.knownAt.get(key) ?? 0) > change.asked) return;
    const known = this.known.get(key);
    if ('deleted' in change) {
      if (!known?.envelope) return;
      if (this.locks.has(key)) return void this.held.set(key, change);
      this.setKnown(key, {});
      void this.local.keepCopy(key, undefined);
      this.notify(key, undefined);
      return;
    }
    if (change.etag !== undefined && known?.etag === change.etag) return; // ours, or seen
    // Only records this page shows are followed; others are fetched when first loaded.
    if (!this.watched.has(key)) return;
    if (this.locks.has(key)) {
      // A save of this record is under way: its caller's `next` may run again (after a 412),
      // and must not see the record change under it. Handed on when the save is done.
      this.held.set(key, change);
      return;
    }
    const envelope = validEnvelope(change.raw, ref);
    if (!envelope) {
      // Never handed on: the person's copy stays as it is. Kept aside here, and reported
      // with the next save of this record (a StoreError the element turns into co-error).
      void this.keepAside(key, change.raw);
      this.problems.set(key, unreadableError());
      // Said now too, not only at the next save: the person may never save again.
      for (const listener of this.refusalListeners) {
        listener(key, 'the server sent something that is not this record');
      }
      return;
    }
    this.setKnown(key, { etag: change.etag, envelope });
    void this.local.keepCopy(key, envelope);
    this.notify(key, envelope);
  }

  private schedulePoll(): void {
    if (this.closed || this.pollTimer !== undefined) return;
    this.pollTimer = setTimeout(async () => {
      await Promise.all(
        [...new Set([...this.watched].map((key) => parseRecordKey(key)?.space))].map(
          (space) => space !== undefined && this.refresh(space),
        ),
      );
      this.pollTimer = undefined;
      this.schedulePoll();
    }, this.pollInterval);
  }

  /** Asks again for each record of `space` this page shows: unchanged ones answer 304. */
  private async refresh(space: string): Promise<void> {
    const keys = [...this.watched].filter((key) => parseRecordKey(key)?.space === space);
    await Promise.all(
      keys.map(async (key) => {
        const ref = parseRecordKey(key) as RecordRef;
        const etag = this.known.get(key)?.etag;
        const asked = this.clock;
        let response: Response;
        try {
          response = await this.send(
            this.url(ref),
            etag ? { headers: { 'If-None-Match': etag } } : {},
            [200, 204, 304, 404],
          );
        } catch {
          return; // offline is said by send(); the next round tries again
        }
        if (response.status === 304) return;
        if (response.status !== 200) return this.receive(key, ref, { deleted: true, asked });
        const text = await response.text();
        this.receive(key, ref, {
          etag: response.headers.get('ETag') ?? undefined,
          raw: parseJson(text) ?? text,
          asked,
        });
      }),
    );
  }

  // ---- plumbing ----

  private url(ref: RecordRef): string {
    return `${this.endpoint}/${[ref.space, ref.kind, ref.id].map(encodeURIComponent).join('/')}`;
  }

  /**
   * One request through the page's `fetch`. A network failure or a gateway answer (502–504)
   * means offline and rejects with StoreError('offline'); any other answer means online. An
   * answer not in `expected` (when given) rejects with StoreError('failed').
   */
  private async send(
    url: string,
    init: RequestInit,
    expected: number[] | undefined,
  ): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchFn(url, { cache: 'no-store', ...init });
    } catch (error) {
      if ((error as Error | undefined)?.name === 'AbortError') throw error;
      this.setState('offline');
      throw new StoreError('offline', 'The server could not be reached', { cause: error });
    }
    if (OFFLINE_STATUSES.has(response.status)) {
      void response.body?.cancel();
      this.setState('offline');
      throw new StoreError('offline', `The server answered ${response.status}`);
    }
    this.setState('online');
    if (response.headers.get('Together-Kit-Merge') === 'items') this.serverMerges = true;
    if (expected && !expected.includes(response.status)) {
      void response.body?.cancel();
      throw new StoreError(
        'failed',
        response.status === 413
          ? 'This record is too large for the server'
          : `The server answered ${response.status}`,
      );
    }
    return response;
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.connectionListeners) listener(state);
    if (state === 'online') {
      // Back: send what waited, and catch up with what others did meanwhile.
      void this.sendQueued();
      if (this.eventsMissing || !this.useEvents)
        for (const space of new Set([...this.watched].map((key) => parseRecordKey(key)?.space)))
          if (space !== undefined) void this.refresh(space);
    } else this.retrySoon();
  }

  /** Records what the server holds for `key`, and when (by this store's clock). */
  private setKnown(key: string, version: ServerVersion): void {
    this.known.set(key, version);
    this.knownAt.set(key, (this.clock += 1));
  }

  /** Runs `task` after every earlier task for `key`: one save at a time per record. */
  private exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.locks.get(key) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.catch(() => undefined);
    this.locks.set(key, settled);
    void settled.then(() => {
      if (this.locks.get(key) !== settled) return;
      this.locks.delete(key);
      const held = this.held.get(key);
      this.held.delete(key);
      const ref = parseRecordKey(key);
      if (held && ref) this.receive(key, ref, held);
    });
    return run;
  }

  private notify(key: string, envelope: Envelope | undefined): void {
    for (const listener of this.listeners) listener(key, envelope);
  }
}

/** The store `storage="http" endpoint="…"` gives (see choose-store.ts). */
export function createHttpStore(endpoint: string): RecordStore {
  return new HttpStore({ endpoint });
}

/**
 * Save only over the version we merged with (If-Match), or only where nothing is saved yet
 * (If-None-Match: *). A server that sent a record without an ETag gets neither.
 */
function preconditionFor(current: ServerVersion): Record<string, string> {
  if (current.etag === undefined) return current.envelope ? {} : { 'If-None-Match': '*' };
  return current.etag === '' ? {} : { 'If-Match': current.etag };
}

function isOffline(error: unknown): boolean {
  return error instanceof StoreError && error.code === 'offline';
}

function unreadableError(): StoreError {
  return new StoreError(
    'failed',
    'The server sent something that is not a Together Kit record. It was not used, and your copy is unchanged.',
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `raw` when it is a valid envelope of this record; undefined for anything else. */
function validEnvelope(raw: unknown, ref: RecordRef): Envelope | undefined {
  const checked = validateEnvelope(raw);
  if (!checked.ok) return undefined;
  const { envelope } = checked;
  const same = envelope.space === ref.space && envelope.kind === ref.kind && envelope.id === ref.id;
  return same ? envelope : undefined;
}

/** Two versions of one record merged item by item; stamped now, so it is the newest. */
function mergeEnvelopes(ours: Envelope, theirs: Envelope): Envelope {
  if (ours === theirs) return ours;
  const oursNewer = Date.parse(ours.updatedAt) >= Date.parse(theirs.updatedAt);
  return {
    ...ours,
    schema: Math.max(ours.schema, theirs.schema),
    updatedAt: new Date(
      Math.max(Date.now(), Date.parse(ours.updatedAt), Date.parse(theirs.updatedAt)),
    ).toISOString(),
    data: mergeData(ours.data, theirs.data, oursNewer) as Record<string, unknown>,
  };
}

/** The record keys a space list names; entries that are not records are skipped. */
function readList(space: string, value: unknown): string[] {
  if (!Array.isArray(value))
    throw new StoreError('failed', 'The server sent a list that could not be read');
  return value
    .map((entry: { kind?: unknown; id?: unknown } | null) =>
      entry && typeof entry === 'object'
        ? `together-kit/${space}/${String(entry.kind)}/${String(entry.id)}`
        : '',
    )
    .filter(isRecordKey)
    .filter((key) => parseRecordKey(key) !== undefined);
}

function pause(attempt: number): Promise<void> {
  if (attempt === 0) return Promise.resolve();
  const ceiling = Math.min(1000, 25 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
