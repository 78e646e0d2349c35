import {
  CURRENT_SCHEMA,
  createEnvelope,
  recordKey,
  validateEnvelope,
  type Envelope,
} from '../../core/store/envelope.js';
import { checkRecordData } from '../../core/kinds/index.js';
import { mergeData } from '../../core/store/merge.js';
import { migrate } from '../../core/store/migrations.js';
import type { RecordStore } from '../../core/store/record-store.js';

/** One record an import will write: added where nothing was, merged where something was. */
export interface ImportStep {
  key: string;
  action: 'add' | 'merge';
  incoming: Envelope;
  /** What is saved here now, when it is a record we can merge with. */
  existing?: Envelope;
  /** What is saved here cannot be read: the import keeps it aside, then writes its own. */
  replacesDamaged?: boolean;
  /** The envelope that will be written. */
  result: Envelope;
}

/**
 * Works out what importing `incoming` would do, without writing anything. Where a record is
 * already saved here, the two merge item by item (the newer version of each item is kept),
 * so an import never throws away what someone added since the export was made.
 * Throws an Error naming the record when one saved here cannot take the import.
 */
export async function planImport(
  store: RecordStore,
  incoming: readonly Envelope[],
  now = new Date(),
): Promise<ImportStep[]> {
  const steps: ImportStep[] = [];
  for (const envelope of incoming) {
    const key = recordKey(envelope);
    const raw = await store.load(key);
    const checked = raw === undefined ? undefined : validateEnvelope(raw);
    const migrated = checked?.ok ? migrate(checked.envelope) : undefined;
    if (migrated?.ok && migrated.envelope.schema > CURRENT_SCHEMA) {
      throw new Error(
        `${key} here was saved by a newer version of Together Kit, so it cannot be changed`,
      );
    }
    // A record here that its element could not read (an envelope that does not fit, or data
    // that does not fit its kind) is damaged: merging with it would make a damaged record.
    const existing = migrated?.ok ? migrated.envelope : undefined;
    if (!existing || (await checkRecordData(envelope.kind, existing.data)) !== undefined) {
      const replacesDamaged = raw !== undefined;
      steps.push({ key, action: 'add', incoming: envelope, result: envelope, replacesDamaged });
      continue;
    }
    const incomingNewer = Date.parse(envelope.updatedAt) >= Date.parse(existing.updatedAt);
    const data = mergeData(envelope.data, existing.data, incomingNewer) as Record<string, unknown>;
    // Each side fits its kind, but check what will be written too: the element must never
    // have to set aside a record an import made.
    const problem = await checkRecordData(envelope.kind, data);
    if (problem !== undefined) {
      throw new Error(
        `${key} here cannot take this import: together they would not make a valid ${envelope.kind} (${problem})`,
      );
    }
    steps.push({
      key,
      action: 'merge',
      incoming: envelope,
      existing,
      result: createEnvelope(envelope, data, now),
    });
  }
  return steps;
}

/**
 * Writes a planned import all or nothing: if any write fails (storage full, say), what was
 * already written is put back as it was, and the error is rethrown.
 */
export async function applyImport(store: RecordStore, steps: readonly ImportStep[]): Promise<void> {
  // A damaged record that the import will replace is kept aside first, never lost.
  for (const step of steps) {
    if (!step.replacesDamaged) continue;
    const raw = await store.load(step.key);
    if (raw !== undefined) await store.keepAside(step.key, raw);
  }
  const before = new Map<string, unknown>();
  try {
    for (const step of steps) {
      await store.update(step.key, (current) => {
        before.set(step.key, current);
        return step.result;
      });
    }
  } catch (error) {
    for (const [key, value] of before) {
      if (value === undefined) await store.remove(key).catch(() => undefined);
      else await store.update(key, () => value as Envelope).catch(() => undefined);
    }
    throw error;
  }
}

/** Reads every valid record in a space, for export. Damaged or kept-aside ones are skipped. */
export async function readSpace(store: RecordStore, space: string): Promise<Envelope[]> {
  const records: Envelope[] = [];
  for (const key of await store.list(space)) {
    if (key.includes('#')) continue;
    const checked = validateEnvelope(await store.load(key));
    if (checked.ok) records.push(checked.envelope);
  }
  return records;
}

/** Deletes every key of a space, including records kept aside. Returns how many. */
export async function deleteSpace(store: RecordStore, space: string): Promise<number> {
  const keys = await store.list(space);
  for (const key of keys) await store.remove(key);
  return keys.length;
}
