import * as v from 'valibot';
import { createEnvelope, isPlainObject, recordKey, validateEnvelope } from './store/envelope.js';
import type { Tombstone } from './store/merge.js';
import type { RecordStore } from './store/record-store.js';
import type { Ballot } from './parity-ballots.js';
import { tallyMarks } from './parity-marks.js';
import type { Group } from './groups.js';
import type { ParticipantItem } from './participant.js';
import { IDEA_BOARD_KIND } from './kinds/index.js';

export { IDEA_BOARD_KIND };

/**
 * The idea format, shared by `<co-idea-board>` (which owns the rest of its record) and by
 * anything that posts an idea onto a board through the store, such as the journey map's
 * "turn into an idea". Elements never import each other, so this lives in core.
 */
export const IDEA_TITLE_MAX = 120;
export const IDEA_DETAIL_MAX = 1000;

/** Where an idea came from, when another element posted it. */
export interface IdeaSource {
  kind: string;
  space: string;
  id: string;
  /** The item in that record (e.g. a journey map's note). */
  item: string;
}

export interface Idea {
  id: string;
  /** Column id on the board. */
  column: string;
  /** Order within the column: ideas sort by rank, ascending. A number, so a move between two
   * ideas takes the midpoint and touches one idea only (which keeps merges item-sized). */
  rank: number;
  title: string;
  detail?: string;
  tags?: string[];
  /** The author's group id. */
  group?: string;
  /** A display name; absent when the author stays anonymous. */
  author?: string;
  /** The author's participant id, so they can edit and delete their own. */
  participant?: string;
  cluster?: string;
  /** Hidden by a facilitator. */
  hidden?: boolean;
  source?: IdeaSource;
  createdAt: string;
  updatedAt: string;
}

/** One participant's dots on one idea; the id is `<participant>:<idea>`. */
export interface DotVote extends ParticipantItem {
  idea: string;
  dots: number;
}

