import { createStore, keys as idbKeys, promisifyRequest, type UseStore } from 'idb-keyval';
import { isPlainObject, type Envelope } from './envelope.js';
import {
  assemble,
  headOf,
  isHead,
  isRowKey,
  newRev,
  parseRowKey,
  recordOfRow,
  rowBounds,
  rowChanges,
  rowFields,
  rowKey,
  sameGrouping,
  storedEnvelope,
  type Row,
  type RowChanges,
} from './item-rows.js';
import type { LocalBackend } from './local-backends.js';
import { isRecordKey } from './record-store.js';

export const DATABASE = 'together-kit';
export const OBJECT_STORE = 'records';

/** What this page last read or wrote of a record, to write only what changed next time. */
interface Known {
  rev: string;
  fields: string[];
  /** The data as written or read; undefined when it cannot be trusted to diff against. */
  data?: Record<string, unknown>;
}

/**
 * IndexedDB `together-kit` / `records`, out-of-line keys, each record as a head and one row
 * per item (item-rows.ts). Every read-modify-write is one readwrite transaction, so two tabs
 * saving at once merge rather than overwrite.
 */
export async function openIndexedDb(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<LocalBackend> {
  if (!factory) throw new Error('IndexedDB is not available');
  // idb-keyval opens through the global factory; a test or a locked-down browser may make it
  // throw here or fail asynchronously, and both must lead to the fallback.
  const store: UseStore = createStore(DATABASE, OBJECT_STORE);
  await idbKeys(store); // fails now, rather than at the first save, when storage is blocked
  return new IndexedDbRecords(store);
}

const range = ([lower, upper]: [string, string]) => IDBKeyRange.bound(lower, upper, false, true);

async function readRows(os: IDBObjectStore, key: string): Promise<Row[]> {
  const bounds = range(rowBounds(key));
  const [keys, values] = await Promise.all([
    promisifyRequest(os.getAllKeys(bounds)),
    promisifyRequest(os.getAll(bounds)),
  ]);
  const rows: Row[] = [];
  keys.forEach((row, i) => {
    const at = parseRowKey(key, String(row));
    if (at) rows.push([at.field, values[i] as Row[1]]);
  });
  return rows;
}

function writeChanges(os: IDBObjectStore, key: string, changes: RowChanges): void {
  for (const field of changes.clear) os.delete(range(rowBounds(key, field)));
  for (const [field, row] of changes.remove) os.delete(rowKey(key, field, row));
  for (const [field, row, entries] of changes.put) os.put(entries, rowKey(key, field, row));
}

class IndexedDbRecords implements LocalBackend {
  readonly name = 'indexeddb';
  readonly incremental = true;
  private readonly known = new Map<string, Known>();

  constructor(private readonly store: UseStore) {}

  async get(key: string): Promise<unknown> {
    const read = await this.store('readonly', async (os) => {
      const value: unknown = await promisifyRequest(os.get(key));
      return isHead(value) ? { value, rows: await readRows(os, key) } : { value };
    });
    const { value, rows } = read;
    if (rows && isHead(value)) {
      const envelope = assemble(value, rows);
      this.known.set(key, { rev: value.rows.rev, fields: value.rows.fields, data: envelope.data });
      return envelope;
    }
    this.known.delete(key);
    // Records kept aside stay exactly as they were put.
    return canSplit(value) && isRecordKey(key) ? ((await this.migrate(key)) ?? value) : value;
  }

  /**
   * A record saved whole (before items had rows) is rewritten as a head and rows on first
   * read, in one transaction that checks it is still the same record; what is returned is
   * unchanged, so the element reads it as before.
   */
  private async migrate(key: string): Promise<unknown> {
    const rev = newRev();
    const read = await this.store('readwrite', async (os) => {
      const value: unknown = await promisifyRequest(os.get(key));
      if (!canSplit(value)) return { value };
      const fields = rowFields(value.data);
      this.writeWhole(os, key, value, fields, rev);
      await promisifyRequest(os.transaction);
      return { value, known: { rev, fields, data: value.data } };
    });
    if (read.known) this.known.set(key, read.known);
    return read.value;
  }

  async update(
    key: string,
    next: (current: unknown) => unknown,
    incremental = false,
  ): Promise<void> {
    const rev = newRev();
    const known = await this.store('readwrite', async (os) => {
      const stored: unknown = await promisifyRequest(os.get(key));
      const last = this.known.get(key);
      let current: unknown = stored;
      let base: { data: Record<string, unknown>; fields: string[] } | undefined;
      if (isHead(stored)) {
        if (!sameGrouping(stored)) {
          // Saved with items grouped another way: rewrite every row.
          current = assemble(stored, await readRows(os, key));
        } else if (incremental && last?.data && last.rev === stored.rows.rev) {
          // Nobody saved since this page did: the rows hold `last.data`, no need to read them.
          base = { data: last.data, fields: last.fields };
          const { rows: _layout, data: _rest, ...header } = stored;
          current = storedEnvelope({ ...header, data: last.data } as Envelope);
        } else {
          const envelope = assemble(stored, await readRows(os, key));
          base = { data: envelope.data, fields: stored.rows.fields };
          current = envelope;
        }
      }
      const value = next(current);
      const fields = canSplit(value) ? rowFields(value.data) : [];
      try {
        if (!canSplit(value)) {
          // Not an envelope we can split (a store's caller may write anything): keep it whole.
          os.delete(range(rowBounds(key)));
          os.put(value, key);
        } else if (base) {
          os.put(headOf(value, fields, rev), key);
          writeChanges(os, key, rowChanges(base.data, base.fields, value.data, fields));
        } else this.writeWhole(os, key, value, fields, rev);
      } catch (error) {
        // A value that cannot be stored (too deep, not cloneable): write none of it.
        os.transaction.abort();
        throw error;
      }
      await promisifyRequest(os.transaction);
      if (!canSplit(value)) return undefined;
      // Only data whose items never change in place can be compared by identity next time.
      return { rev, fields, data: incremental ? value.data : undefined };
    });
    if (known) this.known.set(key, known);
    else this.known.delete(key);
  }

  /** Replaces whatever is under `key` (and its rows) with `envelope` as a head and rows. */
  private writeWhole(
    os: IDBObjectStore,
    key: string,
    envelope: Envelope,
    fields: string[],
    rev: string,
  ): void {
    try {
      os.delete(range(rowBounds(key)));
      os.put(headOf(envelope, fields, rev), key);
      writeChanges(os, key, rowChanges({}, [], envelope.data, fields));
    } catch (error) {
      os.transaction.abort();
      throw error;
    }
  }

  async put(key: string, value: unknown): Promise<void> {
    this.known.delete(key);
    await this.store('readwrite', (os) => {
      os.put(value, key);
      return promisifyRequest(os.transaction);
    });
  }

  async delete(key: string): Promise<void> {
    this.known.delete(key);
    await this.store('readwrite', (os) => {
      os.delete(key);
      os.delete(range(rowBounds(key)));
      return promisifyRequest(os.transaction);
    });
  }

  /** Keys of records (and records kept aside) under `prefix`, skipping every item row. */
  keys(prefix: string): Promise<string[]> {
    return this.store('readonly', (os) => {
      const found: string[] = [];
      return new Promise<string[]>((resolve, reject) => {
        const cursor = os.openKeyCursor(range([prefix, `${prefix}\uffff`]));
        cursor.onerror = () => reject(cursor.error);
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return resolve(found);
          const key = String(at.key);
          if (!isRowKey(key)) {
            found.push(key);
            at.continue();
            // A record's rows sort right after it: jump past them in one step.
          } else at.continue(rowBounds(recordOfRow(key))[1]);
        };
      });
    });
  }
}

/** Is this a whole envelope-like object (of either layout's writer) that can be split? */
function canSplit(value: unknown): value is Envelope {
  return isPlainObject(value) && isPlainObject(value.data) && !Object.hasOwn(value, 'rows');
}
