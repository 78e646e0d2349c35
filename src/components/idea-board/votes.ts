/**
 * Dot voting: each participant spends a few dots on the ideas they back, and takes them back
 * as they change their mind. Results are by parity between groups (`tallyMarks`, method
 * `dots`), with the raw counts beside. Pure, no DOM.
 */
import type { Group } from '../../core/groups.js';
import type { Ballot } from '../../core/parity-ballots.js';
import { tallyMarks } from '../../core/parity-marks.js';
import { isLive, type BoardData, type DotVote } from './model.js';

/** A participant's dots on an idea are one item, so two tabs merge them as one. */
const voteId = (participant: string, idea: string): string => `${participant}:${idea}`;

/** This participant's dots on each live idea. */
export function dotsOf(data: BoardData, participant: string): Map<string, number> {
  const mine = new Map<string, number>();
  for (const vote of data.votes) {
    if (isLive(vote) && vote.participant === participant && vote.dots > 0) {
      if (isLive(data.ideas.get(vote.idea))) mine.set(vote.idea, vote.dots);
    }
  }
  return mine;
}

/** Dots spent, given `dotsOf`. */
export function spent(mine: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const dots of mine.values()) total += dots;
  return total;
}

/**
 * Puts one more of the participant's dots on an idea. Undefined when they have none left (of
 * `budget`) or the idea is gone.
 */
export function giveDot(
  data: BoardData,
  idea: string,
  who: { participant: string; group: string },
  budget: number,
  now = new Date(),
): BoardData | undefined {
  if (!isLive(data.ideas.get(idea))) return undefined;
  const mine = dotsOf(data, who.participant);
  if (spent(mine) >= budget) return undefined;
  return withDots(data, idea, who, (mine.get(idea) ?? 0) + 1, now);
}

/** Takes one of the participant's dots back from an idea. Undefined when they had none there. */
export function takeDot(
  data: BoardData,
  idea: string,
  who: { participant: string; group: string },
  now = new Date(),
): BoardData | undefined {
  const dots = dotsOf(data, who.participant).get(idea) ?? 0;
  if (dots === 0) return undefined;
  return withDots(data, idea, who, dots - 1, now);
}

function withDots(
  data: BoardData,
  idea: string,
  who: { participant: string; group: string },
  dots: number,
  now: Date,
): BoardData {
  const id = voteId(who.participant, idea);
  const vote: DotVote = {
    id,
    participant: who.participant,
    group: who.group,
    idea,
    dots,
    updatedAt: now.toISOString(),
  };
  return { ...data, votes: data.votes.with(id, vote) };
}

/** One idea's result. */
export interface IdeaResult {
  /** Parity score: the idea's share of all dots, each group weighing as the groups say. */
  percent: number;
  /** Dots, all groups. */
  dots: number;
  /** Dots by group id. */
  byGroup: Record<string, number>;
}

export interface DotResults {
  byIdea: ReadonlyMap<string, IdeaResult>;
  /** People who spent dots, by group id. */
  voters: Record<string, number>;
}

/**
 * The dot-vote results of every live idea with dots. Ideas without dots score 0 and are left
 * out of the tally (they change no one's share), so the cost follows the votes, not the board.
 */
export function tallyDots(data: BoardData, groups: readonly Group[]): DotResults {
  const known = new Set(groups.map((g) => g.id));
  const ballots = new Map<string, Ballot & { marks: Record<string, number> }>();
  const options = new Set<string>();
  for (const vote of data.votes) {
    if (!isLive(vote) || vote.dots <= 0 || !known.has(vote.group)) continue;
    if (!isLive(data.ideas.get(vote.idea))) continue;
    // A person counts in one group: the one their first dot was given in.
    const ballot = ballots.get(vote.participant) ?? { group: vote.group, marks: {} };
    ballot.marks[vote.idea] = (ballot.marks[vote.idea] ?? 0) + vote.dots;
    ballots.set(vote.participant, ballot);
    options.add(vote.idea);
  }
  const voters: Record<string, number> = Object.fromEntries(groups.map((g) => [g.id, 0]));
  for (const ballot of ballots.values()) voters[ballot.group] += 1;
  if (ballots.size === 0) return { byIdea: new Map(), voters };
  const spentMost = Math.max(
    ...[...ballots.values()].map((b) => Object.values(b.marks).reduce((sum, n) => sum + n, 0)),
  );
  const ideaIds = [...options].sort();
  const result = tallyMarks([...ballots.values()], {
    method: 'dots',
    options: ideaIds,
    groups,
    dots: spentMost,
  });
  const byIdea = new Map<string, IdeaResult>();
  ideaIds.forEach((id, index) => {
    const byGroup: Record<string, number> = {};
    for (const group of result.groups) byGroup[group.group] = group.options[index].support;
    byIdea.set(id, { percent: 0, dots: result.raw.options[index].support, byGroup });
  });
  for (const entry of result.ranking) {
    (byIdea.get(entry.option) as IdeaResult).percent = entry.score.percent;
  }
  return { byIdea, voters };
}

/** No dots: what an idea without any shows. */
export const noResult: IdeaResult = Object.freeze({ percent: 0, dots: 0, byGroup: {} });
