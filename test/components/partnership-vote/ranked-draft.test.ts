import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkDraft,
  draftFromBallot,
  draftToBallot,
  emptyDraft,
  grade,
} from '../../../src/components/partnership-vote/ballot-draft.js';
import { rankingOf, ranksOf } from '../../../src/components/partnership-vote/ranked-draft.js';
import { moveDown, moveUp, rankAt } from '../../../src/components/partnership-vote/ranked-moves.js';
import { readSettings } from '../../../src/components/partnership-vote/vote-settings.js';
import { defaultGroups } from '../../../src/core/groups.js';
import { validateBallot } from '../../../src/core/parity.js';

const ABCD = ['A', 'B', 'C', 'D'];

describe('ranking on the ballot form', () => {
  it('moves up and down, ranking and unranking at the ends', () => {
    expect(moveUp([], 'C')).to.deep.equal({ ranking: ['C'], position: 1 });
    expect(moveUp(['C'], 'A')).to.deep.equal({ ranking: ['C', 'A'], position: 2 });
    expect(moveUp(['C', 'A'], 'A')).to.deep.equal({ ranking: ['A', 'C'], position: 1 });
    expect(moveUp(['A', 'C'], 'A')).to.deep.equal({ ranking: ['A', 'C'], position: 1 });
    expect(moveDown(['A', 'C'], 'A')).to.deep.equal({ ranking: ['C', 'A'], position: 2 });
    expect(moveDown(['C', 'A'], 'A')).to.deep.equal({ ranking: ['C'], position: 0 });
    expect(moveDown(['C'], 'B')).to.deep.equal({ ranking: ['C'], position: 0 });
    expect(rankAt(['A', 'B', 'C'], 'C', 1)).to.deep.equal({
      ranking: ['C', 'A', 'B'],
      position: 1,
    });
    expect(rankAt(['A'], 'B', 9)).to.deep.equal({ ranking: ['A', 'B'], position: 2 });
    expect(rankAt(['A', 'B'], 'A', 0)).to.deep.equal({ ranking: ['B'], position: 0 });
  });

  it('never repeats an option, and every ranking is a ballot the tally accepts (property)', () => {
    const step = fc.tuple(
      fc.constantFrom('up', 'down', 'at'),
      fc.constantFrom(...ABCD),
      fc.integer({ min: 0, max: 5 }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let ranking: string[] = [];
        for (const [kind, option, position] of steps) {
          const moved =
            kind === 'up'
              ? moveUp(ranking, option)
              : kind === 'down'
                ? moveDown(ranking, option)
                : rankAt(ranking, option, position);
          ranking = moved.ranking;
          expect(moved.position).to.equal(ranking.indexOf(option) + 1);
        }
        expect(new Set(ranking).size).to.equal(ranking.length);
        expect(rankingOf(ranksOf(ranking))).to.deep.equal(ranking);
        const config = { method: 'ranked' as const, options: ABCD };
        const ballot = draftToBallot({ ...emptyDraft(), ranking }, config, 'community');
        const problem = validateBallot(ballot, config);
        expect(problem).to.equal(ranking.length === 0 ? 'empty' : undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('casts a ranking and grades as the tally reads them, and reads them back', () => {
    const ranked = draftToBallot(
      { ...emptyDraft(), ranking: ['B', 'gone', 'A'] },
      { method: 'ranked', options: ABCD },
      'g',
    );
    // An option the page no longer has is left out, and the positions close up.
    expect(ranked).to.deep.equal({ group: 'g', ranks: { B: 1, A: 2 } });
    expect(draftFromBallot(ranked).ranking).to.deep.equal(['B', 'A']);
    const graded = draftToBallot(
      grade(emptyDraft(), 'A', 3),
      { method: 'grades', options: ABCD },
      'g',
    );
    expect(graded).to.deep.equal({ group: 'g', grades: { A: 3 } });
  });

  it('asks for at least one ranked option, and a grade for every option', () => {
    expect(checkDraft(emptyDraft(), { method: 'ranked', options: ABCD }, false)).to.deep.equal([
      { field: 'options', key: 'vote.error.ranked' },
    ]);
    const errors = checkDraft(
      grade(emptyDraft(), 'B', 0),
      { method: 'grades', options: ['A', 'B', 'C'] },
      false,
    );
    expect(errors.map((error) => error.field)).to.deep.equal(['grade:A', 'grade:C']);
  });

  it('reads the count setting, and reports an unknown one', () => {
    const input = {
      method: 'ranked',
      rule: 'plurality',
      results: 'always',
      dots: 3,
      maxScore: 5,
      groups: defaultGroups,
      options: [{ id: 'A' }],
    };
    expect(readSettings({ ...input, count: 'borda' }).config.count).to.equal('borda');
    const wrong = readSettings({ ...input, count: 'condorcet' });
    expect(wrong.config.count).to.equal('instant-runoff');
    expect(wrong.problems).to.deep.equal([
      { name: 'count', detail: '"condorcet" is not one of instant-runoff, borda' },
    ]);
  });
});
