import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Fraction, ONE } from '../../src/core/fraction.js';
import {
  parityTally,
  validateBallot,
  type Ballot,
  type BallotProblem,
  type TallyConfig,
  type TallyResult,
} from '../../src/core/parity.js';

const chose = (group: string, option: string, times = 1): Ballot[] =>
  Array.from({ length: times }, () => ({ group, marks: { [option]: 1 } }));

const scoreOf = (result: TallyResult, option: string) =>
  result.ranking.find((entry) => entry.option === option)?.score;

/** `{option: exact parity score}`, the shape the cases below are written in. */
const exactScores = (result: TallyResult) =>
  Object.fromEntries(result.options.map((option) => [option, scoreOf(result, option)?.exact]));

const shownScores = (result: TallyResult) =>
  result.options.map((option) => scoreOf(result, option)?.percent);

const AB = ['A', 'B'];

describe('parityTally', () => {
  interface Case {
    name: string;
    ballots: Ballot[];
    config: TallyConfig;
    parity: Record<string, string>;
    shown: number[];
    raw?: number[];
    winners: string[];
    undecided?: TallyResult['undecidedReason'];
  }
  const cases: Case[] = [
    {
      name: '10 community for A and 2 professionals for B is 50/50, not 83/17',
      ballots: [...chose('community', 'A', 10), ...chose('professional', 'B', 2)],
      config: { method: 'single', options: AB },
      parity: { A: '1/2', B: '1/2' },
      shown: [50, 50],
      raw: [83, 17],
      winners: ['A', 'B'],
      undecided: 'tie',
    },
    {
      name: 'weights 2:1 give the community two thirds',
      ballots: [...chose('community', 'A', 10), ...chose('professional', 'B', 2)],
      config: {
        method: 'single',
        options: AB,
        groups: [{ id: 'community', weight: 2 }, { id: 'professional' }],
      },
      parity: { A: '2/3', B: '1/3' },
      shown: [67, 33],
      winners: ['A'],
    },
    {
      name: 'a silent group is left out and the others renormalised',
      ballots: [...chose('community', 'A', 3), ...chose('community', 'B')],
      config: { method: 'single', options: AB },
      parity: { A: '3/4', B: '1/4' },
      shown: [75, 25],
      raw: [75, 25],
      winners: ['A'],
    },
    {
      name: 'a group below quorum leaves the result undecided',
      ballots: [
        ...chose('community', 'A', 4),
        ...chose('community', 'B'),
        ...chose('professional', 'B', 2),
      ],
      config: { method: 'single', options: AB, quorum: 3 },
      parity: { A: '2/5', B: '3/5' },
      shown: [40, 60],
      winners: ['B'],
      undecided: 'quorum',
    },
    {
      name: 'double majority passes an option that leads in every group',
      ballots: [
        ...chose('community', 'A', 3),
        ...chose('community', 'B'),
        ...chose('professional', 'A', 2),
        ...chose('professional', 'B'),
      ],
      config: { method: 'single', options: AB, rule: 'double-majority' },
      parity: { A: '17/24', B: '7/24' },
      shown: [71, 29],
      winners: ['A'],
    },
    {
      name: 'double majority fails the parity leader when one group prefers another',
      ballots: [
        ...chose('community', 'A', 3),
        ...chose('community', 'B'),
        ...chose('professional', 'A'),
        ...chose('professional', 'B', 2),
      ],
      config: { method: 'single', options: AB, rule: 'double-majority' },
      parity: { A: '13/24', B: '11/24' },
      shown: [54, 46],
      winners: [],
      undecided: 'double-majority',
    },
    {
      name: 'a tie that floating point would miss (weights 0.1, 0.2, 0.3)',
      ballots: [...chose('a', 'A'), ...chose('b', 'A'), ...chose('c', 'B')],
      config: {
        method: 'single',
        options: AB,
        groups: [
          { id: 'a', weight: 0.1 },
          { id: 'b', weight: 0.2 },
          { id: 'c', weight: 0.3 },
        ],
      },
      parity: { A: '1/2', B: '1/2' },
      shown: [50, 50],
      winners: ['A', 'B'],
      undecided: 'tie',
    },
    {
      name: 'thirds reached different ways tie exactly, shown as 34/33/33',
      ballots: [
        ...chose('community', 'A', 2),
        ...chose('community', 'B'),
        ...chose('community', 'C'),
        ...chose('professional', 'B'),
        ...chose('professional', 'C'),
      ],
      config: {
        method: 'single',
        options: ['A', 'B', 'C'],
        groups: [{ id: 'community', weight: 2 }, { id: 'professional' }],
      },
      parity: { A: '1/3', B: '1/3', C: '1/3' },
      shown: [34, 33, 33],
      winners: ['A', 'B', 'C'],
      undecided: 'tie',
    },
    {
      name: 'approval: shares are approvers over ballots and need not add up to 1',
      ballots: [
        { group: 'community', marks: { A: 1, B: 1 } },
        { group: 'community', marks: { A: 1 } },
        { group: 'professional', marks: { B: 1 } },
      ],
      config: { method: 'approval', options: AB },
      parity: { A: '1/2', B: '3/4' },
      shown: [50, 75],
      winners: ['B'],
    },
    {
      name: 'score: shares are the mean score over the highest score',
      ballots: [
        { group: 'community', marks: { A: 5, B: 0 } },
        { group: 'community', marks: { A: 3, B: 2 } },
        { group: 'professional', marks: { B: 5 } },
      ],
      config: { method: 'score', options: AB },
      parity: { A: '2/5', B: '3/5' },
      shown: [40, 60],
      winners: ['B'],
    },
    {
      name: 'dots: shares are dots on the option over all dots the group spent',
      ballots: [
        { group: 'community', marks: { A: 3 } },
        { group: 'community', marks: { A: 1, B: 2 } },
        { group: 'professional', marks: { B: 1 } },
      ],
      config: { method: 'dots', options: AB },
      parity: { A: '1/3', B: '2/3' },
      shown: [33, 67],
      winners: ['B'],
    },
    {
      name: 'consent: shares are agreements, and an objection blocks the leader',
      ballots: [
        { group: 'community', consent: { A: 'agree', B: 'agree' } },
        { group: 'community', consent: { B: 'agree' } },
        { group: 'professional', consent: { A: 'agree', B: 'object' } },
        { group: 'professional', consent: { A: 'concerns', B: 'agree' } },
      ],
      config: { method: 'consent', options: AB },
      parity: { A: '1/2', B: '3/4' },
      shown: [50, 75],
      winners: ['A'],
    },
  ];
  for (const { name, ballots, config, parity, shown, raw, winners, undecided } of cases) {
    it(name, () => {
      const result = parityTally(ballots, config);
      expect(exactScores(result)).to.deep.equal(parity);
      expect(shownScores(result)).to.deep.equal(shown);
      if (raw) expect(result.raw.options.map((entry) => entry.share.percent)).to.deep.equal(raw);
      expect(result.winners).to.deep.equal(winners);
      expect(result.decided).to.equal(undecided === undefined);
      expect(result.undecidedReason).to.equal(undecided);
    });
  }

  it('lists a silent group, with weight 0, and gives the voting group all the weight', () => {
    const result = parityTally(chose('community', 'A'), { method: 'single', options: AB });
    expect(result.silentGroups).to.deep.equal(['professional']);
    expect(
      result.groups.map((g) => [g.group, g.silent, g.weight.exact, g.weight.percent]),
    ).to.deep.equal([
      ['community', false, '1', 100],
      ['professional', true, '0', 0],
    ]);
  });

  it('lists quorum shortfalls by group, from a number per group', () => {
    const ballots = [...chose('community', 'A', 5), ...chose('professional', 'B')];
    const result = parityTally(ballots, {
      method: 'single',
      options: AB,
      quorum: { professional: 2 },
    });
    expect(result.quorumShortfalls).to.deep.equal([
      { group: 'professional', turnout: 1, quorum: 2 },
    ]);
    expect(result.groups.map((g) => g.quorum)).to.deep.equal([0, 2]);
  });

  it('ranks ties together, in config order, and skips the next rank', () => {
    const ballots = [
      ...chose('community', 'C', 2),
      ...chose('community', 'B', 2),
      ...chose('community', 'A'),
    ];
    const result = parityTally(ballots, { method: 'single', options: ['A', 'B', 'C'] });
    expect(result.ranking.map((r) => [r.option, r.rank, r.tie])).to.deep.equal([
      ['B', 1, true],
      ['C', 1, true],
      ['A', 3, false],
    ]);
  });

  it('blocks a consent option and says which groups objected, why, and who had concerns', () => {
    const ballots: Ballot[] = [
      { group: 'professional', consent: { A: 'object', B: 'agree' }, reasons: { A: ' No ramp ' } },
      {
        group: 'community',
        consent: { A: 'object', B: 'concerns' },
        reasons: { A: 'Too far', B: 'Cost' },
      },
      { group: 'community', consent: { A: 'object', B: 'agree' } },
    ];
    const result = parityTally(ballots, { method: 'consent', options: AB });
    const [b, a] = result.ranking;
    expect(a).to.include({ option: 'A', blocked: true });
    expect(a.objections).to.deep.equal([
      { group: 'community', reason: 'Too far' },
      { group: 'community' },
      { group: 'professional', reason: 'No ramp' },
    ]);
    expect(b).to.include({ option: 'B', blocked: false });
    expect(b.concerns).to.deep.equal([{ group: 'community', reason: 'Cost' }]);
    expect(result.groups[0].options[0]).to.include({ support: 0, objections: 2, concerns: 0 });
    expect(result.winners).to.deep.equal(['B']);
  });

  it('is undecided when every option is blocked', () => {
    const ballots: Ballot[] = [{ group: 'community', consent: { A: 'object', B: 'object' } }];
    const result = parityTally(ballots, { method: 'consent', options: AB });
    expect(result).to.include({ decided: false, undecidedReason: 'all-blocked' });
    expect(result.winners).to.deep.equal([]);
  });

  it('reports no ballots as undecided rather than as a tie', () => {
    const result = parityTally([], { method: 'single', options: AB });
    expect(result).to.include({ turnout: 0, decided: false, undecidedReason: 'no-ballots' });
    expect(result.winners).to.deep.equal([]);
    expect(result.silentGroups).to.deep.equal(['community', 'professional']);
  });

  it('leaves out ballots it cannot count, listing each with its problem', () => {
    const ballots: Ballot[] = [
      ...chose('community', 'A'),
      ...chose('visitors', 'A'),
      { group: 'community', marks: { A: 1, B: 1 } },
      ...chose('professional', 'B'),
    ];
    const result = parityTally(ballots, { method: 'single', options: AB });
    expect(result.rejectedBallots).to.deep.equal([
      { index: 1, group: 'visitors', problem: 'unknown-group' },
      { index: 2, group: 'community', problem: 'not-one-choice' },
    ]);
    expect(result.turnout).to.equal(2);
    expect(exactScores(result)).to.deep.equal({ A: '1/2', B: '1/2' });
  });

  it('counts options named like Object.prototype properties as plain options', () => {
    const ballots = JSON.parse(
      '[{"group":"community","marks":{"__proto__":1}},{"group":"professional","marks":{"toString":1}}]',
    ) as Ballot[];
    const result = parityTally(ballots, {
      method: 'single',
      options: ['__proto__', 'toString', 'constructor'],
    });
    expect(result.raw.options.map((o) => o.support)).to.deep.equal([1, 1, 0]);
    expect(result.rejectedBallots).to.deep.equal([]);
  });

  it('returns plain JSON', () => {
    const ballots: Ballot[] = [
      { group: 'community', consent: { A: 'object' }, reasons: { A: 'x' } },
    ];
    const result = parityTally(ballots, { method: 'consent', options: AB, quorum: 1 });
    expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
  });

  const badConfigs: [string, TallyConfig, string][] = [
    ['no options', { method: 'single', options: [] }, 'at least one option'],
    ['a repeated option', { method: 'single', options: ['A', 'A'] }, 'each option id'],
    [
      'a zero weight',
      { method: 'single', options: AB, groups: [{ id: 'a', weight: 0 }] },
      'more than 0',
    ],
    [
      'a quorum for an unknown group',
      { method: 'single', options: AB, quorum: { staff: 1 } },
      '"staff"',
    ],
    ['a fractional quorum', { method: 'single', options: AB, quorum: 1.5 }, 'whole number'],
    ['a maxScore of 0', { method: 'score', options: AB, maxScore: 0 }, 'maxScore'],
    ['an unknown method', { method: 'lottery' as 'single', options: AB }, 'not a voting method'],
    [
      'an unknown rule',
      { method: 'single', options: AB, rule: 'unanimity' as 'plurality' },
      'not a decision rule',
    ],
  ];
  for (const [name, config, message] of badConfigs) {
    it(`throws for a config with ${name}, saying why`, () => {
      expect(() => parityTally([], config)).to.throw(message);
    });
  }
});

