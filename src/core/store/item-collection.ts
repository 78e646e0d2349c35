import * as v from 'valibot';
import { isPlainObject } from './envelope.js';
import { isTombstone } from './merge.js';

/**
 * The schema of a collection keyed by item id (ideas, ballots, notes, offers): each entry is
 * checked against the item schema, or the tombstone schema when it says `deleted: true` (so a
 * broken item is reported field by field, never mistaken for a deletion), and must be stored
 * under its own id.
 *
 * Not valibot's `record`: that leaves out the keys `__proto__`, `constructor` and `prototype`,
 * so an item with such an id (an import may hold anything) was stored and exported but never
 * shown. Ids are data: every own key is kept, defined rather than assigned.
 */
export function itemCollection<TItem extends v.GenericSchema, TGone extends v.GenericSchema>(
  item: TItem,
  gone: TGone,
  message = 'must be an object, in curly brackets { }, keyed by id',
) {
  type Entry = v.InferOutput<TItem> | v.InferOutput<TGone>;
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, message),
    v.rawTransform<Record<string, unknown>, Record<string, Entry>>(
      ({ dataset, addIssue, NEVER }) => {
        const input = dataset.value;
        const output: Record<string, Entry> = {};
        let failed = false;
        for (const key of Object.keys(input)) {
          const value = input[key];
          const at = { type: 'object', origin: 'value', input, key, value } as const;
          const result = v.safeParse(isTombstone(value) ? gone : item, value);
          if (!result.success) {
            failed = true;
            for (const issue of result.issues) {
              addIssue({
                message: issue.message,
                input: issue.input,
                path: [at, ...(issue.path ?? [])],
              });
            }
          } else if ((result.output as { id?: unknown }).id !== key) {
            failed = true;
            const id = JSON.stringify((result.output as { id?: unknown }).id);
            addIssue({
              message: `its id is ${id}; each item must be stored under its own id`,
              path: [at],
            });
          } else defineItem(output, key, result.output as Entry);
        }
        return failed ? NEVER : output;
      },
    ),
  );
}

/**
 * Sets `record[id] = item` as an own property whatever the id: plain assignment of
 * `__proto__` would change the object's prototype instead of adding an item.
 */
export function defineItem<T>(record: Record<string, T>, id: string, item: T): void {
  Object.defineProperty(record, id, {
    value: item,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
