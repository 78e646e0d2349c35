// Each method's own count (parity-marks.ts, parity-consent.ts, parity-ranked.ts,
// parity-grades.ts), which an element imports alone, must give what `parityTally` gives for
// that method: the same result on any ballots, good or bad, and the same verdict on each ballot.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkBallot, type MethodRules } from '../../src/core/parity-ballots.js';
import { consentRules } from '../../src/core/parity-consent.js';
import { gradesRules } from '../../src/core/parity-grades.js';
import { marksRules, tallyMarks } from '../../src/core/parity-marks.js';
import { rankedRules } from '../../src/core/parity-ranked.js';
import { tallyWith } from '../../src/core/parity-tally.js';
import {
  parityTally,
  validateBallot,
  type Ballot,
  type TallyConfig,
  type TallyResult,
  type VoteMethod,
} from '../../src/core/parity.js';

const options = ['A', 'B', 'C', 'D'];
const groups = [
  { id: 'community', weight: 2 },
  { id: 'professional', weight: 1 },
  { id: 'carers', weight: 0.5 },
];

type Tally = (ballots: readonly Ballot[], config: TallyConfig) => TallyResult;
/** A method's own count, as the vote makes it with the rules it loaded (vote-methods.ts). */
const countBy =
  (rules: MethodRules): Tally =>
  (ballots, config) =>
    tallyWith(rules, ballots, config);
const counts: [VoteMethod, Tally, MethodRules][] = [
  ['single', tallyMarks, marksRules],
  ['approval', tallyMarks, marksRules],
  ['score', tallyMarks, marksRules],
  ['dots', tallyMarks, marksRules],
  ['consent', countBy(consentRules), consentRules],
  ['ranked', countBy(rankedRules), rankedRules],
  ['grades', countBy(gradesRules), gradesRules],
];

// Small numbers, mostly good, so that counted ballots, ties and every refusal all turn up.
const option = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...options) }, fc.constant('Z'));
const numbers = fc.dictionary(
  option,
  fc.oneof(
    // 0 and 1 most, as single-choice and approval ballots need.
    { weight: 6, arbitrary: fc.constantFrom(0, 1) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 4 }) },
    fc.constantFrom(-1, 1.5),
  ),
  { minKeys: 1, maxKeys: 4 },
);
const consent = fc.dictionary(
  option,
  fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom('agree', 'concerns', 'object') },
    fc.constant(7),
  ),
  { maxKeys: 4 },
);
const reasons = fc.option(fc.dictionary(option, fc.constantFrom('', ' cost ', 'access', 3)), {
  nil: undefined,
});
const group = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom('community', 'professional', 'carers') },
  fc.constant('visitors'),
);
const kinds = {
  marks: fc.record({ group, marks: numbers }),
  consent: fc.record({ group, consent, reasons }),
  ranks: fc.record({ group, ranks: numbers }),
  grades: fc.record({ group, grades: numbers }),
};
// Two kinds of marks on one ballot, which every method refuses.
const mixed = fc.record({ group, marks: numbers, consent, ranks: numbers });

/** Mostly ballots of the method's own kind; some of another kind, some mixed, some not objects. */
function ballotFor(field: MethodRules['field']): fc.Arbitrary<Ballot> {
  return fc.oneof(
    { weight: 12, arbitrary: kinds[field] },
    { weight: 3, arbitrary: fc.oneof(...Object.values(kinds)) },
    { weight: 1, arbitrary: mixed },
    { weight: 1, arbitrary: fc.constantFrom(null, [], 'A') },
  ) as fc.Arbitrary<Ballot>;
}

function config(method: VoteMethod): fc.Arbitrary<TallyConfig> {
  return fc.record({
    method: fc.constant(method),
    options: fc.constant(options),
    groups: fc.subarray(groups, { minLength: 1 }),
    maxScore: fc.integer({ min: 1, max: 5 }),
    dots: fc.integer({ min: 1, max: 6 }),
    quorum: fc.integer({ min: 0, max: 3 }),
    rule: fc.constantFrom('plurality', 'double-majority'),
    count: fc.constantFrom('instant-runoff', 'borda'),
    scale: fc.integer({ min: 2, max: 6 }),
  }) as fc.Arbitrary<TallyConfig>;
}

describe("each method's own count", () => {
  for (const [method, tally, rules] of counts) {
    it(`gives what parityTally gives for ${method}, on any ballots`, () => {
      let counted = 0;
      const ballots = fc.array(ballotFor(rules.field), { maxLength: 25, size: 'medium' });
      fc.assert(
        fc.property(config(method), ballots, (settings, some) => {
          const result = tally(some, settings);
          // JSON, as the result is stored and sent: the same keys in the same order too.
          expect(JSON.stringify(result)).to.equal(JSON.stringify(parityTally(some, settings)));
          counted += result.turnout;
        }),
        { numRuns: 150 },
      );
      // Not only refusals were compared. Ranked ballots are refused most often, and a run may
      // count fewer than a hundred in all (94 once): the bar is that ballots were counted at
      // all, many times over, not a figure near what a run happens to draw.
      expect(counted).to.be.greaterThan(20);
    });

    it(`refuses a ${method} ballot exactly as validateBallot does`, () => {
      fc.assert(
        fc.property(config(method), ballotFor(rules.field), (settings, one) => {
          expect(checkBallot(rules, one, settings)).to.equal(validateBallot(one, settings));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('counts some ballots in each method, so the comparison is not only of refusals', () => {
    const counted = counts.map(
      ([method, tally]) =>
        tally(
          [
            { group: 'community', marks: { A: 1 } },
            { group: 'community', consent: { A: 'agree' } },
            { group: 'community', ranks: { A: 1, B: 2 } },
            { group: 'community', grades: { A: 0 } },
          ],
          { method, options },
        ).turnout,
    );
    expect(counted).to.deep.equal([1, 1, 1, 1, 1, 1, 1]);
  });

  it('will not count another method: the config is the page’s mistake, said in an Error', () => {
    expect(() => tallyMarks([], { method: 'ranked', options })).to.throw(
      Error,
      '"ranked" is not counted by the single, approval, score, dots count',
    );
    expect(() => tallyWith(rankedRules, [], { method: 'dots', options })).to.throw(Error, '"dots"');
    expect(() =>
      checkBallot(gradesRules, { group: 'community' }, { method: 'consent', options }),
    ).to.throw(Error, '"consent"');
  });
});
