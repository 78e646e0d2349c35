import { isTombstone, liveItems } from '../../core/store/merge.js';
import {
  roundId,
  type HealthData,
  type HealthRound,
  type Rating,
  type StoredResponse,
} from '../../core/kinds/health-check.js';

/**
 * The health check's saved data and every change to it, as pure functions that return the
 * next data. Rounds and responses are items keyed by id, so two tabs (or a shared backend)
 * merge them one by one; the settings block is one item, so the later reveal wins.
 */

export {
  COMMENT_MAX,
  DONT_KNOW,
  HEALTH_KIND,
  emptyHealth,
  parseHealthData,
  roundId,
  type HealthData,
  type HealthRound,
  type Rating,
  type StoredResponse,
} from '../../core/kinds/health-check.js';

/**
 * A time after `previous`: a change made in the same millisecond as the one it replaces must
 * still be the later one, or a merge could keep the older version.
 */
export function laterThan(previous: string | undefined, now = new Date()): string {
  const at =
    previous === undefined ? now.getTime() : Math.max(now.getTime(), Date.parse(previous) + 1);
  return new Date(at).toISOString();
}

/** The rounds, first to latest. */
export function liveRounds(data: HealthData): HealthRound[] {
  return liveItems(data.rounds).sort((a, b) => a.number - b.number);
}

/** The latest round: the one people answer now (round 1 of a new check). */
export function currentRound(data: HealthData): HealthRound {
  const rounds = liveRounds(data);
  return (
    rounds[rounds.length - 1] ?? {
      id: roundId(1),
      number: 1,
      open: true,
      openedAt: new Date(0).toISOString(),
      updatedAt: new Date(0).toISOString(),
    }
  );
}

/** The responses of one round, oldest first (then by id, the same order everywhere). */
export function responsesIn(data: HealthData, round: string): StoredResponse[] {
  return liveItems(data.responses)
    .filter((response) => response.round === round)
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || (a.id < b.id ? -1 : 1));
}

/** One response per participant per round: its id says whose and when. */
export function responseId(round: string, participant: string): string {
  return `${round}~${participant}`;
}

/** This participant's response in `round`, if they have answered. */
export function responseOf(
  data: HealthData,
  round: string,
  participant: string,
): StoredResponse | undefined {
  const id = responseId(round, participant);
  const item = Object.hasOwn(data.responses, id) ? data.responses[id] : undefined;
  return item && !isTombstone(item) ? item : undefined;
}

/** What a person sends: their answers, without the bookkeeping. */
export interface Answers {
  group: string;
  ratings: Record<string, Rating>;
  ladder?: string;
  comments?: Record<string, string>;
}

/**
 * Saves a person's answers in `round`, replacing their earlier answers in it (whole, so a
 * statement they cleared stays cleared). It keeps its first `submittedAt`.
 */
export function saveResponse(
  data: HealthData,
  round: string,
  participant: string,
  answers: Answers,
  now = new Date(),
): HealthData {
  const id = responseId(round, participant);
  const previous = responseOf(data, round, participant);
  const updatedAt = laterThan(previous?.updatedAt, now);
  const comments = Object.fromEntries(
    Object.entries(answers.comments ?? {}).filter(([, text]) => text.trim() !== ''),
  );
  const saved: StoredResponse = {
    id,
    participant,
    round,
    group: answers.group,
    ratings: { ...answers.ratings },
    ...(answers.ladder && { ladder: answers.ladder }),
    ...(Object.keys(comments).length > 0 && { comments }),
    submittedAt: previous?.submittedAt ?? updatedAt,
    updatedAt,
  };
  return { ...data, responses: { ...data.responses, [id]: saved } };
}

/** Closes or reopens a round. */
export function setRoundOpen(
  data: HealthData,
  round: string,
  open: boolean,
  now = new Date(),
): HealthData {
  const item = Object.hasOwn(data.rounds, round) ? data.rounds[round] : undefined;
  if (!item || isTombstone(item)) return data;
  const updatedAt = laterThan(item.updatedAt, now);
  return { ...data, rounds: { ...data.rounds, [round]: { ...item, open, updatedAt } } };
}

/** Closes the current round and opens the next, numbered one on. */
export function startRound(data: HealthData, now = new Date()): HealthData {
  const current = currentRound(data);
  const closed = current.open ? setRoundOpen(data, current.id, false, now) : data;
  const number = current.number + 1;
  const id = roundId(number);
  const openedAt = laterThan(current.updatedAt, now);
  const round: HealthRound = { id, number, open: true, openedAt, updatedAt: openedAt };
  return { ...closed, rounds: { ...closed.rounds, [id]: round } };
}

/** Shows the results to everyone, or hides them again. */
export function setRevealed(data: HealthData, revealed: boolean, now = new Date()): HealthData {
  const { settings } = data;
  return {
    ...data,
    settings: { ...settings, revealed, updatedAt: laterThan(settings.updatedAt, now) },
  };
}
