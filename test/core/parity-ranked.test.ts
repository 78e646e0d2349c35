import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { explainTally } from '../../src/core/parity-explain.js';
import {
  parityTally,
  validateBallot,
  type Ballot,
  type TallyConfig,
} from '../../src/core/parity.js';

const ABC = ['A', 'B', 'C'];
const irv: TallyConfig = { method: 'ranked', options: ABC };
const borda: TallyConfig = { method: 'ranked', options: ABC, count: 'borda' };

/** A ballot ranking `order` 1, 2, 3…, from `group`. */
const ranked = (group: string, order: string, times = 1): Ballot[] =>
  Array.from({ length: times }, () => ({
    group,
    ranks: Object.fromEntries([...order].map((option, index) => [option, index + 1])),
  }));

/**
 * Plain instant-runoff on head counts, no groups: the reference the parity count must equal
 * when there is one group. The same documented tie rule: least now, then least in the round
 * before and so on back; level in every round, the one listed last; the last two level, a tie.
 */
function plainRunoff(orders: readonly string[][], options: readonly string[]) {
  const continuing = new Set(options);
  const history: Map<string, number>[] = [];
  const eliminated: string[] = [];
  for (;;) {
    const counts = new Map([...continuing].map((option) => [option, 0]));
    let live = 0;
    for (const order of orders) {
      const top = order.find((option) => continuing.has(option));
      if (top !== undefined) {
        counts.set(top, (counts.get(top) as number) + 1);
        live += 1;
      }
    }
    history.push(counts);
    const inCount = options.filter((option) => continuing.has(option));
    const leader = inCount.find((option) => (counts.get(option) as number) * 2 > live);
    if (leader) return { winners: [leader], eliminated };
    let level = inCount;
    for (let round = history.length - 1; round >= 0 && level.length > 1; round -= 1) {
      const least = Math.min(...level.map((option) => history[round].get(option) as number));
      level = level.filter((option) => history[round].get(option) === least);
    }
    if (inCount.length === 2 && level.length === 2) return { winners: inCount, eliminated };
    const loser = level[level.length - 1];
    continuing.delete(loser);
    eliminated.push(loser);
  }
}

const optionsArb = fc.integer({ min: 2, max: 5 }).map((n) => 'ABCDE'.slice(0, n).split(''));

/** Random partial rankings of `options`. */
const ordersArb = (options: string[], max = 30) =>
  fc.array(
    fc.shuffledSubarray(options, { minLength: 1, maxLength: options.length }).map((order) => order),
    { minLength: 1, maxLength: max },
  );

const toBallot = (group: string, order: readonly string[]): Ballot => ({
  group,
  ranks: Object.fromEntries(order.map((option, index) => [option, index + 1])),
});

