// More parity tally cases, written to kill the mutants `npm run mutation` found alive in
// parity.ts and parity-ballots.ts: each case pins a detail the first tests left open.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  parityTally,
  validateBallot,
  type Ballot,
  type TallyConfig,
} from '../../src/core/parity.js';

const AB = ['A', 'B'];
const consent: TallyConfig = { method: 'consent', options: AB };

describe('parityTally, in detail', () => {
  const badConfigs: [string, TallyConfig, string][] = [
    [
      'a repeated group',
      { method: 'single', options: AB, groups: [{ id: 'g' }, { id: 'g' }] },
      'each group id must be different',
    ],
    ['no groups', { method: 'single', options: AB, groups: [] }, 'at least one group is needed'],
    ['0 dots', { method: 'dots', options: AB, dots: 0 }, 'dots must be a whole number, 1 or more'],
    [
      'a fractional maxScore',
      { method: 'score', options: AB, maxScore: 2.5 },
      'maxScore must be a whole number, 1 or more',
    ],
    [
      'a negative quorum',
      { method: 'single', options: AB, quorum: -1 },
      'quorum must be a whole number, 0 or more',
    ],
    [
      'a fractional quorum for one group',
      { method: 'single', options: AB, quorum: { community: 0.5 } },
      'quorum for "community" must be a whole number, 0 or more',
    ],
  ];
  for (const [name, config, message] of badConfigs) {
    it(`throws for a config with ${name}: "${message}"`, () => {
      expect(() => parityTally([], config)).to.throw(Error, message);
    });
  }

  it('lists a ballot that is not an object as empty, from no group', () => {
    const result = parityTally(
      [null as unknown as Ballot, { group: 'community', marks: { A: 1 } }],
      { method: 'single', options: AB },
    );
    expect(result.rejectedBallots).to.deep.equal([{ index: 0, group: '', problem: 'empty' }]);
    expect(result.turnout).to.equal(1);
  });

  it('calls a ballot with no marks and no consent empty, and one with consent the wrong method', () => {
    const config: TallyConfig = { method: 'approval', options: AB };
    expect(validateBallot({ group: 'community' }, config)).to.equal('empty');
    expect(validateBallot({ group: 'community', consent: { A: 'agree' } }, config)).to.equal(
      'wrong-method',
    );
  });

  const consentMarks: [string, unknown, string | undefined][] = [
    ['agree', 'agree', undefined],
    ['concerns', 'concerns', undefined],
    ['object', 'object', undefined],
    ['a mark consent does not have', 'maybe', 'bad-mark'],
    ['a number', 1, 'bad-mark'],
  ];
  for (const [name, mark, problem] of consentMarks) {
    it(`checks a consent mark: ${name} → ${problem ?? 'counted'}`, () => {
      const ballot = { group: 'community', consent: { A: mark } } as unknown as Ballot;
      expect(validateBallot(ballot, consent)).to.equal(problem);
    });
  }

  it('counts concerns and objections apart, per group and in the ranking', () => {
    const ballots: Ballot[] = [
      { group: 'community', consent: { A: 'concerns', B: 'agree' }, reasons: { A: 'cost' } },
      { group: 'community', consent: { A: 'concerns', B: 'agree' } },
      { group: 'community', consent: { A: 'agree', B: 'object' }, reasons: { B: 'unsafe' } },
      { group: 'professional', consent: { A: 'object', B: 'concerns' }, reasons: { A: 'law' } },
    ];
    const result = parityTally(ballots, consent);
    const community = result.groups[0].options;
    expect(community.map((o) => [o.support, o.concerns, o.objections])).to.deep.equal([
      [1, 2, 0],
      [2, 0, 1],
    ]);
    const professional = result.groups[1].options;
    expect(professional.map((o) => [o.support, o.concerns, o.objections])).to.deep.equal([
      [0, 0, 1],
      [0, 1, 0],
    ]);
    const a = result.ranking.find((entry) => entry.option === 'A')!;
    const b = result.ranking.find((entry) => entry.option === 'B')!;
    expect(a.concerns).to.deep.equal([
      { group: 'community', reason: 'cost' },
      { group: 'community' },
    ]);
    expect(a.objections).to.deep.equal([{ group: 'professional', reason: 'law' }]);
    expect(b.concerns).to.deep.equal([{ group: 'professional' }]);
    expect(b.objections).to.deep.equal([{ group: 'community', reason: 'unsafe' }]);
  });

  it('orders notes by group, then reason in code-unit order, those without a reason last', () => {
    const reasons = ['b', undefined, 'a', 'b', undefined, 'B'];
    const ballots: Ballot[] = reasons.map((reason) => ({
      group: 'community',
      consent: { A: 'concerns' },
      ...(reason === undefined ? {} : { reasons: { A: reason } }),
    }));
    ballots.unshift({ group: 'professional', consent: { A: 'concerns' }, reasons: { A: 'a' } });
    const { ranking } = parityTally(ballots, consent);
    expect(ranking[0].concerns).to.deep.equal([
      { group: 'community', reason: 'B' },
      { group: 'community', reason: 'a' },
      { group: 'community', reason: 'b' },
      { group: 'community', reason: 'b' },
      { group: 'community' },
      { group: 'community' },
      { group: 'professional', reason: 'a' },
    ]);
  });

  it('keeps the notes in the same order whatever the order of the ballots', () => {
    const ballot = fc.record({
      group: fc.constantFrom('community', 'professional'),
      mark: fc.constantFrom('concerns', 'object'),
      reason: fc.option(fc.constantFrom('x', 'y', 'Y', ''), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 8 }), fc.nat(), (made, seed) => {
        const ballots: Ballot[] = made.map(({ group, mark, reason }) => ({
          group,
          consent: { A: mark as 'concerns' },
          ...(reason === undefined ? {} : { reasons: { A: reason } }),
        }));
        const shuffled = [...ballots].sort(
          (x, y) => ((ballots.indexOf(x) * 7 + seed) % 11) - ((ballots.indexOf(y) * 7 + seed) % 11),
        );
        const first = parityTally(ballots, consent).ranking;
        const second = parityTally(shuffled, consent).ranking;
        expect(second).to.deep.equal(first);
      }),
      { numRuns: 50 },
    );
  });

  it('gives a silent group no leaders, and only consent tallies concerns and objections', () => {
    const result = parityTally([{ group: 'community', marks: { A: 1 } }], {
      method: 'approval',
      options: AB,
    });
    expect(result.groups[0].leaders).to.deep.equal(['A']);
    expect(result.groups[1].silent).to.be.true;
    expect(result.groups[1].leaders).to.deep.equal([]);
    for (const group of result.groups) {
      for (const option of group.options) {
        expect(option).to.not.have.property('concerns');
        expect(option).to.not.have.property('objections');
      }
    }
    expect(result.ranking.every((entry) => entry.concerns.length === 0)).to.be.true;
  });
});
