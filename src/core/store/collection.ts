/**
 * An immutable collection of items by id that changes one item without copying the others.
 *
 * Element data is immutable (a change makes a new value, so Lit and the merge can compare by
 * reference), and a plain object keyed by id has to be copied whole to change one key: on a
 * board of 10,000 ideas that copy (about 1.5 ms in Chromium) was most of what adding one idea
 * cost. Here the items are spread over a fixed number of buckets by a hash of their id, and a
 * change copies the bucket list and one bucket, sharing every other bucket with the previous
 * version.
 *
 * Collections live only in memory. Stored and exported records keep plain objects keyed by
 * id (see merge.ts): `toRecord()` gives one, `storedData()` turns an element's data into what
 * is stored, and `mergeData` merges collections id by id like the plain objects they stand for.
 */

/**
 * A power of two: 256 buckets keep a bucket of a 10,000-item collection about 40 items. The
 * browser store keeps one IndexedDB row per bucket and records this number with them, so
 * changing it is safe (a record saved with another number is rewritten whole once).
 */
export const BUCKETS = 256;

type Bucket<T> = ReadonlyMap<string, T>;

/** FNV-1a: a fast, well-spread hash of the id, to pick its bucket. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (BUCKETS - 1);
}

export class Collection<T> implements Iterable<T> {
  private constructor(
    private readonly buckets: ReadonlyArray<Bucket<T> | undefined>,
    /** How many items there are. */
    readonly size: number,
  ) {}

  static empty<T>(): Collection<T> {
    return new Collection<T>(new Array<undefined>(BUCKETS).fill(undefined), 0);
  }

  /** The collection of a plain object's entries (a stored collection). */
  static from<T>(record: Readonly<Record<string, T>>): Collection<T> {
    const buckets: (Map<string, T> | undefined)[] = new Array<undefined>(BUCKETS).fill(undefined);
    let size = 0;
    for (const id of Object.keys(record)) {
      const at = bucketOf(id);
      (buckets[at] ??= new Map()).set(id, record[id]);
      size += 1;
    }
    return new Collection(buckets, size);
  }

  get(id: string): T | undefined {
    return this.buckets[bucketOf(id)]?.get(id);
  }

  has(id: string): boolean {
    return this.buckets[bucketOf(id)]?.has(id) ?? false;
  }

  /** A new collection with `item` under `id`; this one is not changed. */
  with(id: string, item: T): Collection<T> {
    return this.withAll([[id, item]]);
  }

  /** A new collection with several items set, or this one when there are none. */
  withAll(entries: Iterable<readonly [string, T]>): Collection<T> {
    let buckets: (Bucket<T> | undefined)[] | undefined;
    const copied = new Set<number>();
    let size = this.size;
    for (const [id, item] of entries) {
      buckets ??= [...this.buckets];
      const at = bucketOf(id);
      let bucket = buckets[at] as Map<string, T> | undefined;
      if (!copied.has(at)) {
        copied.add(at);
        bucket = new Map(bucket);
        buckets[at] = bucket;
      }
      if (!bucket!.has(id)) size += 1;
      bucket!.set(id, item);
    }
    return buckets ? new Collection(buckets, size) : this;
  }

  /** The collection with `change` applied to every item; items it returns unchanged are kept. */
  map(change: (item: T, id: string) => T): Collection<T> {
    const changes: [string, T][] = [];
    for (const [id, item] of this.entries()) {
      const next = change(item, id);
      if (next !== item) changes.push([id, next]);
    }
    return this.withAll(changes);
  }

  *entries(): IterableIterator<[string, T]> {
    for (const bucket of this.buckets) if (bucket) yield* bucket;
  }

  *values(): IterableIterator<T> {
    for (const bucket of this.buckets) if (bucket) yield* bucket.values();
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this.values();
  }

  /** The plain object this collection stands for, as it is stored. */
  toRecord(): Record<string, T> {
    // fromEntries defines own properties, so even an id like "__proto__" stays an entry.
    return Object.fromEntries(this.entries());
  }

  /** So that `JSON.stringify` writes the stored form. */
  toJSON(): Record<string, T> {
    return this.toRecord();
  }

  /**
   * The buckets (by number, see {@link bucketOf}) whose content differs from `older`'s: the
   * buckets the two share are the same object, so a save after one change looks at one bucket.
   */
  changedBuckets(older: Collection<T>): number[] {
    const changed: number[] = [];
    if (older === this) return changed;
    for (let at = 0; at < BUCKETS; at += 1)
      if (this.buckets[at] !== older.buckets[at]) changed.push(at);
    return changed;
  }

  /** The items of one bucket. */
  bucketEntries(at: number): [string, T][] {
    return [...(this.buckets[at] ?? [])];
  }

  /**
   * Merges two collections id by id: items only one has are kept, items both have are merged
   * by `mergeItem`. Buckets the two share (the same object) are taken as they are, so merging
   * two versions of one collection costs what differs, not the whole.
   */
  static merge<T>(
    ours: Collection<T>,
    theirs: Collection<T>,
    mergeItem: (ours: T, theirs: T) => T,
  ): Collection<T> {
    if (ours === theirs) return ours;
    const buckets: (Bucket<T> | undefined)[] = [];
    let size = 0;
    for (let at = 0; at < BUCKETS; at += 1) {
      const a = ours.buckets[at];
      const b = theirs.buckets[at];
      let merged: Bucket<T> | undefined;
      if (a === b || !b) merged = a;
      else if (!a) merged = b;
      else {
        const both = new Map(a);
        for (const [id, item] of b) {
          const mine = both.get(id);
          both.set(id, mine === undefined ? item : mergeItem(mine, item));
        }
        merged = both;
      }
      buckets.push(merged);
      size += merged?.size ?? 0;
    }
    return new Collection(buckets, size);
  }
}

/**
 * An element's data as it is stored: each top-level collection becomes its plain object.
 * Data without collections comes back as it is.
 */
export function storedData(data: object): Record<string, unknown> {
  let stored: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (value instanceof Collection) (stored ??= { ...data })[key] = value.toRecord();
  }
  return stored ?? (data as Record<string, unknown>);
}