/** The part of an idea board's data that is shared; the board keeps more beside it. */
export interface SharedBoardData {
  ideas: Record<string, Idea | Tombstone>;
  votes: Record<string, DotVote | Tombstone>;
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const isoTime = v.pipe(v.string(), v.isoTimestamp());

const IdeaSourceSchema = v.object({
  kind: text(64),
  space: text(64),
  id: text(64),
  item: text(64),
});

export const IdeaSchema = v.object({
  id: text(64),
  column: text(64),
  rank: v.pipe(v.number(), v.finite()),
  title: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'an idea needs a title'),
    v.maxLength(IDEA_TITLE_MAX),
  ),
  detail: v.optional(text(IDEA_DETAIL_MAX)),
  tags: v.optional(v.array(text(40))),
  group: v.optional(text(64)),
  author: v.optional(text(80)),
  participant: v.optional(text(64)),
  cluster: v.optional(text(64)),
  hidden: v.optional(v.boolean()),
  source: v.optional(IdeaSourceSchema),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const TombstoneSchema = v.object({
  id: text(64),
  deleted: v.literal(true),
  updatedAt: isoTime,
});

export const DotVoteSchema = v.object({
  id: text(140),
  participant: text(64),
  group: text(64),
  idea: text(64),
  dots: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: isoTime,
});

const isLive = <T>(item: T | Tombstone): item is T => !(item as Tombstone).deleted;

// A fast check of stored ideas, beside the schemas it must agree with (a property test holds
// it to them). valibot copies every idea and runs each rule through its pipeline; on a board of
// 1,000 ideas that was over a millisecond of the first render, for data that is nearly always
// exactly as the board saved it.

const IDEA_KEYS = new Set(Object.keys(IdeaSchema.entries));
const SOURCE_KEYS = Object.keys(IdeaSourceSchema.entries);
const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const isOptionalText = (value: unknown, max: number) => value === undefined || isText(value, max);
let lastTime = '';
const isTime = (value: unknown) =>
  value === lastTime ||
  (typeof value === 'string' && v.ISO_TIMESTAMP_REGEX.test(value) && ((lastTime = value), true));

/**
 * Is `value` an idea or a tombstone exactly as `IdeaSchema` / `TombstoneSchema` would return
 * it, with nothing to trim, drop or report? False does not mean invalid: it means "ask the
 * schema", which also says what is wrong.
 */
export function isCanonicalIdea(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  if (value.deleted === true) {
    return Object.keys(value).length === 3 && isText(value.id, 64) && isTime(value.updatedAt);
  }
  for (const key in value) if (!IDEA_KEYS.has(key) || value[key] === undefined) return false;
  const { title, tags, source } = value;
  return (
    isText(value.id, 64) &&
    isText(value.column, 64) &&
    typeof value.rank === 'number' &&
    Number.isFinite(value.rank) &&
    typeof title === 'string' &&
    title.length > 0 &&
    title.length <= IDEA_TITLE_MAX &&
    title.trim() === title &&
    isOptionalText(value.detail, IDEA_DETAIL_MAX) &&
    (tags === undefined || (Array.isArray(tags) && tags.every((tag) => isText(tag, 40)))) &&
    isOptionalText(value.group, 64) &&
    isOptionalText(value.author, 80) &&
    isOptionalText(value.participant, 64) &&
    isOptionalText(value.cluster, 64) &&
    (value.hidden === undefined || typeof value.hidden === 'boolean') &&
    (source === undefined ||
      (isPlainObject(source) &&
        Object.keys(source).length === SOURCE_KEYS.length &&
        SOURCE_KEYS.every((key) => isText(source[key], 64)))) &&
    isTime(value.createdAt) &&
    isTime(value.updatedAt)
  );
}

/**
 * Posts an idea onto a board's record through the store, merging with what is there in one
 * atomic step, at the end of its column. The board, wherever it is shown, picks it up through
 * the store's change notification.
 */
export async function postIdea(
  store: RecordStore,
  board: { space: string; id?: string },
  idea: Omit<Idea, 'rank' | 'createdAt' | 'updatedAt'>,
  now = new Date(),
): Promise<Idea> {
  const ref = { space: board.space, kind: IDEA_BOARD_KIND, id: board.id ?? 'main' };
  let posted: Idea | undefined;
  await store.update(recordKey(ref), (current) => {
    const checked = current === undefined ? undefined : validateEnvelope(current);
    if (checked && !checked.ok)
      throw new Error(`The idea board could not be read: ${checked.problem}`);
    const data = (checked?.envelope.data ?? {}) as Partial<SharedBoardData> &
      Record<string, unknown>;
    const ideas = data.ideas ?? {};
    const ranks = Object.values(ideas)
      .filter(isLive)
      .filter((i) => i.column === idea.column)
      .map((i) => i.rank);
    const stamp = now.toISOString();
    posted = {
      ...idea,
      rank: ranks.length ? Math.max(...ranks) + 1 : 1,
      createdAt: stamp,
      updatedAt: stamp,
    };
    return createEnvelope(
      ref,
      { ...data, ideas: { ...ideas, [idea.id]: posted }, votes: data.votes ?? {} },
      now,
    );
  });
  return posted as Idea;
}

/** Where an idea stands on its board: its column and its dot-vote parity score. */
export interface IdeaStanding {
  column: string;
  hidden: boolean;
  /** Parity share of all dots, as a whole percentage (0 when nobody has voted). */
  parityPercent: number;
  /** Raw dots on the idea, all groups. */
  dots: number;
}

/**
 * The standing of every live idea, from a board's shared data, with dot votes tallied by
 * parity between `groups` (`tallyMarks`, the dots count of `parityTally`, as the board itself does).
 */
export function ideaStandings(
  data: SharedBoardData,
  groups: readonly Group[],
): Map<string, IdeaStanding> {
  const ideas = Object.values(data.ideas).filter(isLive);
  const byParticipant = new Map<string, Ballot & { marks: Record<string, number> }>();
  const known = new Set(groups.map((g) => g.id));
  for (const vote of Object.values(data.votes).filter(isLive)) {
    if (vote.dots <= 0 || !known.has(vote.group)) continue;
    const ballot = byParticipant.get(vote.participant) ?? { group: vote.group, marks: {} };
    ballot.marks[vote.idea] = (ballot.marks[vote.idea] ?? 0) + vote.dots;
    byParticipant.set(vote.participant, ballot);
  }
  const ideaIds = ideas.map((i) => i.id);
  const ballots = [...byParticipant.values()];
  const maxDots = Math.max(
    1,
    ...ballots.map((b) => Object.values(b.marks).reduce((a, n) => a + n, 0)),
  );
  const result =
    ideaIds.length && ballots.length
      ? tallyMarks(ballots, { method: 'dots', options: ideaIds, groups, dots: maxDots })
      : undefined;
  const scores = new Map(result?.ranking.map((r) => [r.option, r.score.percent]));
  const raw = new Map(result?.raw.options.map((o) => [o.option, o.support]));
  return new Map(
    ideas.map((idea) => [
      idea.id,
      {
        column: idea.column,
        hidden: idea.hidden ?? false,
        parityPercent: scores.get(idea.id) ?? 0,
        dots: raw.get(idea.id) ?? 0,
      },
    ]),
  );
}
