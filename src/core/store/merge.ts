/**
 * Item-level merge of two versions of one record's data, so that two tabs (or two people on
 * a shared backend) editing at once both keep their edits.
 *
 * The convention every element's data follows:
 * - an **item** is a plain object with a string `updatedAt` (an idea, a ballot, a note, the
 *   settings block); of two versions of an item the later `updatedAt` wins its plain fields,
 *   while collections inside it (replies under an idea) still merge id by id;
 * - collections are plain objects keyed by item id (not arrays), so they merge id by id;
 * - deleting an item leaves a tombstone (`{ id, deleted: true, updatedAt }`), so a deletion
 *   is a change like any other instead of an absence the other side would undo;
 * - order is a field of the item (e.g. `rank`), not a position in an array.
 * Anything else (plain values, arrays) comes from the version whose envelope is newer.
 * In memory an element may hold a collection as a `Collection` (collection.ts); it merges
 * the same way.
 */

import { Collection } from './collection.js';

type Json = unknown;

export function isItem(value: Json): value is { updatedAt: string } {
  return isPlainObject(value) && typeof value.updatedAt === 'string';
}

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Is `a` the later version? Equal times keep `tie`, so merging is stable. */
function isLater(a: { updatedAt: string }, b: { updatedAt: string }, tie: boolean): boolean {
  // Times written by toISOString() (same length, UTC) compare as text, which is much faster
  // than parsing on a board of 10,000 ideas; anything else is parsed.
  const sa = a.updatedAt;
  const sb = b.updatedAt;
  if (sa === sb) return tie;
  if (sa.length === sb.length && sa.endsWith('Z') && sb.endsWith('Z')) return sa > sb;
  const ta = Date.parse(sa);
  const tb = Date.parse(sb);
  return ta === tb ? tie : ta > tb;
}

/**
 * Merges `ours` and `theirs`. `oursNewer` says whose envelope is newer, which settles plain
 * values outside items. Pure: neither input is changed; unchanged parts are shared.
 */
export function mergeData(ours: Json, theirs: Json, oursNewer: boolean): Json {
  return mergeValue(ours, theirs, oursNewer, false);
}

/** A plain object whose every value is an item: a collection that merges id by id. */
function isCollection(value: Json): value is Record<string, { updatedAt: string }> {
  return isPlainObject(value) && !isItem(value) && Object.values(value).every(isItem);
}

function mergeValue(ours: Json, theirs: Json, oursNewer: boolean, insideItem: boolean): Json {
  if (ours === theirs) return ours;
  // A collection kept in memory merges id by id, as the plain object it stands for would.
  if (ours instanceof Collection || theirs instanceof Collection) {
    const a = asCollection(ours);
    const b = asCollection(theirs);
    if (!a || !b) return oursNewer ? ours : theirs;
    return Collection.merge(a, b, (x, y) => mergeValue(x, y, oursNewer, false));
  }
  if (isItem(ours) && isItem(theirs)) {
    oursNewer = isLater(ours, theirs, oursNewer);
    const later = oursNewer ? ours : theirs;
    // Where either version is a deletion, the later version wins whole: a deletion must not
    // bring back deleted content (perhaps personal data), and an item re-created after a
    // deletion must not inherit `deleted` from the tombstone.
    if (isTombstone(ours) || isTombstone(theirs)) return later;
    return mergeFields(ours, theirs, oursNewer, true);
  }
  // Inside an item only collections of items merge; any other value (a ballot's marks, a list
  // of tags) belongs to the item and comes whole from its later version, so a key removed
  // there stays removed.
  const mergeable = insideItem
    ? isCollection(ours) && isCollection(theirs)
    : isPlainObject(ours) && isPlainObject(theirs);
  if (mergeable)
    return mergeFields(
      ours as Record<string, Json>,
      theirs as Record<string, Json>,
      oursNewer,
      false,
    );
  return oursNewer ? ours : theirs;
}

function asCollection(value: Json): Collection<Json> | undefined {
  if (value instanceof Collection) return value as Collection<Json>;
  return isPlainObject(value) ? Collection.from(value) : undefined;
}

function mergeFields(
  ours: Record<string, Json>,
  theirs: Record<string, Json>,
  oursNewer: boolean,
  insideItem: boolean,
) {
  // Own keys only, and defined rather than assigned, so that ids such as "constructor" or
  // "__proto__" (an import may hold anything) are entries like any other.
  const merged: [string, Json][] = [];
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    if (!Object.hasOwn(theirs, key)) {
      // A field only one version has: inside an item, the later version decides.
      if (!insideItem || oursNewer) merged.push([key, ours[key]]);
    } else if (!Object.hasOwn(ours, key)) {
      if (!insideItem || !oursNewer) merged.push([key, theirs[key]]);
    } else merged.push([key, mergeValue(ours[key], theirs[key], oursNewer, insideItem)]);
  }
  return Object.fromEntries(merged);
}

/** What is left of a deleted item: its id and when, nothing of its content. */
export interface Tombstone {
  id: string;
  deleted: true;
  updatedAt: string;
}

export function tombstone(id: string, now = new Date()): Tombstone {
  return { id, deleted: true, updatedAt: now.toISOString() };
}

export function isTombstone(value: unknown): value is Tombstone {
  return isPlainObject(value) && value.deleted === true;
}

/** The live items of a collection, without tombstones. */
export function liveItems<T>(
  collection: Readonly<Record<string, T | Tombstone>>,
): Exclude<T, Tombstone>[] {
  return Object.values(collection).filter((item) => !isTombstone(item)) as Exclude<T, Tombstone>[];
}
