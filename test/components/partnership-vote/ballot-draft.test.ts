import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkDraft,
  choose,
  chooseGroup,
  draftFromBallot,
  draftToBallot,
  dotsSpent,
  emptyDraft,
  isBlank,
  mark,
  markConsent,
  REASON_MAX,
  stepDots,
  writeReason,
  type BallotDraft,
} from '../../../src/components/partnership-vote/ballot-draft.js';
import { validateBallot, type TallyConfig, type VoteMethod } from '../../../src/core/parity.js';

describe('ballot drafts', () => {
  const config = (method: VoteMethod): TallyConfig => ({
    method,
    options: ['A', 'B', 'C'],
    dots: 3,
    maxScore: 5,
  });

  const checks: [string, VoteMethod, BallotDraft, boolean, string[]][] = [
    ['single: nothing chosen', 'single', emptyDraft(), false, ['vote.error.single']],
    ['single: one chosen', 'single', choose(emptyDraft(), 'B'), false, []],
    ['group asked and missing', 'single', choose(emptyDraft(), 'B'), true, ['group.required']],
    ['group given', 'single', chooseGroup(choose(emptyDraft(), 'B'), 'community'), true, []],
    [
      'approval: all unticked',
      'approval',
      mark(mark(emptyDraft(), 'A', 1), 'A', 0),
      false,
      ['vote.error.approval'],
    ],
    ['score: nothing scored', 'score', emptyDraft(), false, ['vote.error.score']],
    ['score: a deliberate 0', 'score', mark(emptyDraft(), 'A', 0), false, []],
    ['dots: none placed', 'dots', emptyDraft(), false, ['vote.error.dots']],
    ['consent: nothing marked', 'consent', emptyDraft(), false, ['vote.error.consent']],
    [
      'consent: an objection without a reason',
      'consent',
      writeReason(markConsent(emptyDraft(), 'B', 'object'), 'B', '   '),
      false,
      ['vote.error.reason-needed'],
    ],
    [
      'consent: concerns without a reason',
      'consent',
      markConsent(emptyDraft(), 'B', 'concerns'),
      false,
      [],
    ],
    [
      'consent: a reason too long',
      'consent',
      writeReason(markConsent(emptyDraft(), 'A', 'concerns'), 'A', 'x'.repeat(REASON_MAX + 1)),
      false,
      ['vote.error.reason-long'],
    ],
    [
      'marks for options no longer on the ballot',
      'approval',
      mark(emptyDraft(), 'Z', 1),
      false,
      ['vote.error.approval'],
    ],
  ];
  for (const [name, method, draft, needsGroup, keys] of checks) {
    it(`checks a draft: ${name}`, () => {
      expect(checkDraft(draft, config(method), needsGroup).map((e) => e.key)).to.deep.equal(keys);
    });
  }

  const ballots: [string, VoteMethod, BallotDraft, object][] = [
    ['single', 'single', choose(choose(emptyDraft(), 'A'), 'C'), { group: 'g', marks: { C: 1 } }],
    [
      'approval drops unticked',
      'approval',
      mark(mark(emptyDraft(), 'A', 1), 'B', 0),
      { group: 'g', marks: { A: 1 } },
    ],
    [
      'score keeps a 0',
      'score',
      mark(mark(emptyDraft(), 'A', 0), 'B', 4),
      { group: 'g', marks: { A: 0, B: 4 } },
    ],
    [
      'dots',
      'dots',
      stepDots(stepDots(emptyDraft(), 'B', 1, 3), 'B', 1, 3),
      { group: 'g', marks: { B: 2 } },
    ],
    [
      'consent keeps reasons for concerns and objections only',
      'consent',
      writeReason(
        writeReason(
          markConsent(markConsent(emptyDraft(), 'A', 'agree'), 'B', 'object'),
          'A',
          'typed, then agreed',
        ),
        'B',
        '  Too far  ',
      ),
      { group: 'g', consent: { A: 'agree', B: 'object' }, reasons: { B: 'Too far' } },
    ],
    [
      'forgets options no longer on the ballot',
      'approval',
      mark(mark(emptyDraft(), 'Z', 1), 'A', 1),
      { group: 'g', marks: { A: 1 } },
    ],
  ];
  for (const [name, method, draft, expected] of ballots) {
    it(`makes a ballot: ${name}`, () => {
      const made = draftToBallot(draft, config(method), 'g');
      expect(made).to.deep.equal(expected);
      expect(validateBallot(made, { ...config(method), groups: [{ id: 'g' }] })).to.equal(
        undefined,
      );
    });
  }

  it('goes back onto the form from a saved ballot', () => {
    const draft = draftFromBallot({ group: 'g', consent: { A: 'object' }, reasons: { A: 'No' } });
    expect(draft).to.deep.equal({
      group: 'g',
      marks: {},
      consent: { A: 'object' },
      reasons: { A: 'No' },
      ranking: [],
      grades: {},
    });
    expect(isBlank(draft)).to.be.false;
    expect(isBlank(emptyDraft())).to.be.true;
    expect(isBlank(mark(emptyDraft(), 'A', 0))).to.be.true;
  });

  it('never spends more dots than there are, nor goes below 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.constantFrom<1 | -1>(1, -1))),
        (dots, steps) => {
          let draft = emptyDraft();
          for (const [option, step] of steps) draft = stepDots(draft, option, step, dots);
          expect(dotsSpent(draft)).to.be.within(0, dots);
          expect(Object.values(draft.marks).every((value) => value >= 0)).to.be.true;
        },
      ),
    );
  });

  it('casts only ballots the tally counts: a draft that passes its checks is valid (property)', () => {
    const methods: VoteMethod[] = ['single', 'approval', 'score', 'consent', 'dots'];
    const option = fc.constantFrom('A', 'B', 'C', 'Z');
    const action = fc.oneof(
      option.map((o) => (d: BallotDraft) => choose(d, o)),
      fc.tuple(option, fc.integer({ min: 0, max: 6 })).map(
        ([o, v]) =>
          (d: BallotDraft) =>
            mark(d, o, v),
      ),
      fc.tuple(option, fc.constantFrom<1 | -1>(1, -1)).map(
        ([o, s]) =>
          (d: BallotDraft) =>
            stepDots(d, o, s, 3),
      ),
      fc
        .tuple(option, fc.constantFrom('agree' as const, 'concerns' as const, 'object' as const))
        .map(
          ([o, m]) =>
            (d: BallotDraft) =>
              markConsent(d, o, m),
        ),
      fc.tuple(option, fc.string({ maxLength: 5 })).map(
        ([o, r]) =>
          (d: BallotDraft) =>
            writeReason(d, o, r),
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...methods),
        fc.array(action, { maxLength: 12 }),
        (method, actions) => {
          const draft = actions.reduce((d, act) => act(d), emptyDraft());
          // Approval and score marks come from checkboxes (0/1) and radios (0..max) on the form.
          const above = (most: number) => Object.values(draft.marks).some((v) => v > most);
          if ((method === 'single' || method === 'approval') && above(1)) return;
          if (method === 'score' && above(5)) return;
          if (method === 'dots' && dotsSpent(draft) > 3) return;
          if (checkDraft(draft, config(method), false).length > 0) return;
          const ballot = draftToBallot(draft, config(method), 'community');
          expect(validateBallot(ballot, config(method))).to.equal(undefined);
        },
      ),
    );
  });
});
