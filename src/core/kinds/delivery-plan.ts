import * as v from 'valibot';
import { itemCollection } from '../store/item-collection.js';
import type { IdeaSource } from '../idea.js';
import type { ParticipantItem } from '../participant.js';
import type { Tombstone } from '../store/merge.js';
import { describeIssues } from '../validation.js';

/**
 * The delivery plan's saved data (issue #16): tasks, who signed up for them, time given, and
 * the one co-evaluation question. It lives in core, not beside the element, because importing
 * a space checks every record with its own kind's schema (see kinds/index.ts).
 *
 * Nothing here is copied from a skill offer: matching reads the offers' own record each time,
 * so a person who withdraws their offer, or their consent, disappears from the plan at once.
 */

export const DELIVERY_PLAN_KIND = 'delivery-plan';

export const taskStatuses = ['planned', 'under-way', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** "Did this work?": 1 (no, not at all) to 5 (yes, completely), each point in words. */
export const EVALUATION_POINTS = [1, 2, 3, 4, 5] as const;

export const planLimits = {
  title: 120,
  detail: 1000,
  when: 120,
  skills: 20,
  skill: 60,
  people: 500,
  name: 100,
  /** Minutes in one entry: a day and a night is the most anyone gives at once. */
  minutes: 24 * 60,
} as const;

/** Where a task came from: an idea on a board, as the idea format names its source. */
/** The idea a task was made from: the same shape as an idea's own source. */
type TaskSource = IdeaSource;

export interface Task {
  id: string;
  title: string;
  /** What it involves. */
  detail: string;
  /** Skill ids from the taxonomy, or skills in words. */
  skills: string[];
  /** When, in the organiser's words ("Saturdays in June"). */
  when: string;
  /** How many people it needs; null when not said. */
  people: number | null;
  /** The groups wanted on it; empty: every group. */
  groups: string[];
  status: TaskStatus;
  /** The idea it was made from, and the note left on that idea (the link both ways). */
  source?: TaskSource;
  /** The id of the note ("build") left on the idea, so the idea's side can be found. */
  note?: string;
  createdAt: string;
  updatedAt: string;
}

/** One person on one task; the id is `<task>:<participant>`. Withdrawing keeps the item. */
export interface SignUp extends ParticipantItem {
  task: string;
  /** A name, only when a facilitator signed up someone without internet. */
  name: string;
  withdrawn: boolean;
  /** `facilitator` when a facilitator signed the person up on their behalf. */
  recordedBy: string;
}

/** Time a person gave to a task. Counts once someone else confirms it. */
export interface HoursEntry extends ParticipantItem {
  task: string;
  minutes: number;
  /** Who confirmed it: `facilitator`, or the participant it was done with; '' while waiting. */
  confirmedBy: string;
  /** `facilitator` when a facilitator recorded it on the person's behalf. */
  recordedBy: string;
  createdAt: string;
}

/** One person's answer to "Did this work?" for a done task; the id is `<task>:<participant>`. */
export interface Evaluation extends ParticipantItem {
  task: string;
  score: number;
}

export interface DeliveryPlanData {
  tasks: Record<string, Task | Tombstone>;
  signUps: Record<string, SignUp | Tombstone>;
  hours: Record<string, HoursEntry | Tombstone>;
  evaluations: Record<string, Evaluation | Tombstone>;
}

export function emptyPlan(): DeliveryPlanData {
  return { tasks: {}, signUps: {}, hours: {}, evaluations: {} };
}

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(140));
const Time = v.pipe(v.string(), v.isoTimestamp('must be a date and time'));
const text = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)), '');
const Group = v.pipe(v.string(), v.maxLength(40));

const SourceSchema = v.object({
  kind: v.pipe(v.string(), v.maxLength(64)),
  space: v.pipe(v.string(), v.maxLength(64)),
  id: v.pipe(v.string(), v.maxLength(64)),
  item: v.pipe(v.string(), v.maxLength(64)),
});

const TaskSchema = v.object({
  id: Id,
  title: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'a task needs a title'),
    v.maxLength(planLimits.title),
  ),
  detail: text(planLimits.detail),
  skills: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(planLimits.skill))),
      v.maxLength(planLimits.skills),
    ),
    [],
  ),
  when: text(planLimits.when),
  people: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(planLimits.people))),
    null,
  ),
  groups: v.optional(v.array(Group), []),
  status: v.optional(v.picklist(taskStatuses, 'must be planned, under-way or done'), 'planned'),
  source: v.optional(SourceSchema),
  note: v.optional(v.pipe(v.string(), v.maxLength(64))),
  createdAt: Time,
  updatedAt: Time,
});

const SignUpSchema = v.object({
  id: Id,
  task: Id,
  participant: Id,
  group: Group,
  name: text(planLimits.name),
  withdrawn: v.optional(v.boolean(), false),
  recordedBy: text(40),
  updatedAt: Time,
});

const HoursSchema = v.object({
  id: Id,
  task: Id,
  participant: Id,
  group: Group,
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(planLimits.minutes)),
  confirmedBy: text(140),
  recordedBy: text(40),
  createdAt: Time,
  updatedAt: Time,
});

const EvaluationSchema = v.object({
  id: Id,
  task: Id,
  participant: Id,
  group: Group,
  score: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  updatedAt: Time,
});

const TombstoneSchema = v.object({ id: Id, deleted: v.literal(true), updatedAt: Time });

const collection = <T extends v.GenericSchema>(item: T) =>
  v.optional(
    itemCollection(item, TombstoneSchema, 'must be an object, in curly brackets { }, keyed by id'),
    () => ({}),
  );

const DataSchema = v.object({
  tasks: collection(TaskSchema),
  signUps: collection(SignUpSchema),
  hours: collection(HoursSchema),
  evaluations: collection(EvaluationSchema),
});

/** The fields this kind's data has: an import refuses others (see kinds/index.ts). */
export const DELIVERY_PLAN_DATA_KEYS: readonly string[] = Object.keys(DataSchema.entries);

/** Checks stored or imported data; throws an Error that says where and what is wrong. */
export function parseDeliveryPlanData(data: unknown): DeliveryPlanData {
  const result = v.safeParse(DataSchema, data);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return result.output as DeliveryPlanData;
}
