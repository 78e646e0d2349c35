import * as v from 'valibot';
import { itemCollection } from '../store/item-collection.js';
import type { Tombstone } from '../store/merge.js';
import { describeIssues } from '../validation.js';

/**
 * The health check's saved data: its types and the check of what is stored or imported. In
 * core beside the other kinds, so a space's import can check a health check's record on a
 * page that has none (see kinds/index.ts).
 */

export const HEALTH_KIND = 'health-check';

/** "I don't know": counted, but never part of an average. */
export const DONT_KNOW = 'dont-know';

/** One answer to a statement: a point of the scale (1 is the lowest), or "I don't know". */
export type Rating = number | typeof DONT_KNOW;

/** What the facilitator controls beyond rounds. */
interface HealthSettings {
  id: 'settings';
  /** The facilitator has shown the results to everyone. */
  revealed: boolean;
  updatedAt: string;
}

/**
 * One round of the check. Ids are `round-<number>`, so two facilitators who start round 2 at
 * once start the same round, and the merge keeps one.
 */
export interface HealthRound {
  id: string;
  number: number;
  /** False once a facilitator closes it: no new answers, no changes. */
  open: boolean;
  openedAt: string;
  updatedAt: string;
}

/**
 * One person's answers in one round. Its id is `<round>~<participant>`, so a person has one
 * response per round however many tabs they answer in; it is replaced whole when they change
 * it (the merge takes an item's fields from its later version).
 */
export interface StoredResponse {
  id: string;
  /** This browser's participant id; in a kiosk, where each response is a new person, the response's own. */
  participant: string;
  round: string;
  group: string;
  /** By statement id. */
  ratings: Record<string, Rating>;
  /** The rung of the ladder of co-production the person chose, if they chose one. */
  ladder?: string;
  /** "What would make this better?", by principle id. */
  comments?: Record<string, string>;
  submittedAt: string;
  updatedAt: string;
}

export interface HealthData {
  settings: HealthSettings;
  rounds: Record<string, HealthRound | Tombstone>;
  responses: Record<string, StoredResponse | Tombstone>;
}

/** Older than any real change, so whatever was saved anywhere wins a merge with it. */
const NEVER = new Date(0).toISOString();

export const COMMENT_MAX = 1000;

export function roundId(number: number): string {
  return `round-${number}`;
}

/** A new check: round 1, open, results not shown. */
export function emptyHealth(): HealthData {
  return {
    settings: { id: 'settings', revealed: false, updatedAt: NEVER },
    rounds: {
      [roundId(1)]: { id: roundId(1), number: 1, open: true, openedAt: NEVER, updatedAt: NEVER },
    },
    responses: {},
  };
}

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Time = v.pipe(v.string(), v.isoTimestamp('must be a date and time'));

const SettingsSchema = v.object({
  id: v.literal('settings'),
  revealed: v.boolean(),
  updatedAt: Time,
});

const RoundSchema = v.object({
  id: Id,
  number: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  open: v.boolean(),
  openedAt: Time,
  updatedAt: Time,
});

const RatingSchema = v.union(
  [v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(11)), v.literal(DONT_KNOW)],
  `a rating is a whole number from 1 up, or "${DONT_KNOW}"`,
);

const ResponseSchema = v.object({
  id: Id,
  participant: Id,
  round: Id,
  group: v.pipe(v.string(), v.maxLength(40)),
  ratings: v.record(v.pipe(v.string(), v.maxLength(80)), RatingSchema),
  ladder: v.optional(v.pipe(v.string(), v.maxLength(40))),
  comments: v.optional(
    v.record(v.pipe(v.string(), v.maxLength(80)), v.pipe(v.string(), v.maxLength(COMMENT_MAX))),
  ),
  submittedAt: Time,
  updatedAt: Time,
});

const TombstoneSchema = v.object({ id: Id, deleted: v.literal(true), updatedAt: Time });

const HealthDataSchema = v.object({
  settings: SettingsSchema,
  rounds: itemCollection(
    RoundSchema,
    TombstoneSchema,
    'must be an object, in curly brackets { }, keyed by round id',
  ),
  responses: itemCollection(
    ResponseSchema,
    TombstoneSchema,
    'must be an object, in curly brackets { }, keyed by response id',
  ),
});

/** The fields this kind's data has: an import refuses others (see kinds/index.ts). */
export const HEALTH_DATA_KEYS: readonly string[] = Object.keys(HealthDataSchema.entries);

/** Checks saved or imported data; throws an Error that says what is wrong. */
export function parseHealthData(data: unknown): HealthData {
  const result = v.safeParse(HealthDataSchema, data);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output as HealthData;
}