describe('parityTally, ranked: instant-runoff', () => {
  it('counts the first preferences as parity shares, then transfers', () => {
    // 10 community ballots for A, 2 professional for B then C, 2 for C then B: groups equal.
    const result = parityTally(
      [
        ...ranked('community', 'A', 10),
        ...ranked('professional', 'BC', 2),
        ...ranked('professional', 'CB', 2),
      ],
      irv,
    );
    const rounds = result.rounds ?? [];
    expect(
      rounds[0].options.map((entry) => [entry.option, entry.share.exact, entry.support]),
    ).to.deep.equal([
      ['A', '1/2', 10],
      ['B', '1/4', 2],
      ['C', '1/4', 2],
    ]);
    // B and C level in the only round: the one listed last (C) goes, said as list-order.
    expect(rounds[0].eliminated).to.equal('C');
    expect(rounds[0].tieBreak).to.equal('list-order');
    expect(rounds[0].levelWith).to.deep.equal(['B']);
    expect(
      rounds[1].options.map((entry) => [entry.option, entry.share.exact, entry.support]),
    ).to.deep.equal([
      ['A', '1/2', 10],
      ['B', '1/2', 4],
    ]);
    // A and B level now; B had less in round 1, so B goes.
    expect(rounds[1].eliminated).to.equal('B');
    expect(rounds[1].tieBreak).to.equal('earlier-round');
    expect(result.winners).to.deep.equal(['A']);
    expect(result.eliminated).to.deep.equal(['C', 'B']);
    expect(result.ranking.map((entry) => entry.option)).to.deep.equal(['A', 'B', 'C']);
    expect(result.decided).to.equal(true);
  });

  it('counts exhausted ballots and stops at a majority of the shares still in the count', () => {
    const result = parityTally(
      [
        ...ranked('community', 'A', 3),
        ...ranked('community', 'B', 2),
        ...ranked('community', 'CB', 2),
      ],
      irv,
    );
    const rounds = result.rounds ?? [];
    expect(rounds).to.have.length(2);
    expect(rounds[0].eliminated).to.equal('C');
    expect(rounds[1].options.map((entry) => entry.support)).to.deep.equal([3, 4]);
    expect(rounds[1].majority).to.equal('B');
    expect(result.winners).to.deep.equal(['B']);
  });

  it('reports a tie when every option in the count is level in every round', () => {
    const result = parityTally([...ranked('community', 'A'), ...ranked('professional', 'B')], {
      method: 'ranked',
      options: ['A', 'B'],
    });
    expect(result.winners).to.deep.equal(['A', 'B']);
    expect(result.decided).to.equal(false);
    expect(result.undecidedReason).to.equal('tie');
    expect(result.ranking.every((entry) => entry.tie && entry.rank === 1)).to.equal(true);
  });

  it('has no rounds without ballots', () => {
    const result = parityTally([], irv);
    expect(result.rounds).to.deep.equal([]);
    expect(result.winners).to.deep.equal([]);
    expect(result.undecidedReason).to.equal('no-ballots');
  });

  it('rejects a rank used twice, an unknown option, a bad rank, an empty ranking, marks', () => {
    const cases: [Ballot, string][] = [
      [{ group: 'community', ranks: { A: 1, B: 1 } }, 'rank-used-twice'],
      [{ group: 'community', ranks: { Z: 1 } }, 'unknown-option'],
      [{ group: 'community', ranks: { A: 0 } }, 'bad-rank'],
      [{ group: 'community', ranks: { A: 4 } }, 'bad-rank'],
      [{ group: 'community', ranks: { A: 1.5 } }, 'bad-rank'],
      [{ group: 'community', ranks: {} }, 'empty'],
      [{ group: 'community', marks: { A: 1 } }, 'wrong-method'],
      [{ group: 'community', ranks: { A: 1 }, marks: { A: 1 } }, 'wrong-method'],
    ];
    for (const [ballot, problem] of cases) expect(validateBallot(ballot, irv)).to.equal(problem);
    expect(validateBallot({ group: 'community', ranks: { A: 3, C: 1 } }, irv)).to.equal(undefined);
    const result = parityTally(
      cases.map(([ballot]) => ballot),
      irv,
    );
    expect(result.rejectedBallots.map((entry) => entry.problem)).to.deep.equal(
      cases.map(([, problem]) => problem),
    );
  });

  it('refuses a bad count in the config', () => {
    expect(() =>
      parityTally([], { method: 'ranked', options: ABC, count: 'condorcet' as 'borda' }),
    ).to.throw('"condorcet" is not a way to count a ranked vote');
  });

  it('with one group, equals a plain instant-runoff on head counts', () => {
    fc.assert(
      fc.property(
        optionsArb.chain((options) => fc.tuple(fc.constant(options), ordersArb(options))),
        ([options, orders]) => {
          const result = parityTally(
            orders.map((order) => toBallot('community', order)),
            { method: 'ranked', options },
          );
          const reference = plainRunoff(orders, options);
          expect(result.winners).to.deep.equal(reference.winners);
          expect(result.eliminated).to.deep.equal(reference.eliminated);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('doubling every ballot of one group changes nothing', () => {
    fc.assert(
      fc.property(
        optionsArb.chain((options) =>
          fc.tuple(fc.constant(options), ordersArb(options, 12), ordersArb(options, 12)),
        ),
        ([options, community, professional]) => {
          const config: TallyConfig = { method: 'ranked', options };
          const once = [
            ...community.map((order) => toBallot('community', order)),
            ...professional.map((order) => toBallot('professional', order)),
          ];
          const twice = [...once, ...community.map((order) => toBallot('community', order))];
          const a = parityTally(once, config);
          const b = parityTally(twice, config);
          expect(b.winners).to.deep.equal(a.winners);
          expect(b.eliminated).to.deep.equal(a.eliminated);
          const shares = (result: typeof a) =>
            (result.rounds ?? []).map((round) => round.options.map((entry) => entry.share.exact));
          expect(shares(b)).to.deep.equal(shares(a));
        },
      ),
      { numRuns: 200 },
    );
  });

  /** Parity weight of each ballot: its group's weight over its group's ballots. */
  const weightsOf = (ballots: { group: string }[]) => {
    const counts = new Map<string, number>();
    for (const ballot of ballots) counts.set(ballot.group, (counts.get(ballot.group) ?? 0) + 1);
    return ballots.map((ballot) => 1 / counts.size / (counts.get(ballot.group) as number));
  };

  const mixedArb = optionsArb.chain((options) =>
    fc.tuple(
      fc.constant(options),
      fc.array(
        fc.tuple(
          fc.constantFrom('community', 'professional'),
          fc.shuffledSubarray(options, { minLength: 1, maxLength: options.length }),
        ),
        { minLength: 1, maxLength: 25 },
      ),
    ),
  );

  it('an option with more than half of the parity-weighted first preferences wins', () => {
    fc.assert(
      fc.property(mixedArb, ([options, entries]) => {
        const ballots = entries.map(([group, order]) => toBallot(group, order));
        const weights = weightsOf(ballots);
        for (const option of options) {
          const first = entries.reduce(
            (sum, [, order], index) => sum + (order[0] === option ? weights[index] : 0),
            0,
          );
          // Floating point only to pick cases, kept well clear of exactly one half.
          if (first > 0.5 + 1e-9) {
            expect(parityTally(ballots, { method: 'ranked', options }).winners).to.deep.equal([
              option,
            ]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a Condorcet loser (parity-weighted) never wins', () => {
    fc.assert(
      fc.property(mixedArb, ([options, entries]) => {
        const ballots = entries.map(([group, order]) => toBallot(group, order));
        const weights = weightsOf(ballots);
        /** Weight preferring x to y: x ranked above y, or x ranked and y not. */
        const prefer = (x: string, y: string) =>
          entries.reduce((sum, [, order], index) => {
            const px = order.indexOf(x);
            const py = order.indexOf(y);
            return sum + (px >= 0 && (py < 0 || px < py) ? weights[index] : 0);
          }, 0);
        const winners = parityTally(ballots, { method: 'ranked', options }).winners;
        for (const loser of options) {
          const beatenByAll = options.every(
            (other) => other === loser || prefer(other, loser) > prefer(loser, other) + 1e-9,
          );
          if (beatenByAll) expect(winners).not.to.include(loser);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parityTally, ranked: Borda', () => {
  it('gives N − position points, shared by group', () => {
    const result = parityTally(
      [...ranked('community', 'ABC', 3), ...ranked('professional', 'CB')],
      borda,
    );
    // community: A 2, B 1, C 0 per ballot, out of 2; professional: C 2/2, B 1/2.
    const community = result.groups[0].options.map((entry) => [entry.support, entry.share.exact]);
    expect(community).to.deep.equal([
      [6, '1'],
      [3, '1/2'],
      [0, '0'],
    ]);
    expect(result.ranking.map((entry) => [entry.option, entry.score.exact])).to.deep.equal([
      ['A', '1/2'],
      ['B', '1/2'],
      ['C', '1/2'],
    ]);
    expect(result.count).to.equal('borda');
  });

  it('separates options level on points by first preferences', () => {
    // A: 2 points, first once; B: 1 + 1 = 2, never first; C: 2, first once.
    const result = parityTally([...ranked('community', 'AB'), ...ranked('community', 'CB')], borda);
    expect(result.winners).to.deep.equal(['A', 'C']);
    expect(result.undecidedReason).to.equal('tie');
    const broken = parityTally(
      [...ranked('community', 'AB', 2), ...ranked('community', 'BA'), ...ranked('community', 'CB')],
      borda,
    );
    // A: 4 + 1 = 5; B: 2 + 2 + 1 = 5; C: 2. A has 2 first preferences, B 1.
    expect(broken.winners).to.deep.equal(['A']);
    expect(broken.ranking.map((entry) => [entry.option, entry.rank, entry.tie])).to.deep.equal([
      ['A', 1, false],
      ['B', 2, false],
      ['C', 3, false],
    ]);
    expect(broken.tieBreak).to.equal('first-preferences');
    expect(broken.decided).to.equal(true);
  });
});

describe('explainTally, ranked and grades', () => {
  const say = (ballots: Ballot[], config: TallyConfig, lang: 'en' | 'cy') =>
    explainTally(parityTally(ballots, config), {
      lang,
      groupName: (id) => (id === 'community' ? 'people who use services' : 'professionals'),
      optionName: (id) => id,
    });

  it('says every instant-runoff round, the eliminations and the tie rule, in English and Welsh', () => {
    const ballots = [
      ...ranked('community', 'A', 10),
      ...ranked('professional', 'BC', 2),
      ...ranked('professional', 'CB', 2),
    ];
    expect(say(ballots, irv, 'en')).to.deep.equal([
      'Each group counts for half, however many people are in it.',
      'Each ballot counts for its first preference. Round by round, the option with the least support is eliminated and its ballots pass to their next preference still in the count.',
      'Round 1: A 50% (10 ballots), B 25% (2 ballots) and C 25% (2 ballots).',
      'B and C had the same support in every round; C was eliminated because it comes later in the list of options.',
      'Round 2: A 50% (10 ballots) and B 50% (4 ballots).',
      'A and B had the same least support; B was eliminated because it had less support in an earlier round.',
      'Round 3: A 50% (10 ballots).',
      '4 ballots had no preference left.',
      'A has more than half of the support still in the count.',
      'A wins.',
    ]);
    const welsh = say(ballots, irv, 'cy');
    expect(welsh[2]).to.equal(
      'Rownd 1: A 50% (10 pleidlais), B 25% (2 bleidlais), C 25% (2 bleidlais).',
    );
    expect(welsh[welsh.length - 1]).to.equal('Yr enillydd yw A.');
  });

  it('says when ballots run out of preferences, and a tie of the last two', () => {
    const text = say(
      [...ranked('community', 'A'), ...ranked('community', 'B'), ...ranked('community', 'C')],
      irv,
      'en',
    );
    expect(text).to.include('1 ballot had no preference left.');
    expect(text[text.length - 1]).to.equal(
      'A and B had exactly the same support in every round, so there is no single winner.',
    );
  });

  it('says how Borda points are given and how a level top was settled', () => {
    const text = say(
      [...ranked('community', 'AB', 2), ...ranked('community', 'BA'), ...ranked('community', 'CB')],
      borda,
      'en',
    );
    expect(text[1]).to.equal(
      'An option ranked first gets 2 points, each place lower one point fewer, and one left unranked none.',
    );
    expect(text).to.include(
      'A and B have the same points; A comes first because more of the first preferences (with each group counting for its share) went to it.',
    );
    expect(say(ranked('community', 'AB'), borda, 'cy')[2]).to.equal(
      "Yn y grŵp people who use services, cafodd A 100% o'r pwyntiau posibl.",
    );
  });
});
