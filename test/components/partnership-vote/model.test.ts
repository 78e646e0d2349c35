import { expect } from '@open-wc/testing';
import {
  ballotOf,
  castBallot,
  emptyVote,
  laterThan,
  liveBallots,
  parseVoteData,
  resetVote,
  resultsVisible,
  setOpen,
  setRevealed,
  type VoteData,
} from '../../../src/components/partnership-vote/model.js';
import { mergeData } from '../../../src/core/store/merge.js';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('vote data', () => {
  const ballot = { group: 'community', marks: { A: 1 } };

  it('starts open, hidden and older than any change', () => {
    const data = emptyVote();
    expect(data.settings).to.include({ open: true, revealed: false });
    expect(Date.parse(data.settings.updatedAt)).to.equal(0);
    expect(parseVoteData(data)).to.deep.equal(data);
  });

  const bad: [string, unknown, RegExp][] = [
    ['no settings', { ballots: {} }, /settings/],
    ['ballots as a list', { settings: emptyVote().settings, ballots: [] }, /ballots/],
    [
      'a ballot under another id',
      castBallot(emptyVote(), ballot, { id: 'b1', participant: 'p' }, T0).ballots.b1 && {
        ...emptyVote(),
        ballots: {
          other: castBallot(emptyVote(), ballot, { id: 'b1', participant: 'p' }, T0).ballots.b1,
        },
      },
      /ballots\.other: its id is "b1"/,
    ],
    [
      'an unknown consent mark',
      {
        ...emptyVote(),
        ballots: {
          b: {
            id: 'b',
            participant: 'p',
            group: 'g',
            consent: { A: 'maybe' },
            castAt: T0.toISOString(),
            updatedAt: T0.toISOString(),
          },
        },
      },
      /consent/,
    ],
    [
      'a time that is not a time',
      { ...emptyVote(), settings: { ...emptyVote().settings, updatedAt: 'yesterday' } },
      /date and time/,
    ],
  ];
  for (const [name, data, message] of bad) {
    it(`refuses stored data with ${name}`, () => {
      expect(() => parseVoteData(data)).to.throw(message);
    });
  }

  it('casts a ballot, and a changed ballot replaces it whole under a new id', () => {
    const first = castBallot(emptyVote(), ballot, { id: 'b1', participant: 'p' }, T0);
    expect(ballotOf(first, 'p')).to.deep.include({ id: 'b1', castAt: T0.toISOString() });
    const changed = castBallot(
      first,
      { group: 'community', marks: { B: 1 } },
      { id: 'b2', participant: 'p' },
      later(5),
    );
    expect(liveBallots(changed)).to.have.length(1);
    expect(ballotOf(changed, 'p')).to.deep.include({
      id: 'b2',
      marks: { B: 1 },
      castAt: T0.toISOString(),
      updatedAt: later(5).toISOString(),
    });
    expect(changed.ballots.b1).to.deep.include({ deleted: true });
    // Merged with the older copy another tab still holds, the change wins whole.
    const merged = mergeData(changed, first, true) as VoteData;
    expect(liveBallots(merged).map((b) => b.marks)).to.deep.equal([{ B: 1 }]);
    expect(parseVoteData(JSON.parse(JSON.stringify(changed)))).to.deep.equal(changed);
  });

  it('counts only the latest ballot of a participant who voted in two tabs at once', () => {
    const tabOne = castBallot(emptyVote(), ballot, { id: 'x', participant: 'p' }, T0);
    const tabTwo = castBallot(
      emptyVote(),
      { group: 'community', marks: { B: 1 } },
      { id: 'y', participant: 'p' },
      later(1),
    );
    const merged = mergeData(tabOne, tabTwo, false) as VoteData;
    expect(Object.keys(merged.ballots)).to.have.length(2);
    expect(liveBallots(merged).map((b) => b.id)).to.deep.equal(['y']);
  });

  it('orders ballots by when they were cast, then by id', () => {
    let data = castBallot(emptyVote(), ballot, { id: 'z', participant: 'z' }, T0);
    data = castBallot(data, ballot, { id: 'a', participant: 'a' }, T0);
    data = castBallot(data, ballot, { id: 'm', participant: 'm' }, later(-1));
    expect(liveBallots(data).map((b) => b.id)).to.deep.equal(['m', 'a', 'z']);
  });

  it('gives a change a time after the one it replaces, even in the same millisecond', () => {
    expect(laterThan(undefined, T0)).to.equal(T0.toISOString());
    expect(laterThan(T0.toISOString(), T0)).to.equal(later(1).toISOString());
    expect(laterThan(later(-10).toISOString(), T0)).to.equal(T0.toISOString());
  });

  it('opens, closes, reveals and hides, each a later settings item', () => {
    const closed = setOpen(emptyVote(), false, T0);
    expect(closed.settings).to.include({
      open: false,
      revealed: false,
      updatedAt: T0.toISOString(),
    });
    const shown = setRevealed(closed, true, T0);
    expect(shown.settings).to.include({
      open: false,
      revealed: true,
      updatedAt: later(1).toISOString(),
    });
  });

  it('resets to an open vote whose ballots are tombstones, later than each ballot', () => {
    let data = castBallot(emptyVote(), ballot, { id: 'b1', participant: 'p' }, later(50));
    data = setRevealed(setOpen(data, false, T0), true, T0);
    const reset = resetVote(data, T0);
    expect(liveBallots(reset)).to.have.length(0);
    expect(reset.ballots.b1).to.deep.equal({
      id: 'b1',
      deleted: true,
      updatedAt: later(51).toISOString(),
    });
    expect(reset.settings).to.include({ open: true, revealed: false });
    // Resetting again leaves the tombstones as they are.
    expect(resetVote(reset, later(100)).ballots.b1).to.deep.equal(reset.ballots.b1);
    // The old ballot, still in another tab, does not come back.
    const merged = mergeData(data, reset, false) as VoteData;
    expect(liveBallots(merged)).to.have.length(0);
  });

  const visibility: [string, Parameters<typeof resultsVisible>[0], boolean][] = [
    ['always', { mode: 'always', closed: false, revealed: false, voted: false }, true],
    [
      'after-vote, not voted',
      { mode: 'after-vote', closed: false, revealed: false, voted: false },
      false,
    ],
    [
      'after-vote, voted',
      { mode: 'after-vote', closed: false, revealed: false, voted: true },
      true,
    ],
    [
      'after-close, voted, open',
      { mode: 'after-close', closed: false, revealed: false, voted: true },
      false,
    ],
    [
      'after-close, closed',
      { mode: 'after-close', closed: true, revealed: false, voted: false },
      true,
    ],
    [
      'after-close, revealed',
      { mode: 'after-close', closed: false, revealed: true, voted: false },
      true,
    ],
    [
      'after-vote, closed',
      { mode: 'after-vote', closed: true, revealed: false, voted: false },
      true,
    ],
  ];
  for (const [name, input, shown] of visibility) {
    it(`shows results to participants: ${name} → ${shown}`, () => {
      expect(resultsVisible(input)).to.equal(shown);
    });
  }
});
