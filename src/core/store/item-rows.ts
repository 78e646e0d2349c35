/**
 * How the browser store keeps a record in IndexedDB so that a save writes what changed, not
 * the whole record (docs/decisions.md, "Collections as rows in IndexedDB"). Pure: no IndexedDB.
 *
 * A record is a *head* under its key `together-kit/<space>/<kind>/<id>` — the envelope with
 * its collections left out, plus `rows: { rev, fields, buckets, perRow }` — and, for each
 * collection left out, 16 *rows* under `<key>\0<field>\0<n>`, each holding the `[id, item]`
 * pairs of 16 of the 256 buckets the in-memory `Collection` spreads items over by a hash of
 * their id. A change to one idea rewrites one row (a sixteenth of the ideas) and a load reads
 * 16 rows, which Chromium does as fast as one. Item ids are only ever values, never part of a
 * key, so no id (`__proto__`, `a/b`, `\0` …) can collide with anything. Record keys never hold
 * `\0` (space, kind and id are `[A-Za-z0-9._-]`), nor do the fields chosen; all rows of a
 * record sort between `<key>\0` and `<key>\u0001`, so one key range reads or deletes them.
 */
import { BUCKETS, bucketOf, Collection, storedData } from './collection.js';
import { isPlainObject, type Envelope } from './envelope.js';

/** What a head says about its rows: which version wrote it, and which fields are rows. */
export interface RowLayout {
  /** A new random value on every write: a save compares it to know nobody saved since. */
  rev: string;
  /** The data fields kept as rows, in the order the data had them. */
  fields: string[];
  /** How many buckets items were spread over (collection.ts `BUCKETS`) when written. */
  buckets: number;
  /** How many buckets each row held when written. */
  perRow: number;
}

export type Head = Omit<Envelope, 'data'> & { data: Record<string, unknown>; rows: RowLayout };

/** A row as read back: its field and its `[id, item]` pairs. */
export type Row = readonly [field: string, entries: ReadonlyArray<readonly [string, unknown]>];

/**
 * Buckets kept together in one row: 16 rows per collection. Chromium reads 16 rows of a board
 * of 10,000 ideas as fast as the whole record (about 9 ms), 64 or 256 rows about twice as
 * slowly, while rewriting one row of 16 costs about 1 ms: the balance between load and save.
 */
export const BUCKETS_PER_ROW = 16;

/** The row an item's bucket is kept in. */
const rowOfBucket = (bucket: number) => Math.floor(bucket / BUCKETS_PER_ROW);

/** The row an item with this id is kept in. */
export function rowOfItem(id: string): number {
  return rowOfBucket(bucketOf(id));
}

/** The items of one row of a `Collection`: its buckets' items, in bucket order. */
function rowEntries(collection: Collection<unknown>, row: number): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (let at = row * BUCKETS_PER_ROW; at < (row + 1) * BUCKETS_PER_ROW; at += 1)
    entries.push(...collection.bucketEntries(at));
  return entries;
}

const SEPARATOR = '\u0000';
const AFTER_SEPARATOR = '\u0001';

export function rowKey(key: string, field: string, row: number): string {
  return `${key}${SEPARATOR}${field}${SEPARATOR}${row}`;
}

/** Bounds (lower inclusive, upper exclusive) of every row of `key`, or of one field's rows. */
export function rowBounds(key: string, field?: string): [string, string] {
  const prefix = field === undefined ? key : `${key}${SEPARATOR}${field}`;
  return [prefix + SEPARATOR, prefix + AFTER_SEPARATOR];
}

/** Is this the key of a row (not of a record, nor of a record kept aside)? */
export function isRowKey(key: string): boolean {
  return key.includes(SEPARATOR);
}

/** The record key a row key belongs to. */
export function recordOfRow(row: string): string {
  return row.slice(0, row.indexOf(SEPARATOR));
}

/** The field and row number of a row of `key`; undefined for any other key. */
export function parseRowKey(key: string, row: string): { field: string; row: string } | undefined {
  const [lower] = rowBounds(key);
  if (!row.startsWith(lower)) return undefined;
  const rest = row.slice(lower.length);
  const at = rest.indexOf(SEPARATOR);
  if (at < 0) return undefined;
  return { field: rest.slice(0, at), row: rest.slice(at + 1) };
}