describe('validateBallot', () => {
  const problems: [string, TallyConfig['method'], unknown, BallotProblem | undefined][] = [
    ['a good single ballot', 'single', { group: 'community', marks: { A: 1, B: 0 } }, undefined],
    ['an unknown group', 'single', { group: 'visitors', marks: { A: 1 } }, 'unknown-group'],
    ['an unknown option', 'approval', { group: 'community', marks: { Z: 1 } }, 'unknown-option'],
    [
      'two single choices',
      'single',
      { group: 'community', marks: { A: 1, B: 1 } },
      'not-one-choice',
    ],
    ['no single choice', 'single', { group: 'community', marks: {} }, 'not-one-choice'],
    ['a single mark of 2', 'single', { group: 'community', marks: { A: 2 } }, 'bad-mark'],
    ['an empty approval', 'approval', { group: 'community', marks: { A: 0 } }, 'empty'],
    ['a score above maxScore', 'score', { group: 'community', marks: { A: 6 } }, 'bad-mark'],
    ['a score of 2.5', 'score', { group: 'community', marks: { A: 2.5 } }, 'bad-mark'],
    ['a score given as text', 'score', { group: 'community', marks: { A: '3' } }, 'bad-mark'],
    ['all scores 0, on purpose', 'score', { group: 'community', marks: { A: 0, B: 0 } }, undefined],
    ['no scores at all', 'score', { group: 'community', marks: {} }, 'empty'],
    ['negative dots', 'dots', { group: 'community', marks: { A: -1 } }, 'bad-mark'],
    ['too many dots', 'dots', { group: 'community', marks: { A: 2, B: 2 } }, 'too-many-dots'],
    ['no dots spent', 'dots', { group: 'community', marks: { A: 0 } }, 'empty'],
    ['all dots on one option', 'dots', { group: 'community', marks: { A: 3 } }, undefined],
    [
      'an unknown consent mark',
      'consent',
      { group: 'community', consent: { A: 'yes' } },
      'bad-mark',
    ],
    [
      'marks on a consent ballot',
      'consent',
      { group: 'community', marks: { A: 1 } },
      'wrong-method',
    ],
    [
      'consent on a single ballot',
      'single',
      { group: 'community', consent: { A: 'agree' } },
      'wrong-method',
    ],
    [
      'a reason that is not text',
      'consent',
      { group: 'community', consent: { A: 'object' }, reasons: { A: 3 } },
      'bad-reason',
    ],
    ['nothing at all', 'consent', { group: 'community' }, 'empty'],
    ['an empty consent', 'consent', { group: 'community', consent: {} }, 'empty'],
    [
      'consent for an unknown option',
      'consent',
      { group: 'community', consent: { Z: 'agree' } },
      'unknown-option',
    ],
    [
      'a reason for an unknown option',
      'consent',
      { group: 'community', consent: { A: 'agree' }, reasons: { Z: 'x' } },
      'unknown-option',
    ],
    [
      'reasons that are a list',
      'consent',
      { group: 'community', consent: { A: 'object' }, reasons: ['x'] },
      'bad-reason',
    ],
    ['null', 'single', null, 'empty'],
  ];
  for (const [name, method, ballot, problem] of problems) {
    it(`${problem ?? 'accepts'}: ${name}`, () => {
      expect(validateBallot(ballot as Ballot, { method, options: AB })).to.equal(problem);
    });
  }
});

