// More cases for ranked and graded tallies, written to kill the mutants `npx stryker run
// --mutate src/core/parity-ranked.ts,src/core/parity-grades.ts,…` found alive: each pins a
// detail the first tests left open.
import { expect } from '@open-wc/testing';
import { explainTally } from '../../src/core/parity-explain.js';
import { parityTally, type Ballot, type TallyConfig } from '../../src/core/parity.js';

const ABCD = ['A', 'B', 'C', 'D'];
const irv: TallyConfig = { method: 'ranked', options: ABCD };
const grades: TallyConfig = { method: 'grades', options: ['A', 'B', 'C'] };
const say = (ballots: Ballot[], config: TallyConfig) =>
  explainTally(parityTally(ballots, config), {
    lang: 'en',
    groupName: (id) => id,
    optionName: (id) => id,
  });

describe('parityTally, ranked, in detail', () => {
  it('reads a ranking by its positions, whatever order the object lists them in', () => {
    const result = parityTally(
      [
        { group: 'community', ranks: { B: 2, A: 1 } },
        { group: 'community', ranks: { C: 3, B: 1, A: 2 } },
      ],
      { ...irv, count: 'borda' },
    );
    // A: 3 + 2 = 5 points, B: 2 + 3 = 5, C: 1, D: 0; out of 2 × 3.
    expect(result.groups[0].options.map((entry) => entry.support)).to.deep.equal([5, 5, 1, 0]);
    expect(result.groups[0].outOf).to.equal(6);
  });

  it('counts first preferences into each group, and ranks the options it did not need to eliminate', () => {
    const result = parityTally(
      [
        { group: 'community', ranks: { C: 1, A: 2 } },
        { group: 'community', ranks: { A: 1 } },
        { group: 'community', ranks: { A: 1 } },
        { group: 'professional', ranks: { B: 1 } },
      ],
      irv,
    );
    expect(result.groups[0].options.map((entry) => entry.support)).to.deep.equal([2, 0, 1, 0]);
    expect(result.groups[0].outOf).to.equal(3);
    expect(result.groups[1].options.map((entry) => entry.support)).to.deep.equal([0, 1, 0, 0]);
    // Round 1: A 1/3, B 1/2, C 1/6, D 0: D goes; round 2 the same: C goes; round 3: A 1/2, B 1/2
    // level; A had less in round 1, so A goes and B wins with every share still in the count.
    expect(result.eliminated).to.deep.equal(['D', 'C', 'A']);
    expect(result.rounds?.map((round) => round.options.length)).to.deep.equal([4, 3, 2, 1]);
    expect(result.rounds?.[2].options.map((entry) => entry.share.exact)).to.deep.equal([
      '1/2',
      '1/2',
    ]);
    expect(result.rounds?.[2].tieBreak).to.equal('earlier-round');
    expect(result.rounds?.[0].tieBreak).to.equal(undefined);
    expect(result.rounds?.[0].levelWith).to.equal(undefined);
    expect(result.winners).to.deep.equal(['B']);
    expect(
      result.ranking.map((entry) => [entry.option, entry.rank, entry.tie, entry.score.exact]),
    ).to.deep.equal([
      ['B', 1, false, '1/2'],
      ['A', 2, false, '1/2'],
      ['C', 3, false, '1/6'],
      ['D', 4, false, '0'],
    ]);
    const words = say(
      [
        { group: 'community', ranks: { C: 1, A: 2 } },
        { group: 'community', ranks: { A: 1 } },
        { group: 'community', ranks: { A: 1 } },
        { group: 'professional', ranks: { B: 1 } },
      ],
      irv,
    );
    expect(words).to.include('D had the least support, so it was eliminated.');
    expect(words).to.include(
      'A and B had the same least support; A was eliminated because it had less support in an earlier round.',
    );
  });

  it('stops at a majority with several options still in, ranking those by config order after the winner', () => {
    const result = parityTally(
      [
        { group: 'community', ranks: { D: 1 } },
        { group: 'community', ranks: { D: 1 } },
        { group: 'community', ranks: { B: 1 } },
      ],
      { ...irv, groups: [{ id: 'community' }] },
    );
    expect(result.rounds).to.have.length(1);
    expect(result.eliminated).to.deep.equal([]);
    expect(result.ranking.map((entry) => [entry.option, entry.rank])).to.deep.equal([
      ['D', 1],
      ['A', 2],
      ['B', 3],
      ['C', 4],
    ]);
    expect(result.ranking[2].score.exact).to.equal('1/3');
  });

  it('is not final while a group is short of its quorum', () => {
    const result = parityTally([{ group: 'community', ranks: { A: 1 } }], { ...irv, quorum: 2 });
    expect(result.winners).to.deep.equal(['A']);
    expect(result.decided).to.equal(false);
    expect(result.undecidedReason).to.equal('quorum');
  });

  it('transfers only to options still in the count, skipping those already out', () => {
    const one = (ranks: Record<string, number>, times: number): Ballot[] =>
      Array.from({ length: times }, () => ({ group: 'community', ranks }));
    const result = parityTally(
      [
        ...one({ A: 1, B: 2 }, 1),
        ...one({ B: 1 }, 2),
        ...one({ C: 1 }, 2),
        ...one({ D: 1, A: 2, C: 3 }, 2),
      ],
      { ...irv, groups: [{ id: 'community' }] },
    );
    // A (1) goes, its ballot to B; C and D level in both rounds: D, listed later, goes, and its
    // ballots skip A (out already) for C, which then has more than half.
    expect(result.eliminated).to.deep.equal(['A', 'D']);
    const supports = result.rounds?.map((round) => round.options.map((entry) => entry.support));
    expect(supports).to.deep.equal([
      [1, 2, 2, 2],
      [3, 2, 2],
      [3, 4],
    ]);
    expect(result.rounds?.[1].tieBreak).to.equal('list-order');
    expect(result.rounds?.[2].exhausted.support).to.equal(0);
    expect(result.winners).to.deep.equal(['C']);
  });

  it('says a tie of graded options and a tie on Borda points in their own words', () => {
    const tiedGrades = say(
      [
        { group: 'community', grades: { A: 1, B: 1, C: 4 } },
        { group: 'professional', grades: { A: 1, B: 1, C: 4 } },
      ],
      grades,
    );
    expect(tiedGrades[tiedGrades.length - 1]).to.equal(
      'A and B were graded exactly alike, so there is no single winner.',
    );
    const tiedBorda = say(
      [
        { group: 'community', ranks: { A: 1, B: 2 } },
        { group: 'professional', ranks: { B: 1, A: 2 } },
      ],
      { method: 'ranked', options: ['A', 'B'], count: 'borda' },
    );
    expect(tiedBorda[tiedBorda.length - 1]).to.equal(
      'A and B are tied at the top with exactly equal scores, so there is no single winner.',
    );
    // No tie rule was needed, so none is said.
    expect(tiedBorda.join(' ')).not.to.contain('comes first');
  });
});