/** Were this head's rows grouped as this version groups them? Otherwise rewrite them all. */
export function sameGrouping(head: Head): boolean {
  return head.rows.buckets === BUCKETS && head.rows.perRow === BUCKETS_PER_ROW;
}

/** A value read from under a record key: is it a head of this layout? */
export function isHead(value: unknown): value is Head {
  if (!isPlainObject(value) || !isPlainObject(value.data) || !isPlainObject(value.rows))
    return false;
  const { rev, fields, buckets, perRow } = value.rows;
  return (
    typeof rev === 'string' &&
    typeof buckets === 'number' &&
    typeof perRow === 'number' &&
    Array.isArray(fields) &&
    fields.every((field) => typeof field === 'string' && !field.includes(SEPARATOR))
  );
}

/**
 * The data fields to keep as rows: collections (a `Collection`, or a plain object whose every
 * value is a plain object, as stored collections are). Anything else stays in the head, so
 * splitting and assembling give back exactly what was saved, whatever the data holds.
 */
export function rowFields(data: object): string[] {
  const fields: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (field.includes(SEPARATOR)) continue;
    if (value instanceof Collection) fields.push(field);
    else if (isPlainObject(value) && typeof value.updatedAt !== 'string') {
      let all = true;
      for (const key of Object.keys(value)) {
        if (!isPlainObject(value[key])) {
          all = false;
          break;
        }
      }
      if (all) fields.push(field);
    }
  }
  return fields;
}

/** The head of `envelope` with `fields` left out of its data. */
export function headOf(envelope: Envelope, fields: readonly string[], rev: string): Head {
  const data: Record<string, unknown> = {};
  const split = new Set(fields);
  for (const [field, value] of Object.entries(envelope.data)) {
    if (!split.has(field)) Object.defineProperty(data, field, { value, enumerable: true });
  }
  const { data: _whole, ...header } = envelope;
  return {
    ...header,
    data,
    rows: { rev, fields: [...fields], buckets: BUCKETS, perRow: BUCKETS_PER_ROW },
  };
}

