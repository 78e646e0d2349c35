/**
 * The idea board's data and its pure transitions. No DOM: each function takes the data and
 * returns the next data, touching as few items as it can, so two people changing the board at
 * once merge item by item (see core/store/merge.ts).
 */
import type { DotVote, Idea } from '../../core/idea.js';
import type { Collection } from '../../core/store/collection.js';
import { isTombstone, tombstone, type Tombstone } from '../../core/store/merge.js';

export type { Idea, DotVote };

export {
  BUILD_MAX,
  CLUSTER_NAME_MAX,
  AUTHOR_MAX,
  TAG_MAX,
  TAGS_MAX,
  toStoredBoard,
  emptyBoard,
  parseBoard,
  type Build,
  type Cluster,
  type BoardData,
  type StoredBoardData,
} from '../../core/kinds/idea-board.js';
import type { Build, BoardData } from '../../core/kinds/idea-board.js';

/** Who is acting: this browser's participant, their group, and the name they gave (if any). */
export interface Author {
  participant: string;
  group?: string;
  author?: string;
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
