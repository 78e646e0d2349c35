import * as Y from 'yjs';
import { FORMAT, isIsoDateTime, isPlainObject, parseRecordKey, type Envelope } from './envelope.js';
import { isItem } from './merge.js';

/**
 * How one envelope is laid out in a Y.Doc (the Hocuspocus document named by its key):
 * - `meta`: the envelope's fields but `data` (format, schema, kind, space, id, updatedAt);
 * - `collections`: the names of the data fields that are collections (value `true`);
 * - `items:<field>`: one Y.Map per collection, keyed by item id, so two people changing
 *   different items never collide and any string is an id (`__proto__` too). An item is kept
 *   as its JSON text: what arrives is then parsed by `JSON.parse`, which never gives an object
 *   a prototype, and an item is replaced whole, so the later `updatedAt` can be made to win;
 * - `fields`: every other data field, as JSON text.
 * Root maps rather than maps nested in one map: two devices creating the same nested map at
 * once would each make their own and one would lose, while root maps of one name are one map.
 */
export const META = 'meta';
export const FIELDS = 'fields';
export const COLLECTIONS = 'collections';
export const ITEMS = 'items:';
/** A space's index document lists its record keys, for `list()`. */
export const INDEX = 'records';
/** A kept-aside copy holds the raw value under `raw`. */
export const ASIDE = 'aside';

const metaKeys = ['format', 'schema', 'kind', 'space', 'id', 'updatedAt'] as const;

/** Parsed items by their JSON text, so reading a board twice does not parse every idea twice. */
export type ParseCache = Map<string, Map<string, { text: string; value: unknown }>>;

/** A plain object of items (possibly empty): kept as one Y.Map keyed by item id. */
export function isCollectionValue(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && !isItem(value) && Object.values(value).every(isItem);
}

