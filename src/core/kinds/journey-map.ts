import * as v from 'valibot';
import { isIsoDateTime } from '../store/envelope.js';
import { itemCollection } from '../store/item-collection.js';
import type { Tombstone } from '../store/merge.js';
import { describeIssues } from '../validation.js';

/**
 * The journey map's saved data: its types, limits and the check of what is stored or
 * imported. It lives in core, not beside the element, because importing a space checks every
 * record with its own kind's schema — on a page that may have no journey map (kinds/index.ts).
 */

/** "As it is now" or "after the change": the two layers of a map, for co-evaluation. */
export type Layer = 'as-is' | 'after';
export const layers: readonly Layer[] = ['as-is', 'after'];

/** How a stage feels, from −2 (very bad) to +2 (very good). */
export type FeelingScore = -2 | -1 | 0 | 1 | 2;
/** From best to worst: the order of the radios and of the curve's axis, top to bottom. */
export const feelingScores: readonly FeelingScore[] = [2, 1, 0, -1, -2];

export const limits = {
  stageName: 80,
  noteText: 500,
  journeyName: 120,
  heardFrom: 100_000,
} as const;

export interface Stage {
  id: string;
  name: string;
  /** Stages sort by rank, ascending. */
  rank: number;
  updatedAt: string;
}

/** Where a note comes from: people told us (and how many), or a guess still to check. */
export type Evidence = { type: 'heard'; count: number } | { type: 'assumption' };

/** The idea a note was turned into, on an idea board's record. */
export interface IdeaLink {
  space: string;
  board: string;
  idea: string;
}

export interface JourneyNote {
  id: string;
  stage: string;
  lane: string;
  text: string;
  /** The group of the person it came from. */
  group?: string;
  evidence?: Evidence;
  layer: Layer;
  linkedIdea?: IdeaLink;
  /** The participant id of whoever wrote it down. */
  participant: string;
  /** Notes in a cell are shown in the order they were written. */
  createdAt: string;
  updatedAt: string;
}

export interface Feeling {
  /** `<layer>:<stage>`, so each stage has one score per layer and two tabs merge per score. */
  id: string;
  stage: string;
  layer: Layer;
  score: FeelingScore;
  updatedAt: string;
}

export interface JourneySettings {
  /** What the journey is, e.g. "Applying for a Blue Badge". */
  name?: string;
  updatedAt: string;
}

export interface JourneyData {
  stages: Record<string, Stage | Tombstone>;
  notes: Record<string, JourneyNote | Tombstone>;
  feelings: Record<string, Feeling | Tombstone>;
  settings: JourneySettings;
}

/** A new, empty map. Its settings are dated at the epoch so any real edit wins a merge. */
export function emptyJourney(): JourneyData {
  return {
    stages: {},
    notes: {},
    feelings: {},
    settings: { updatedAt: new Date(0).toISOString() },
  };
}

/**
 * Checks a journey map's stored or imported data. A record that does not fit is refused
 * with a sentence saying where and what, and the storage controller keeps it aside.
 */
const id = v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'), v.maxLength(140));
const time = v.pipe(v.string(), v.check(isIsoDateTime, 'must be a date and time'));
const text = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));

const TombstoneSchema = v.object({ id, deleted: v.literal(true), updatedAt: time });

const StageSchema = v.object({
  id,
  name: text(limits.stageName),
  rank: v.pipe(v.number('must be a number'), v.finite('must be a finite number')),
  updatedAt: time,
});

const EvidenceSchema = v.variant(
  'type',
  [
    v.object({
      type: v.literal('heard'),
      count: v.pipe(
        v.number(),
        v.integer('must be a whole number'),
        v.minValue(1, 'must be 1 or more'),
        v.maxValue(limits.heardFrom),
      ),
    }),
    v.object({ type: v.literal('assumption') }),
  ],
  'evidence is {"type": "heard", "count": N} or {"type": "assumption"}',
);

const LayerSchema = v.picklist(layers, 'layer must be "as-is" or "after"');

const NoteSchema = v.object({
  id,
  stage: id,
  lane: id,
  text: text(limits.noteText),
  group: v.optional(text(64)),
  evidence: v.optional(EvidenceSchema),
  layer: LayerSchema,
  linkedIdea: v.optional(v.object({ space: id, board: id, idea: id })),
  participant: text(140),
  createdAt: time,
  updatedAt: time,
});

const FeelingSchema = v.object({
  id,
  stage: id,
  layer: LayerSchema,
  score: v.picklist(feelingScores, 'score must be -2, -1, 0, 1 or 2'),
  updatedAt: time,
});

const collection = <T extends v.GenericSchema>(item: T) => itemCollection(item, TombstoneSchema);

const JourneySchema = v.object({
  stages: v.optional(collection(StageSchema), {}),
  notes: v.optional(collection(NoteSchema), {}),
  feelings: v.optional(collection(FeelingSchema), {}),
  settings: v.optional(
    v.object({ name: v.optional(text(limits.journeyName)), updatedAt: time }),
    () => ({ updatedAt: new Date(0).toISOString() }),
  ),
});

/** The fields this kind's data has: an import refuses others (see kinds/index.ts). */
export const JOURNEY_DATA_KEYS: readonly string[] = Object.keys(JourneySchema.entries);

/** Returns the data typed, or throws an Error whose message says what is wrong. */
export function parseJourney(data: unknown): JourneyData {
  const result = v.safeParse(JourneySchema, data);
  if (!result.success) {
    throw new Error(`This journey map could not be read: ${describeIssues(result.issues)}`);
  }
  return result.output as JourneyData;
}
