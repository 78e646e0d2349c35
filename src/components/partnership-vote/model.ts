import type { Ballot, ConsentMark } from '../../core/parity.js';
import { defineItem } from '../../core/store/item-collection.js';
import { isTombstone, liveItems, tombstone } from '../../core/store/merge.js';
import type { ResultsMode } from './vote-settings.js';

/**
 * The vote's saved data and every change to it, as pure functions that return the next data.
 * Ballots are items keyed by id, so two tabs (or a shared backend) merge ballot by ballot; the
 * settings block is one item, so the later open/close/reveal wins.
 */

export {
  VOTE_KIND,
  emptyVote,
  parseVoteData,
  type StoredBallot,
  type VoteData,
} from '../../core/kinds/partnership-vote.js';
import type { StoredBallot, VoteData, VoteState } from '../../core/kinds/partnership-vote.js';

/**
 * A time after `previous`: a change made in the same millisecond as the one it replaces must
 * still be the later one, or a merge could keep the older version (a ballot cast straight
 * after a reset, say).
 */
export function laterThan(previous: string | undefined, now = new Date()): string {
  const at =
    previous === undefined ? now.getTime() : Math.max(now.getTime(), Date.parse(previous) + 1);
  return new Date(at).toISOString();
}

/**
 * The ballots that count, oldest first (then by id, so the order is the same everywhere). A
 * participant who changed their ballot in two tabs at once may have two; the later counts.
 */
export function liveBallots(data: VoteData): StoredBallot[] {
  const latest = new Map<string, StoredBallot>();
  for (const ballot of liveItems(data.ballots)) {
    const other = latest.get(ballot.participant);
    if (!other || compareVersions(ballot, other) > 0) latest.set(ballot.participant, ballot);
  }
  return [...latest.values()].sort(
    (a, b) => a.castAt.localeCompare(b.castAt) || compareIds(a.id, b.id),
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareVersions(a: StoredBallot, b: StoredBallot): number {
  return Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || compareIds(a.id, b.id);
}

/** This participant's ballot that counts, if they have one. */
export function ballotOf(data: VoteData, participant: string): StoredBallot | undefined {
  return liveBallots(data).find((ballot) => ballot.participant === participant);
}

/**
 * Saves `ballot` for `participant` under the new id `id`. A changed ballot is a new item and
 * the one it replaces becomes a tombstone: so it is replaced whole, in every tab (an item
 * edited in place would have its marks merged key by key with the older version), and a
 * ballot id is never used again after a reset deleted it. It keeps its first `castAt`.
 */
export function castBallot(
  data: VoteData,
  ballot: Ballot,
  ids: { id: string; participant: string },
  now = new Date(),
): VoteData {
  const previous = ballotOf(data, ids.participant);
  const updatedAt = laterThan(previous?.updatedAt, now);
  const saved: StoredBallot = {
    id: ids.id,
    participant: ids.participant,
    group: ballot.group,
    ...(ballot.marks && { marks: { ...ballot.marks } }),
    ...(ballot.consent && { consent: { ...ballot.consent } }),
    ...(ballot.reasons && { reasons: { ...ballot.reasons } }),
    ...(ballot.ranks && { ranks: { ...ballot.ranks } }),
    ...(ballot.grades && { grades: { ...ballot.grades } }),
    castAt: previous?.castAt ?? updatedAt,
    updatedAt,
  };
  const ballots = { ...data.ballots, [ids.id]: saved };
  if (previous && previous.id !== ids.id) {
    defineItem(ballots, previous.id, tombstone(previous.id, new Date(updatedAt)));
  }
  return { ...data, ballots };
}

function withSettings(
  data: VoteData,
  change: Partial<Pick<VoteState, 'open' | 'revealed'>>,
  now: Date,
) {
  const { settings } = data;
  return {
    ...data,
    settings: { ...settings, ...change, updatedAt: laterThan(settings.updatedAt, now) },
  };
}

/** Opens or closes the vote. */
export function setOpen(data: VoteData, open: boolean, now = new Date()): VoteData {
  return withSettings(data, { open }, now);
}

/** Shows the results to everyone, or hides them again until the results mode shows them. */
export function setRevealed(data: VoteData, revealed: boolean, now = new Date()): VoteData {
  return withSettings(data, { revealed }, now);
}

/**
 * Starts again: every ballot becomes a tombstone (so other tabs delete it too, rather than
 * bring it back), and the vote is open with its results hidden.
 */
export function resetVote(data: VoteData, now = new Date()): VoteData {
  const ballots: VoteData['ballots'] = {};
  for (const [id, ballot] of Object.entries(data.ballots)) {
    defineItem(
      ballots,
      id,
      isTombstone(ballot) ? ballot : tombstone(id, new Date(laterThan(ballot.updatedAt, now))),
    );
  }
  return { ...withSettings(data, { open: true, revealed: false }, now), ballots };
}

/** What decides whether participants see the results. */
export interface Visibility {
  mode: ResultsMode;
  closed: boolean;
  revealed: boolean;
  /** This participant has a ballot in (never true in a kiosk: the device is shared). */
  voted: boolean;
}

/**
 * Whether participants see the results: `always`; `after-vote` once they have voted; and
 * `after-close` once the vote has closed. A closed vote shows them in every mode, and a
 * facilitator can show them sooner.
 */
export function resultsVisible({ mode, closed, revealed, voted }: Visibility): boolean {
  if (mode === 'always' || closed || revealed) return true;
  return mode === 'after-vote' && voted;
}

/** A consent mark, as the ballot form's radios name it. */
export const consentMarks: readonly ConsentMark[] = ['agree', 'concerns', 'object'];
