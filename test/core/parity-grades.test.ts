import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { explainTally } from '../../src/core/parity-explain.js';
import { compareMajorityValues, medianOf } from '../../src/core/parity-grades.js';
import {
  parityTally,
  validateBallot,
  type Ballot,
  type TallyConfig,
} from '../../src/core/parity.js';

const AB = ['A', 'B'];
const grades: TallyConfig = { method: 'grades', options: AB };

const graded = (group: string, marks: Record<string, number>, times = 1): Ballot[] =>
  Array.from({ length: times }, () => ({ group, grades: marks }));

/** The lower median of a list of grades (0 the best): sorted best first, position ⌊n/2⌋. */
const sortedMedian = (list: readonly number[]) =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

describe('parityTally, grades (majority judgment)', () => {
  it('takes the parity-weighted median: a group of 2 weighs as much as a group of 10', () => {
    const result = parityTally(
      [...graded('community', { A: 0, B: 3 }, 10), ...graded('professional', { A: 4, B: 1 }, 2)],
      grades,
    );
    const [a, b] = result.grades ?? [];
    // A: half the weight says Very good, half Reject: the lower median is Reject.
    expect(a.median).to.equal(4);
    expect(a.distribution.map((share) => share.exact)).to.deep.equal(['1/2', '0', '0', '0', '1/2']);
    expect(a.better.exact).to.equal('1/2');
    expect(a.worse.exact).to.equal('0');
    // B: half Good, half Poor: the lower median is Poor.
    expect(b.median).to.equal(3);
    expect(a.groups).to.deep.equal([
      { group: 'community', counts: [10, 0, 0, 0, 0] },
      { group: 'professional', counts: [0, 0, 0, 0, 2] },
    ]);
    expect(result.winners).to.deep.equal(['B']);
    expect(result.ranking[0].score.exact).to.equal('1');
    expect(result.scale).to.equal(5);
  });

  it('counts an ungraded option as the worst grade', () => {
    const result = parityTally(graded('community', { A: 1 }, 3), grades);
    expect(result.grades?.[1].median).to.equal(4);
    expect(result.winners).to.deep.equal(['A']);
  });

  it('separates the same median by the majority-judgment rule', () => {
    // Both have median Good; A's other grades lean better (Very good), B's worse (Fair).
    const result = parityTally(
      [
        ...graded('community', { A: 0, B: 1 }),
        ...graded('community', { A: 1, B: 1 }),
        ...graded('community', { A: 1, B: 2 }),
      ],
      grades,
    );
    expect(result.grades?.map((entry) => entry.median)).to.deep.equal([1, 1]);
    expect(result.winners).to.deep.equal(['A']);
    expect(result.tieBreak).to.equal('majority-value');
    expect(result.decided).to.equal(true);
  });

  it('ties only options graded exactly alike', () => {
    const result = parityTally(graded('community', { A: 2, B: 2 }, 2), grades);
    expect(result.winners).to.deep.equal(['A', 'B']);
    expect(result.undecidedReason).to.equal('tie');
  });

  it('rejects a grade outside the scale, an unknown option, marks, no grades', () => {
    const cases: [Ballot, string][] = [
      [{ group: 'community', grades: { A: 5 } }, 'grade-outside-scale'],
      [{ group: 'community', grades: { A: -1 } }, 'grade-outside-scale'],
      [{ group: 'community', grades: { A: 0.5 } }, 'grade-outside-scale'],
      [{ group: 'community', grades: { Z: 0 } }, 'unknown-option'],
      [{ group: 'community', grades: {} }, 'empty'],
      [{ group: 'community', ranks: { A: 1 } }, 'wrong-method'],
    ];
    for (const [ballot, problem] of cases) expect(validateBallot(ballot, grades)).to.equal(problem);
    expect(
      validateBallot(
        { group: 'community', grades: { A: 2 } },
        { ...grades, scale: 3, groups: [{ id: 'community' }] },
      ),
    ).to.equal(undefined);
    expect(
      validateBallot(
        { group: 'community', grades: { A: 3 } },
        { ...grades, scale: 3, groups: [{ id: 'community' }] },
      ),
    ).to.equal('grade-outside-scale');
  });

  it('refuses a scale that is not 2 to 10 grades', () => {
    expect(() => parityTally([], { ...grades, scale: 1 })).to.throw(
      'scale must be a whole number from 2 to 10',
    );
  });

  it('the median equals the sorted-list median (one group)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 40 }),
        (list) => {
          const result = parityTally(
            list.map((grade) => ({ group: 'community', grades: { A: grade, B: 0 } })),
            grades,
          );
          expect(result.grades?.[0].median).to.equal(sortedMedian(list));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the parity median equals the sorted-list median with each ballot repeated by its weight', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }),
        (community, professional) => {
          const ballots = [
            ...community.map((grade) => ({ group: 'community', grades: { A: grade } })),
            ...professional.map((grade) => ({ group: 'professional', grades: { A: grade } })),
          ];
          // Each group weighs 1/2: a community ballot as many voices as there are
          // professional ballots, and the other way round.
          const voices = [
            ...community.flatMap((grade) => Array<number>(professional.length).fill(grade)),
            ...professional.flatMap((grade) => Array<number>(community.length).fill(grade)),
          ];
          const result = parityTally(ballots, grades);
          expect(result.grades?.[0].median).to.equal(sortedMedian(voices));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('doubling every ballot of one group changes no median and no ranking', () => {
    const gradesArb = fc.array(
      fc.record({ A: fc.integer({ min: 0, max: 4 }), B: fc.integer({ min: 0, max: 4 }) }),
      { minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(gradesArb, gradesArb, (community, professional) => {
        const once = [
          ...community.map((marks) => ({ group: 'community', grades: marks })),
          ...professional.map((marks) => ({ group: 'professional', grades: marks })),
        ];
        const twice = [
          ...once,
          ...community.map((marks) => ({ group: 'community', grades: marks })),
        ];
        const a = parityTally(once, grades);
        const b = parityTally(twice, grades);
        expect(b.grades?.map((entry) => entry.median)).to.deep.equal(
          a.grades?.map((entry) => entry.median),
        );
        expect(b.ranking.map((entry) => [entry.option, entry.rank])).to.deep.equal(
          a.ranking.map((entry) => [entry.option, entry.rank]),
        );
        expect(b.winners).to.deep.equal(a.winners);
      }),
      { numRuns: 300 },
    );
  });

  it('compares majority values as removing median grades one at a time does', () => {
    /** The majority value the long way: the medians as they are taken away one by one. */
    const majorityValue = (list: number[]) => {
      const sorted = [...list].sort((a, b) => a - b);
      const value: number[] = [];
      while (sorted.length > 0) value.push(...sorted.splice(Math.floor(sorted.length / 2), 1));
      return value;
    };
    const spreadOf = (list: number[]) =>
      [0, 1, 2, 3, 4].map((grade) => BigInt(list.filter((entry) => entry === grade).length));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 15 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
              fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
            ),
          ),
        ([a, b]) => {
          const x = majorityValue(a);
          const y = majorityValue(b);
          const at = x.findIndex((grade, index) => grade !== y[index]);
          const expected = at < 0 ? 0 : Math.sign(x[at] - y[at]);
          const total = BigInt(a.length);
          expect(Math.sign(compareMajorityValues(spreadOf(a), spreadOf(b), total))).to.equal(
            expected,
          );
          expect(medianOf(spreadOf(a), total)).to.equal(sortedMedian(a));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('explainTally, grades', () => {
  const ballots = [
    ...graded('community', { A: 0, B: 1 }),
    ...graded('community', { A: 1, B: 1 }),
    ...graded('community', { A: 1, B: 2 }),
  ];
  const say = (lang: 'en' | 'cy') =>
    explainTally(parityTally(ballots, { ...grades, groups: [{ id: 'community' }] }), {
      lang,
      groupName: (id) => id,
      optionName: (id) => id,
    });

  it('says each middle grade and the majority judgment rule, in English and Welsh', () => {
    expect(say('en')).to.deep.equal([
      'Each option’s result is its middle grade (the median), with each group counting for its share.',
      'A: the middle grade is “Good”; 100% graded it “Good” or better.',
      'B: the middle grade is “Good”; 67% graded it “Good” or better.',
      'A and B have the same middle grade, so, by the majority judgment rule, middle grades are set aside one at a time until they differ: A comes first.',
      'A wins.',
    ]);
    expect(say('cy')[1]).to.equal('A: y radd ganol yw “Da”; rhoddodd 100% “Da” neu well.');
  });

  it('names grades by number on a scale other than 5', () => {
    const text = explainTally(
      parityTally(graded('community', { A: 0, B: 2 }), {
        ...grades,
        scale: 3,
        groups: [{ id: 'community' }],
      }),
      {
        lang: 'en',
        groupName: (id) => id,
        optionName: (id) => id,
      },
    );
    expect(text[1]).to.equal(
      'A: the middle grade is “grade 1”; 100% graded it “grade 1” or better.',
    );
  });
});
