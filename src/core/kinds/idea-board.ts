import * as v from 'valibot';
import {
  DotVoteSchema,
  IdeaSchema,
  isCanonicalIdea,
  TombstoneSchema,
  type DotVote,
  type Idea,
  type SharedBoardData,
} from '../idea.js';
import { Collection, storedData } from '../store/collection.js';
import { isPlainObject } from '../store/envelope.js';
import { itemCollection } from '../store/item-collection.js';
import type { Tombstone } from '../store/merge.js';
import { describeIssues } from '../validation.js';

/**
 * The idea board's saved data: its types, limits and the check of what is stored or imported
 * (the idea and dot-vote format it shares with other elements is core/idea.ts). It lives in
 * core, not beside the element, because importing a space checks every record with its own
 * kind's schema — on a page that may have no board on it (see kinds/index.ts).
 */

/** The most characters in a build ("yes, and…"), a short reply under an idea. */
export const BUILD_MAX = 280;
export const CLUSTER_NAME_MAX = 80;
export const AUTHOR_MAX = 80;
export const TAG_MAX = 40;
export const TAGS_MAX = 10;

/** A build on an idea ("yes, and…"). */
export interface Build {
  id: string;
  idea: string;
  text: string;
  group?: string;
  author?: string;
  participant: string;
  createdAt: string;
  updatedAt: string;
}

/** A named group of related cards in one column; ordered among the column's cards by `rank`. */
export interface Cluster {
  id: string;
  column: string;
  name: string;
  rank: number;
  updatedAt: string;
}

/** The facilitator's switches; one item, so the later change wins as a whole. */
interface BoardSettings {
  id: 'settings';
  /** Posting ideas and builds is closed. */
  locked: boolean;
  /** Dot-vote results are shown even with `hide-votes`. */
  revealed: boolean;
  updatedAt: string;
}

/**
 * The whole board as the element holds it: the shared idea and vote format
 * (`SharedBoardData`, stored as plain objects keyed by id) and the board's own collections.
 * In memory each collection is a `Collection`, so a change to one idea on a board of 10,000
 * does not copy the other 9,999; `storedData()` gives the stored form.
 */
export interface BoardData {
  ideas: Collection<Idea | Tombstone>;
  votes: Collection<DotVote | Tombstone>;
  builds: Collection<Build | Tombstone>;
  clusters: Collection<Cluster | Tombstone>;
  settings: BoardSettings;
}

/** The board as it is stored and exported: each collection a plain object keyed by id. */
export interface StoredBoardData extends SharedBoardData {
  builds: Record<string, Build | Tombstone>;
  clusters: Record<string, Cluster | Tombstone>;
  settings: BoardSettings;
}

/** The stored form of the board's data. */
export function toStoredBoard(data: BoardData): StoredBoardData {
  return storedData(data) as unknown as StoredBoardData;
}

/** The settings before anyone changed them: dated at the epoch, so any real change wins. */
const initialSettings: BoardSettings = {
  id: 'settings',
  locked: false,
  revealed: false,
  updatedAt: new Date(0).toISOString(),
};

export function emptyBoard(): BoardData {
  return {
    ideas: Collection.empty(),
    votes: Collection.empty(),
    builds: Collection.empty(),
    clusters: Collection.empty(),
    settings: initialSettings,
  };
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const isoTime = v.pipe(v.string(), v.isoTimestamp());

const BuildSchema = v.object({
  id: text(64),
  idea: text(64),
  text: v.pipe(v.string(), v.trim(), v.minLength(1, 'a build needs text'), v.maxLength(BUILD_MAX)),
  group: v.optional(text(64)),
  author: v.optional(text(AUTHOR_MAX)),
  participant: text(64),
  createdAt: isoTime,
  updatedAt: isoTime,
});

const ClusterSchema = v.object({
  id: text(64),
  column: text(64),
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'a cluster needs a name'),
    v.maxLength(CLUSTER_NAME_MAX),
  ),
  rank: v.pipe(v.number(), v.finite()),
  updatedAt: isoTime,
});

const SettingsSchema = v.object({
  id: v.literal('settings'),
  locked: v.boolean(),
  revealed: v.boolean(),
  updatedAt: isoTime,
});

const collection = <T extends v.GenericSchema>(item: T) =>
  v.optional(itemCollection(item, TombstoneSchema), () => ({}));

const BoardSchema = v.looseObject({
  ideas: collection(IdeaSchema),
  votes: collection(DotVoteSchema),
  builds: collection(BuildSchema),
  clusters: collection(ClusterSchema),
  settings: v.optional(SettingsSchema, () => initialSettings),
});

/** The fields this kind's data has: an import refuses others (see kinds/index.ts). */
export const BOARD_DATA_KEYS: readonly string[] = Object.keys(BoardSchema.entries);

/**
 * Checks stored or imported board data and returns it typed. A board another element started
 * with `postIdea` has only `ideas` and `votes`; the rest starts empty. Throws an Error that
 * says what is wrong.
 */
export function parseBoard(data: unknown): BoardData {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error('the idea board must be an object, in curly brackets { }');
  }
  // Ideas as the board saved them need not go through valibot (see isCanonicalIdea).
  const { ideas } = data as { ideas?: unknown };
  if (isPlainObject(ideas) && everyEntry(ideas, isCanonicalIdea)) {
    const rest = v.safeParse(BoardSchema, { ...data, ideas: {} });
    if (rest.success) return inMemory({ ...rest.output, ideas: ideas as StoredBoardData['ideas'] });
  }
  const result = v.safeParse(BoardSchema, data);
  if (!result.success) throw new Error(describeIssues(result.issues));
  return inMemory(result.output);
}

/** Does every entry pass `check`, under a key a valibot record keeps? */
function everyEntry(record: Record<string, unknown>, check: (value: unknown) => boolean): boolean {
  for (const key of Object.keys(record)) {
    // valibot records leave these out rather than fail; let it, on the slow path.
    if (key === '__proto__' || key === 'prototype' || key === 'constructor') return false;
    if (!check(record[key])) return false;
  }
  return true;
}

function inMemory(output: v.InferOutput<typeof BoardSchema>): BoardData {
  const { ideas, votes, builds, clusters } = output;
  // Fields a newer version may have added stay, so that saving here does not drop them.
  return {
    ...output,
    ideas: Collection.from(ideas),
    votes: Collection.from(votes),
    builds: Collection.from(builds),
    clusters: Collection.from(clusters),
  } as BoardData;
}