describe('parityTally properties', () => {
  const groupIds = ['community', 'professional', 'carers'];
  const options = ['A', 'B', 'C', 'D'];
  const groups = [
    { id: 'community', weight: 2 },
    { id: 'professional' },
    { id: 'carers', weight: 0.5 },
  ];
  const group = fc.constantFrom(...groupIds);
  const singleBallot = fc.record({
    group,
    marks: fc.constantFrom(...options).map((o) => ({ [o]: 1 })),
  });
  // One to three dots, each placed on an option; placing two on one option adds them up.
  const dotsBallot = fc.record({
    group,
    marks: fc.array(fc.constantFrom(...options), { minLength: 1, maxLength: 3 }).map((placed) => {
      const marks: Record<string, number> = {};
      for (const option of placed) marks[option] = (marks[option] ?? 0) + 1;
      return marks;
    }),
  });
  const mark = fc.constantFrom('agree', 'concerns', 'object') as fc.Arbitrary<
    'agree' | 'concerns' | 'object'
  >;
  const consentBallot = fc.record({
    group,
    consent: fc.record({ A: mark, B: mark }),
    reasons: fc.record({
      A: fc.constantFrom('', 'cost', 'access'),
      B: fc.constantFrom('', 'time'),
    }),
  });
  const methods: [TallyConfig['method'], fc.Arbitrary<Ballot>][] = [
    ['single', singleBallot],
    ['dots', dotsBallot],
  ];
  const runs = { numRuns: 60 };
  const sum = (shares: Fraction[]) => shares.reduce((a, b) => a.plus(b), Fraction.of(0));

  for (const [method, ballot] of methods) {
    const config: TallyConfig = { method, options, groups };

    it(`${method}: each voting group's shares add up to exactly 1 and show as 100%`, () => {
      fc.assert(
        fc.property(fc.array(ballot, { maxLength: 40 }), (ballots) => {
          for (const tally of parityTally(ballots, config).groups.filter((g) => !g.silent)) {
            expect(sum(tally.options.map((o) => Fraction.parse(o.share.exact))).equals(ONE)).to.be
              .true;
            expect(tally.options.reduce((total, o) => total + o.share.percent, 0)).to.equal(100);
          }
        }),
        runs,
      );
    });

    it(`${method}: doubling every ballot of one group changes no parity score`, () => {
      fc.assert(
        fc.property(fc.array(ballot, { maxLength: 30 }), group, (ballots, doubled) => {
          const more = [...ballots, ...ballots.filter((b) => b.group === doubled)];
          const [before, after] = [parityTally(ballots, config), parityTally(more, config)];
          expect(after.ranking).to.deep.equal(before.ranking);
          expect(after.winners).to.deep.equal(before.winners);
        }),
        runs,
      );
    });

    it(`${method}: with one group, the parity result is the head count`, () => {
      const oneGroup: TallyConfig = { method, options, groups: [{ id: 'community', weight: 3 }] };
      fc.assert(
        fc.property(
          fc.array(
            ballot.map((b) => ({ ...b, group: 'community' })),
            { maxLength: 30 },
          ),
          (ballots) => {
            const result = parityTally(ballots, oneGroup);
            expect(shownScores(result)).to.deep.equal(
              result.raw.options.map((o) => o.share.percent),
            );
            expect(result.options.map((o) => scoreOf(result, o)?.exact)).to.deep.equal(
              result.raw.options.map((o) => o.share.exact),
            );
          },
        ),
        runs,
      );
    });
  }

  it('permuting ballots changes nothing but the positions of rejected ballots', () => {
    const anyBallot = fc.oneof(
      consentBallot,
      singleBallot,
      fc.record({ group: fc.constant('visitors') }),
    );
    const shuffled = fc
      .array(anyBallot, { maxLength: 30 })
      .chain((ballots) =>
        fc.tuple(fc.constant(ballots), fc.shuffledSubarray(ballots, { minLength: ballots.length })),
      );
    const withoutPositions = (result: TallyResult) => ({
      ...result,
      rejectedBallots: result.rejectedBallots
        .map(({ group, problem }) => `${group} ${problem}`)
        .sort(),
    });
    fc.assert(
      fc.property(shuffled, ([ballots, permuted]) => {
        const config: TallyConfig = { method: 'consent', options: AB, groups, quorum: 2 };
        expect(withoutPositions(parityTally(permuted, config))).to.deep.equal(
          withoutPositions(parityTally(ballots, config)),
        );
      }),
      runs,
    );
  });
});