/** A fresh version id. Not a secret: only two writes must not share one. */
let written = 0;
export function newRev(): string {
  written += 1;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${written}`;
}

/** The envelope a head and its rows stand for, with the collections in their saved order. */
export function assemble(head: Head, rows: Iterable<Row>): Envelope {
  const collections = new Map<string, [string, unknown][]>(head.rows.fields.map((f) => [f, []]));
  for (const [field, entries] of rows) {
    const collection = collections.get(field);
    // A row that is not a list of pairs was not written by us: it is left out, not guessed at.
    if (!collection || !Array.isArray(entries)) continue;
    for (const entry of entries)
      if (Array.isArray(entry) && typeof entry[0] === 'string')
        collection.push([entry[0], entry[1]]);
  }
  const data: Record<string, unknown> = {};
  const define = (field: string, value: unknown) =>
    Object.defineProperty(data, field, { value, enumerable: true, writable: true });
  // The split fields first, in their saved order, then the rest: the order of keys in an
  // export is not meaningful, but a stable one keeps exports comparable.
  // fromEntries defines own properties, so an id like "__proto__" stays an entry.
  for (const [field, entries] of collections) define(field, Object.fromEntries(entries));
  for (const [field, value] of Object.entries(head.data)) define(field, value);
  const { rows: _layout, data: _rest, ...header } = head;
  return { ...header, data } as Envelope;
}

/** What a save writes: rows to put (with all their items), to delete, fields to clear. */
export interface RowChanges {
  put: [field: string, row: number, entries: [string, unknown][]][];
  remove: [field: string, row: number][];
  clear: string[];
}

/** A collection's items grouped by row, whether it is a `Collection` or a plain object. */
function byRow(value: unknown): Map<number, [string, unknown][]> {
  const buckets = new Map<number, [string, unknown][]>();
  const entries =
    value instanceof Collection
      ? (value as Collection<unknown>).entries()
      : Object.entries(isPlainObject(value) ? value : {});
  for (const [id, item] of entries) {
    const at = rowOfItem(id);
    const bucket = buckets.get(at);
    if (bucket) bucket.push([id, item]);
    else buckets.set(at, [[id, item]]);
  }
  return buckets;
}

/** Do two rows hold the same items (the same objects, or equal copies)? */
function sameRow(a: [string, unknown][] | undefined, b: [string, unknown][] | undefined) {
  if (!a || !b || a.length !== b.length) return a === b;
  const items = new Map(a);
  return b.every(([id, item]) => {
    if (!items.has(id)) return false;
    const other = items.get(id);
    return other === item || sameJson(other, item);
  });
}

/**
 * The rows of `now` that differ from `read` (a plain collection as read back), found by
 * looking each item up by id; undefined when `read` has ids `now` has not (then the caller
 * groups both, to find the buckets those were in).
 */
function changedFromRead(
  now: Collection<unknown>,
  read: Record<string, unknown>,
): [number, [string, unknown][]][] | undefined {
  const changed: [number, [string, unknown][]][] = [];
  let kept = 0;
  for (let at = 0; at < BUCKETS / BUCKETS_PER_ROW; at += 1) {
    const entries = rowEntries(now, at);
    let differs = false;
    for (const [id, item] of entries) {
      if (!Object.hasOwn(read, id)) differs = true;
      else {
        kept += 1;
        const old = read[id];
        if (old !== item && !sameJson(old, item)) differs = true;
      }
    }
    if (differs) changed.push([at, entries]);
  }
  return kept === Object.keys(read).length ? changed : undefined;
}

/**
 * The rows to write to turn what is stored (`base`: the data as last written or read, whose
 * row fields were `baseFields`) into `next`. Two versions of one `Collection` are compared
 * bucket by bucket by identity, so this costs what changed; anything else is grouped into
 * rows and compared, and a row whose items are equal copies is not written again.
 */
export function rowChanges(
  base: Record<string, unknown>,
  baseFields: readonly string[],
  next: Record<string, unknown>,
  nextFields: readonly string[],
): RowChanges {
  const changes: RowChanges = { put: [], remove: [], clear: [] };
  const before = new Set(baseFields);
  for (const field of nextFields) {
    const now = next[field];
    const then = base[field];
    if (before.has(field) && now instanceof Collection && then instanceof Collection) {
      const collection = now as Collection<unknown>;
      const rows = new Set(collection.changedBuckets(then).map(rowOfBucket));
      for (const at of rows) {
        const entries = rowEntries(collection, at);
        if (entries.length) changes.put.push([field, at, entries]);
        else changes.remove.push([field, at]);
      }
      continue;
    }
    if (before.has(field) && now instanceof Collection && isPlainObject(then)) {
      // The first save after a load: what was read is plain, but its items are the very
      // objects the element holds, so an identity check per item finds what changed.
      const found = changedFromRead(now as Collection<unknown>, then);
      if (found) {
        for (const [at, entries] of found) changes.put.push([field, at, entries]);
        continue;
      }
    }
    // Kept in the head until now: no row of it exists yet, so every bucket is new.
    const older = before.has(field) ? byRow(then) : new Map<number, [string, unknown][]>();
    const newer = byRow(now);
    for (const [at, entries] of newer)
      if (!sameRow(older.get(at), entries)) changes.put.push([field, at, entries]);
    for (const at of older.keys()) if (!newer.has(at)) changes.remove.push([field, at]);
  }
  const after = new Set(nextFields);
  for (const field of baseFields) if (!after.has(field)) changes.clear.push(field);
  return changes;
}

/** Do two JSON-like values hold the same content? (Stops at the first difference.) */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, i) => sameJson(value, b[i]));
  }
  if (Array.isArray(b) || a instanceof Collection || b instanceof Collection) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((key) => Object.hasOwn(rb, key) && sameJson(ra[key], rb[key]));
}

/**
 * The envelope as stored (plain objects for its collections), made only when its `data` is
 * first read: a save's own change notice, which the saving element ignores, then costs nothing.
 */
export function storedEnvelope(envelope: Envelope): Envelope {
  let data: Record<string, unknown> | undefined;
  const { data: inMemory, ...header } = envelope;
  return Object.defineProperty({ ...header }, 'data', {
    enumerable: true,
    configurable: true,
    get: () => (data ??= storedData(inMemory)),
  }) as Envelope;
}
