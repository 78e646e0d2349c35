/**
 * The idea board's data and its pure transitions. No DOM: each function takes the data and
 * returns the next data, touching as few items as it can, so two people changing the board at
 * once merge item by item (see core/store/merge.ts).
 */
import * as v from 'valibot';
import {
  DotVoteSchema,
  IdeaSchema,
  isCanonicalIdea,
  TombstoneSchema,
  type DotVote,
  type Idea,
  type SharedBoardData,
} from '../../core/idea.js';
import { Collection, storedData } from '../../core/store/collection.js';
import { isTombstone, tombstone, type Tombstone } from '../../core/store/merge.js';
import { isPlainObject } from '../../core/store/envelope.js';
import { describeIssues } from '../../core/validation.js';

export type { Idea, DotVote };

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
export interface BoardSettings {
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

/** Who is acting: this browser's participant, their group, and the name they gave (if any). */
export interface Author {
  participant: string;
  group?: string;
  author?: string;
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

// Each entry is checked against one schema, chosen by its `deleted` flag, so a bad idea is
// reported field by field rather than as "matches neither an idea nor a tombstone".
const collection = <T extends v.GenericSchema>(item: T) =>
  v.optional(
    v.record(
      v.string(),
      v.lazy((input) => (isTombstone(input) ? TombstoneSchema : item)),
    ),
    () => ({}),
  );

const BoardSchema = v.looseObject({
  ideas: collection(IdeaSchema),
  votes: collection(DotVoteSchema),
  builds: collection(BuildSchema),
  clusters: collection(ClusterSchema),
  settings: v.optional(SettingsSchema, () => initialSettings),
});

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

export const isLive = <T>(item: T | Tombstone | undefined): item is T =>
  item !== undefined && !isTombstone(item);

/** The live idea with this id, if there is one. */
export function liveIdea(data: BoardData, id: string): Idea | undefined {
  const idea = data.ideas.get(id);
  return isLive(idea) ? idea : undefined;
}

/** May this participant edit or delete the idea? Their own, or any for a facilitator. */
export function canChange(idea: Idea, participant: string, facilitator: boolean): boolean {
  return facilitator || idea.participant === participant;
}

/** What the person typed for a new idea or an edit, already checked (see draft.ts). */
export interface IdeaContent {
  title: string;
  detail?: string;
  tags?: string[];
}

/** Replaces an idea with `change` applied, dated now. Unknown or deleted ideas: no change. */
export function changeIdea(
  data: BoardData,
  id: string,
  change: (idea: Idea) => Idea,
  now = new Date(),
): BoardData {
  const idea = liveIdea(data, id);
  if (!idea) return data;
  const next = { ...change(idea), updatedAt: now.toISOString() };
  return { ...data, ideas: data.ideas.with(id, next) };
}

/**
 * An optional field the new version no longer has: written as its empty value rather than left
 * out, because the item merge fills a missing field from the other tab's older version (it
 * unions the keys of two versions), which would bring a cleared detail or cluster back.
 */
export function cleared<K extends 'detail' | 'tags' | 'author' | 'cluster'>(
  before: Idea,
  key: K,
): Partial<Idea> {
  if (!before[key] || (Array.isArray(before[key]) && !(before[key] as string[]).length)) return {};
  return { [key]: key === 'tags' ? [] : '' };
}

export function addBuild(
  data: BoardData,
  build: { id: string; idea: string; text: string },
  who: Author,
  now = new Date(),
): BoardData {
  if (!liveIdea(data, build.idea)) return data;
  const stamp = now.toISOString();
  const item: Build = {
    ...build,
    ...(who.group ? { group: who.group } : {}),
    ...(who.author ? { author: who.author } : {}),
    participant: who.participant,
    createdAt: stamp,
    updatedAt: stamp,
  };
  return { ...data, builds: data.builds.with(build.id, item) };
}

export function deleteBuild(data: BoardData, id: string, now = new Date()): BoardData {
  if (!isLive(data.builds.get(id))) return data;
  return { ...data, builds: data.builds.with(id, tombstone(id, now)) };
}

/** The live builds on each idea, oldest first. */
export function buildsByIdea(data: BoardData): Map<string, Build[]> {
  const byIdea = new Map<string, Build[]>();
  for (const build of data.builds) {
    if (!isLive(build) || !isLive(data.ideas.get(build.idea))) continue;
    const list = byIdea.get(build.idea);
    if (list) list.push(build);
    else byIdea.set(build.idea, [build]);
  }
  for (const list of byIdea.values()) list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return byIdea;
}

export function setLocked(data: BoardData, locked: boolean, now = new Date()): BoardData {
  return { ...data, settings: { ...data.settings, locked, updatedAt: now.toISOString() } };
}

export function setRevealed(data: BoardData, revealed: boolean, now = new Date()): BoardData {
  return { ...data, settings: { ...data.settings, revealed, updatedAt: now.toISOString() } };
}

/**
 * Clears the board for everyone: every idea, build, cluster and dot becomes a tombstone, so a
 * tab that still has them cannot bring them back. The settings stay.
 */
export function clearBoard(data: BoardData, now = new Date()): BoardData {
  const bury = <T>(items: Collection<T | Tombstone>) =>
    items.map((item, id) => (isTombstone(item) ? item : tombstone(id, now)));
  return {
    ...data,
    ideas: bury(data.ideas),
    votes: bury(data.votes),
    builds: bury(data.builds),
    clusters: bury(data.clusters),
  };
}
