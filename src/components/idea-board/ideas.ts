/**
 * Changes to ideas: posting, editing, hiding, deleting and merging. Pure, no DOM; each
 * returns the next data, changing the one idea it is about (merging changes two).
 */
import { IDEA_DETAIL_MAX } from '../../core/idea.js';
import type { Collection } from '../../core/store/collection.js';
import { tombstone, type Tombstone } from '../../core/store/merge.js';
import {
  TAGS_MAX,
  changeIdea,
  cleared,
  isLive,
  liveIdea,
  type Author,
  type BoardData,
  type DotVote,
  type Idea,
  type IdeaContent,
} from './model.js';

/** Adds an idea at `rank` in `column` (the element puts new ideas at the column's end). */
export function addIdea(
  data: BoardData,
  content: IdeaContent,
  where: { id: string; column: string; rank: number },
  who: Author,
  now = new Date(),
): BoardData {
  const stamp = now.toISOString();
  const idea: Idea = {
    id: where.id,
    column: where.column,
    rank: where.rank,
    ...withContent(content),
    ...(who.group ? { group: who.group } : {}),
    ...(who.author ? { author: who.author } : {}),
    participant: who.participant,
    createdAt: stamp,
    updatedAt: stamp,
  };
  return { ...data, ideas: data.ideas.with(idea.id, idea) };
}

function withContent({
  title,
  detail,
  tags,
}: IdeaContent): Pick<Idea, 'title' | 'detail' | 'tags'> {
  return {
    title,
    ...(detail ? { detail } : {}),
    ...(tags && tags.length ? { tags } : {}),
  };
}

/** New title, detail and tags; the author, group and place stay. */
export function editIdea(
  data: BoardData,
  id: string,
  content: IdeaContent,
  now = new Date(),
): BoardData {
  return changeIdea(
    data,
    id,
    (idea) => ({
      ...idea,
      ...cleared(idea, 'detail'),
      ...cleared(idea, 'tags'),
      ...withContent(content),
    }),
    now,
  );
}

/** A display name, or none (anonymous). */
export function setAuthor(
  data: BoardData,
  id: string,
  author: string,
  now = new Date(),
): BoardData {
  return changeIdea(
    data,
    id,
    (idea) => (author ? { ...idea, author } : { ...idea, ...cleared(idea, 'author') }),
    now,
  );
}

export function setHidden(
  data: BoardData,
  id: string,
  hidden: boolean,
  now = new Date(),
): BoardData {
  return changeIdea(data, id, (idea) => (hidden || idea.hidden ? { ...idea, hidden } : idea), now);
}

/**
 * Deletes an idea, with its builds and dots: what a person wrote goes with it, and the dots
 * go back to the people who spent them.
 */
export function deleteIdea(data: BoardData, id: string, now = new Date()): BoardData {
  if (!liveIdea(data, id)) return data;
  const bury = <T extends { idea: string }>(items: Collection<T | Tombstone>) =>
    items.map((item, key) => (isLive(item) && item.idea === id ? tombstone(key, now) : item));
  return {
    ...data,
    ideas: data.ideas.with(id, tombstone(id, now)),
    builds: bury(data.builds),
    votes: bury(data.votes),
  };
}

/**
 * Merges idea `from` into idea `into` (a facilitator joining two that say the same): the
 * detail and tags join, builds move across, dots move across (one person's dots on both add
 * up), and `from` is deleted.
 */
export function mergeIdeas(
  data: BoardData,
  from: string,
  into: string,
  now = new Date(),
): BoardData {
  const source = liveIdea(data, from);
  const target = liveIdea(data, into);
  if (!source || !target || from === into) return data;
  const stamp = now.toISOString();
  const detail = [target.detail, source.title, source.detail].filter(Boolean).join('\n\n');
  const tags = [...new Set([...(target.tags ?? []), ...(source.tags ?? [])])].slice(0, TAGS_MAX);
  let next = changeIdea(
    data,
    into,
    (idea) => ({
      ...idea,
      ...withContent({ title: idea.title, detail: detail.slice(0, IDEA_DETAIL_MAX), tags }),
    }),
    now,
  );
  const builds = next.builds.map((build) =>
    isLive(build) && build.idea === from ? { ...build, idea: into, updatedAt: stamp } : build,
  );
  const moved = new Map<string, DotVote | Tombstone>();
  for (const [key, vote] of next.votes.entries()) {
    if (!isLive(vote) || vote.idea !== from) continue;
    const id = `${vote.participant}:${into}`;
    const existing = moved.get(id) ?? next.votes.get(id);
    const dots = vote.dots + (isLive(existing) ? existing.dots : 0);
    moved.set(id, { ...vote, id, idea: into, dots, updatedAt: stamp });
    moved.set(key, tombstone(key, now));
  }
  next = { ...next, builds, votes: next.votes.withAll(moved) };
  return { ...next, ideas: next.ideas.with(from, tombstone(from, now)) };
}
