import * as v from 'valibot';
import { describeIssues } from '../../core/validation.js';
import { isIsoDateTime } from '../../core/store/envelope.js';
import { feelingScores, layers, limits, type JourneyData } from './model.js';

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

/** A collection keyed by item id: each key must be its item's own id, or merges go wrong. */
const collection = <T extends v.GenericSchema<unknown, { id: string }>>(item: T) =>
  v.pipe(
    v.record(v.string(), v.union([TombstoneSchema, item])),
    v.check(
      (items) => Object.entries(items).every(([key, value]) => key === value.id),
      'each item must be stored under its own id',
    ),
  );

const JourneySchema = v.object({
  stages: v.optional(collection(StageSchema), {}),
  notes: v.optional(collection(NoteSchema), {}),
  feelings: v.optional(collection(FeelingSchema), {}),
  settings: v.optional(
    v.object({ name: v.optional(text(limits.journeyName)), updatedAt: time }),
    () => ({ updatedAt: new Date(0).toISOString() }),
  ),
});

/** Returns the data typed, or throws an Error whose message says what is wrong. */
export function parseJourney(data: unknown): JourneyData {
  const result = v.safeParse(JourneySchema, data);
  if (!result.success) {
    throw new Error(`This journey map could not be read: ${describeIssues(result.issues)}`);
  }
  return result.output as JourneyData;
}
