import { expect } from '@open-wc/testing';
import {
  castBallot,
  emptyVote,
  parseVoteData,
} from '../../../src/components/partnership-vote/model.js';
import { checkRecordData } from '../../../src/core/kinds/index.js';

const T0 = new Date('2026-03-01T10:00:00.000Z');

describe('vote data: ranked and graded ballots', () => {
  it('keeps a ranking and grades through a save and a parse', () => {
    const ranked = castBallot(
      emptyVote(),
      { group: 'community', ranks: { A: 2, B: 1 } },
      { id: 'b1', participant: 'p' },
      T0,
    );
    const graded = castBallot(
      ranked,
      { group: 'professional', grades: { A: 0, B: 4 } },
      { id: 'b2', participant: 'q' },
      T0,
    );
    const copy = JSON.parse(JSON.stringify(graded));
    expect(parseVoteData(copy)).to.deep.equal(graded);
    expect(parseVoteData(copy).ballots.b1).to.deep.include({ ranks: { A: 2, B: 1 } });
    expect(parseVoteData(copy).ballots.b2).to.deep.include({ grades: { A: 0, B: 4 } });
  });

  it('refuses a rank below 1 and a grade below 0, on load and on import', async () => {
    const withBallot = (extra: object) => ({
      ...emptyVote(),
      ballots: {
        b1: {
          id: 'b1',
          participant: 'p',
          group: 'community',
          castAt: T0.toISOString(),
          updatedAt: T0.toISOString(),
          ...extra,
        },
      },
    });
    expect(() => parseVoteData(withBallot({ ranks: { A: 0 } }))).to.throw(/ranks/);
    expect(() => parseVoteData(withBallot({ grades: { A: -1 } }))).to.throw(/grades/);
    expect(() => parseVoteData(withBallot({ ranks: { A: 1.5 } }))).to.throw(/ranks/);
    expect(await checkRecordData('partnership-vote', withBallot({ ranks: { A: 1 } }))).to.equal(
      undefined,
    );
    expect(
      await checkRecordData('partnership-vote', withBallot({ grades: { A: 'Good' } })),
    ).to.match(/grades/);
  });
});