function parseJson(text: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Entries of a Y.Map as own properties (`Object.fromEntries` defines, never assigns). */
function entries(map: Y.Map<unknown>): [string, unknown][] {
  const all: [string, unknown][] = [];
  map.forEach((value, key) => all.push([key, value]));
  return all;
}

/**
 * The envelope a record document holds: `undefined` when it holds none (new, or removed).
 * Values that cannot be read are left as they are, so the caller's validation refuses them.
 */
export function readEnvelope(doc: Y.Doc, cache?: ParseCache): unknown {
  const meta = doc.getMap(META);
  if (meta.size === 0) return undefined;
  const data: [string, unknown][] = [];
  for (const [name, text] of entries(doc.getMap(FIELDS))) {
    const parsed = parseJson(text);
    data.push([name, parsed.ok ? parsed.value : text]);
  }
  const plain = new Set(data.map(([name]) => name));
  for (const [name] of entries(doc.getMap(COLLECTIONS))) {
    if (plain.has(name)) continue;
    let fieldCache = cache?.get(name);
    if (cache && !fieldCache) cache.set(name, (fieldCache = new Map()));
    const items: [string, unknown][] = [];
    for (const [id, text] of entries(doc.getMap(ITEMS + name))) {
      const known = fieldCache?.get(id);
      if (known && known.text === text) {
        items.push([id, known.value]);
        continue;
      }
      const parsed = parseJson(text);
      const value = parsed.ok ? parsed.value : text;
      if (parsed.ok && typeof text === 'string') fieldCache?.set(id, { text, value });
      items.push([id, value]);
    }
    data.push([name, Object.fromEntries(items)]);
  }
  const envelope: Record<string, unknown> = Object.fromEntries(entries(meta));
  envelope.data = Object.fromEntries(data);
  return envelope;
}

/**
 * Writes `next` over what `doc` holds, changing only what differs: an idea moved on a board of
 * a thousand is one map entry sent, not the board. Call inside a transaction.
 */
export function writeEnvelope(doc: Y.Doc, next: Envelope, cache?: ParseCache): void {
  const meta = doc.getMap(META);
  for (const key of metaKeys) {
    if (meta.get(key) !== next[key]) meta.set(key, next[key]);
  }
  const fields = doc.getMap<string>(FIELDS);
  const collections = doc.getMap<boolean>(COLLECTIONS);
  const data = next.data as Record<string, unknown>;
  for (const [name, value] of Object.entries(data)) {
    if (isCollectionValue(value)) {
      if (fields.has(name)) fields.delete(name);
      if (!collections.has(name)) collections.set(name, true);
      writeItems(doc.getMap<string>(ITEMS + name), value, cache?.get(name));
    } else {
      if (collections.has(name)) clearCollection(doc, name);
      const text = JSON.stringify(value);
      if (fields.get(name) !== text) fields.set(name, text);
    }
  }
  for (const name of fields.keys()) if (!Object.hasOwn(data, name)) fields.delete(name);
  for (const name of [...collections.keys()]) {
    if (!Object.hasOwn(data, name) || !isCollectionValue(data[name])) clearCollection(doc, name);
  }
}

function writeItems(
  map: Y.Map<string>,
  items: Record<string, unknown>,
  cache: Map<string, { text: string; value: unknown }> | undefined,
): void {
  for (const [id, item] of Object.entries(items)) {
    // The very object read from this document: unchanged, so nothing to write or stringify.
    const known = cache?.get(id);
    if (known && known.value === item && map.get(id) === known.text) continue;
    const text = JSON.stringify(item);
    if (map.get(id) !== text) map.set(id, text);
  }
  for (const id of [...map.keys()]) if (!Object.hasOwn(items, id)) map.delete(id);
}

function clearCollection(doc: Y.Doc, name: string): void {
  doc.getMap(COLLECTIONS).delete(name);
  doc.getMap(ITEMS + name).clear();
}

/** Empties a document: the record is removed, for everyone sharing it. Call in a transaction. */
export function clearDocument(doc: Y.Doc): void {
  for (const name of [...doc.share.keys()]) {
    const map = doc.getMap(name);
    map.clear();
  }
}

/** What a document may hold: its kind decides which root maps and values are allowed. */
export type DocumentKind =
  | { kind: 'record'; key: string }
  | { kind: 'index'; space: string }
  | { kind: 'aside'; key: string };

/** Which document a Hocuspocus document name is. */
export function documentKind(name: string): DocumentKind | undefined {
  if (name.includes('#')) return { kind: 'aside', key: name };
  if (parseRecordKey(name)) return { kind: 'record', key: name };
  const parts = name.split('/');
  if (parts.length === 2 && parts[0] === FORMAT && parseRecordKey(`${name}/x/x`)) {
    return { kind: 'index', space: parts[1] };
  }
  return undefined;
}

/**
 * The values a document would hold after a change, by root map and key: what arrived where
 * the change touched, what the trusted copy holds elsewhere.
 */
export interface ChangedValues {
  get(root: string, key: string): unknown;
}

/**
 * Checks a change that arrived from the network, key by key, before it may reach the trusted
 * copy. `changed` lists root map names with the keys changed in them; a change in anything
 * else (a nested type, a list, an unknown root) is refused. Returns what is wrong, or
 * undefined when the change is acceptable.
 */
export function checkChange(
  what: DocumentKind,
  changed: ReadonlyMap<string, ReadonlySet<string | null>>,
  values: ChangedValues,
): string | undefined {
  for (const [root, keys] of changed) {
    if (keys.has(null)) return `"${root}" is not a map`;
    const problem = checkRoot(what, root, keys as ReadonlySet<string>, values);
    if (problem) return problem;
  }
  if (what.kind === 'record' && changed.has(META)) return checkMeta(what.key, values);
  return undefined;
}

function checkRoot(
  what: DocumentKind,
  root: string,
  keys: ReadonlySet<string>,
  values: ChangedValues,
): string | undefined {
  const each = (check: (value: unknown, key: string) => string | undefined) => {
    for (const key of keys) {
      const value = values.get(root, key);
      if (value === undefined) continue; // deleted
      const problem = check(value, key);
      if (problem) return `${root}: ${key}: ${problem}`;
    }
    return undefined;
  };
  if (what.kind === 'index') {
    if (root !== INDEX) return `unknown part "${root}"`;
    const prefix = `${FORMAT}/${what.space}/`;
    return each((value, key) =>
      value === true && key.startsWith(prefix) && documentKind(key)?.kind !== 'index'
        ? undefined
        : 'not a record of this space',
    );
  }
  if (what.kind === 'aside') {
    if (root !== ASIDE) return `unknown part "${root}"`;
    return each((value, key) =>
      key === 'raw' && parseJson(value).ok ? undefined : 'not a kept-aside copy',
    );
  }
  if (root === META) return undefined; // checked whole, below
  if (root === FIELDS) return each((value) => (parseJson(value).ok ? undefined : 'not JSON'));
  if (root === COLLECTIONS) return each((value) => (value === true ? undefined : 'not true'));
  if (root.startsWith(ITEMS)) {
    return each((value) => {
      const parsed = parseJson(value);
      return parsed.ok && isItem(parsed.value) ? undefined : 'not an item with "updatedAt"';
    });
  }
  return `unknown part "${root}"`;
}

/** `meta` as it would be: all six fields valid and naming this record, or none (removed). */
function checkMeta(key: string, values: ChangedValues): string | undefined {
  const ref = parseRecordKey(key);
  const meta = Object.fromEntries(metaKeys.map((name) => [name, values.get(META, name)]));
  if (metaKeys.every((name) => meta[name] === undefined)) return undefined;
  const schema = meta.schema;
  const problems = [
    meta.format !== FORMAT && 'format',
    !(typeof schema === 'number' && Number.isSafeInteger(schema) && schema >= 1) && 'schema',
    meta.kind !== ref?.kind && 'kind',
    meta.space !== ref?.space && 'space',
    meta.id !== ref?.id && 'id',
    !(typeof meta.updatedAt === 'string' && isIsoDateTime(meta.updatedAt)) && 'updatedAt',
  ].filter(Boolean);
  return problems.length ? `meta: ${problems.join(', ')} not valid` : undefined;
}