describe('parityTally, grades, in detail', () => {
  it('has every option level at the worst grade without ballots', () => {
    const result = parityTally([], grades);
    expect(result.grades?.map((entry) => entry.median)).to.deep.equal([4, 4, 4]);
    expect(result.grades?.[0].distribution.map((share) => share.exact)).to.deep.equal([
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(result.ranking.map((entry) => [entry.option, entry.rank, entry.tie])).to.deep.equal([
      ['A', 1, true],
      ['B', 1, true],
      ['C', 1, true],
    ]);
    expect(result.winners).to.deep.equal([]);
    expect(result.undecidedReason).to.equal('no-ballots');
  });

  it('counts grade points for the groups and the head count, the worst grade 0', () => {
    const result = parityTally(
      [
        { group: 'community', grades: { A: 0, B: 2, C: 4 } },
        { group: 'community', grades: { A: 1 } },
      ],
      grades,
    );
    expect(result.groups[0].options.map((entry) => entry.support)).to.deep.equal([7, 2, 0]);
    expect(result.groups[0].outOf).to.equal(8);
    expect(result.raw.options.map((entry) => entry.share.exact)).to.deep.equal(['7/8', '1/4', '0']);
    // The ungraded B and C on the second ballot count as Reject.
    expect(result.grades?.[1].distribution.map((share) => share.exact)).to.deep.equal([
      '0',
      '0',
      '1/2',
      '0',
      '1/2',
    ]);
    expect(result.grades?.[1].median).to.equal(4);
  });

  it('ranks below the top too, ties only the exactly alike, and names the tie rule only when used', () => {
    const result = parityTally(
      [
        { group: 'community', grades: { A: 2, B: 2, C: 0 } },
        { group: 'community', grades: { A: 3, B: 3, C: 1 } },
        { group: 'community', grades: { A: 1, B: 1, C: 0 } },
      ],
      grades,
    );
    expect(result.ranking.map((entry) => [entry.option, entry.rank, entry.tie])).to.deep.equal([
      ['C', 1, false],
      ['A', 2, true],
      ['B', 2, true],
    ]);
    expect(result.winners).to.deep.equal(['C']);
    expect(result.tieBreak).to.equal(undefined);
    const [a] = result.grades ?? [];
    expect(a.median).to.equal(2);
    expect([a.better.percent, a.worse.percent]).to.deep.equal([33, 33]);
    expect(result.ranking[1].score.exact).to.equal('2/3');
    expect(result.ranking[1].score.percent).to.equal(67);
  });
});