describe('parity rules as documented (docs/decisions.md)', () => {
  const zeros = { group: 'community', marks: { A: 0, B: 0 } };
  // [name, ballots, community turnout, exact parity scores, ballots rejected]
  const allZeroScores: [string, Ballot[], number, Record<string, string>, number][] = [
    ['one ballot of all zeros', [zeros], 1, { A: '0', B: '0' }, 0],
    [
      'all zeros beside a 5 for A: A has half the points',
      [zeros, { group: 'community', marks: { A: 5 } }],
      2,
      { A: '1/2', B: '0' },
      0,
    ],
    [
      'zeros for one option only, left out for the other',
      [
        { group: 'community', marks: { A: 0 } },
        { group: 'community', marks: { B: 4 } },
      ],
      2,
      { A: '0', B: '2/5' },
      0,
    ],
    ['no scores at all is empty, not a zero ballot', [{ group: 'community', marks: {} }], 0, {}, 1],
  ];
  for (const [name, ballots, turnout, scores, rejected] of allZeroScores) {
    it(`score: ${name}`, () => {
      const result = parityTally(ballots, { method: 'score', options: AB });
      expect(result.groups[0].turnout).to.equal(turnout);
      expect(result.rejectedBallots).to.have.length(rejected);
      if (turnout > 0) expect(exactScores(result)).to.deep.equal(scores);
      for (const ballot of ballots) {
        expect(validateBallot(ballot, { method: 'score', options: AB })).to.equal(
          rejected ? 'empty' : undefined,
        );
      }
    });
  }

  const both: [TallyConfig['method'], Ballot][] = [
    ['single', { group: 'community', marks: { A: 1 }, consent: { A: 'agree' } }],
    ['approval', { group: 'community', marks: { A: 1, B: 1 }, consent: { B: 'object' } }],
    ['score', { group: 'community', marks: { A: 3 }, consent: { A: 'concerns' } }],
    ['dots', { group: 'community', marks: { A: 2 }, consent: { A: 'agree' } }],
    ['consent', { group: 'community', consent: { A: 'agree' }, marks: { B: 1 } }],
    ['consent', { group: 'professional', consent: { A: 'object' }, marks: {} }],
  ];
  for (const [method, ballot] of both) {
    it(`${method}: a ballot with both marks and consent is refused as wrong-method`, () => {
      const config = { method, options: AB };
      expect(validateBallot(ballot, config)).to.equal('wrong-method');
      const result = parityTally([ballot], config);
      expect(result.turnout).to.equal(0);
      expect(result.rejectedBallots).to.deep.equal([
        { index: 0, group: ballot.group, problem: 'wrong-method' },
      ]);
    });
  }
});
