import * as v from 'valibot';
import type { Ballot } from '../parity.js';
import { itemCollection } from '../store/item-collection.js';
import type { Tombstone } from '../store/merge.js';
import { describeIssues } from '../validation.js';

/**
 * The vote's saved data: its types and the check of what is stored or imported. It lives in
 * core, not beside the element, because importing a space checks every record with its own
 * kind's schema — on a page that may have no vote on it (see kinds/index.ts).
 */

export const VOTE_KIND = 'partnership-vote';

/** What the facilitator controls. */
export interface VoteState {
  id: 'settings';
  /** False once a facilitator closes the vote (the `closed` attribute closes it too). */
  open: boolean;
  /** A facilitator showed the results to everyone before the results mode would. */
  revealed: boolean;
  updatedAt: string;
}

/** One participant's saved ballot: what `parityTally` counts, and when. */
export interface StoredBallot extends Ballot {
  id: string;
  /** This browser's participant id; in a kiosk, where each ballot is a new voter, the ballot's id. */
  participant: string;
  castAt: string;
  updatedAt: string;
}

export interface VoteData {
  settings: VoteState;
  ballots: Record<string, StoredBallot | Tombstone>;
}

/** Older than any real change, so whatever was saved anywhere wins a merge with it. */
const NEVER = new Date(0).toISOString();

export function emptyVote(): VoteData {
  return {
    settings: { id: 'settings', open: true, revealed: false, updatedAt: NEVER },
    ballots: {},
  };
}

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(140));
const Time = v.pipe(v.string(), v.isoTimestamp('must be a date and time'));
const Mark = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const ConsentMarkSchema = v.picklist(['agree', 'concerns', 'object']);
/** A position in a ranking, 1 the first; whether it fits the options is the tally's check. */
const Rank = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
/** A grade, 0 the best; whether it is on the scale is the tally's check. */
const Grade = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const SettingsSchema = v.object({
  id: v.literal('settings'),
  open: v.boolean(),
  revealed: v.boolean(),
  updatedAt: Time,
});

const BallotSchema = v.object({
  id: Id,
  participant: Id,
  group: v.pipe(v.string(), v.maxLength(40)),
  marks: v.optional(v.record(v.string(), Mark)),
  consent: v.optional(v.record(v.string(), ConsentMarkSchema)),
  reasons: v.optional(v.record(v.string(), v.pipe(v.string(), v.maxLength(2000)))),
  ranks: v.optional(v.record(v.string(), Rank)),
  grades: v.optional(v.record(v.string(), Grade)),
  castAt: Time,
  updatedAt: Time,
});

const TombstoneSchema = v.object({ id: Id, deleted: v.literal(true), updatedAt: Time });

const VoteDataSchema = v.object({
  settings: SettingsSchema,
  ballots: itemCollection(
    BallotSchema,
    TombstoneSchema,
    'must be an object, in curly brackets { }, keyed by ballot id',
  ),
});

/** The fields this kind's data has: an import refuses others (see kinds/index.ts). */
export const VOTE_DATA_KEYS: readonly string[] = Object.keys(VoteDataSchema.entries);

/** Checks saved or imported data; throws an Error that says what is wrong. */
export function parseVoteData(data: unknown): VoteData {
  const result = v.safeParse(VoteDataSchema, data);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output as VoteData;
}
