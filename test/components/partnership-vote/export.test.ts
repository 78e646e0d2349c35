import { expect } from '@open-wc/testing';
import { barLength } from '../../../src/components/partnership-vote/results-chart.js';
import { meanScore } from '../../../src/components/partnership-vote/results-table.js';
import { ballotRows, resultRows } from '../../../src/components/partnership-vote/vote-export.js';
import { parityTally } from '../../../src/core/parity.js';

const T0 = new Date('2026-03-01T10:00:00.000Z');

describe('vote exports', () => {
  const words = {
    word: (key: string, params: Record<string, string> = {}) =>
      `${key}${Object.values(params)
        .map((value) => `(${value})`)
        .join('')}`,
    groupLabel: (id: string) => id.toUpperCase(),
    optionLabel: (id: string) => `option ${id}`,
  };
  const at = T0.toISOString();
  const stored = (id: string, rest: object) => ({
    id,
    participant: id,
    castAt: at,
    updatedAt: at,
    group: 'community',
    ...rest,
  });

  it('writes one row per ballot with marks, leaving unmarked options at 0', () => {
    const rows = ballotRows([stored('1', { marks: { B: 2 } })], 'dots', ['A', 'B'], words);
    expect(rows).to.deep.equal([
      [
        'vote.export.cast-at',
        'vote.export.changed-at',
        'vote.export.group',
        'option A',
        'option B',
      ],
      [at, at, 'COMMUNITY', 0, 2],
    ]);
  });

  it('writes consent marks in words, with a reason column per option', () => {
    const rows = ballotRows(
      [stored('1', { consent: { A: 'object' }, reasons: { A: 'Too far' } })],
      'consent',
      ['A', 'B'],
      words,
    );
    expect(rows[0].slice(5)).to.deep.equal([
      'vote.export.reason(option A)',
      'vote.export.reason(option B)',
    ]);
    expect(rows[1].slice(3)).to.deep.equal(['vote.consent.object', '', 'Too far', '']);
  });

  it('writes the results the tally gives, with turnout last', () => {
    const result = parityTally(
      [
        { group: 'community', consent: { A: 'agree', B: 'object' } },
        { group: 'community', consent: { A: 'concerns', B: 'agree' } },
      ],
      { method: 'consent', options: ['A', 'B'] },
    );
    const rows = resultRows(result, words);
    const header = rows[0] as string[];
    const a = rows[1];
    expect(a[0]).to.equal('option A');
    expect(a[header.indexOf('vote.export.support(COMMUNITY)')]).to.equal(1);
    expect(a[header.indexOf('vote.export.share(COMMUNITY)')]).to.equal(50);
    expect(a[header.indexOf('vote.export.concerns(COMMUNITY)')]).to.equal(1);
    expect(a[header.indexOf('vote.export.share(PROFESSIONAL)')]).to.equal(''); // silent group
    expect(rows[2][header.indexOf('vote.export.blocked')]).to.equal('vote.export.yes');
    expect(a[header.indexOf('vote.export.parity-share')]).to.equal(0.5);
    expect(rows.at(-1)).to.deep.equal(['vote.export.ballots', 2, '', '', '', 0, '', '', '', 2]);
  });
});

describe('results pieces', () => {
  const lengths: [number, number][] = [
    [-5, 0],
    [0, 0],
    [42, 42],
    [100, 100],
    [130, 100],
  ];
  for (const [percent, length] of lengths) {
    it(`draws a bar for ${percent}% as ${length}% of its track`, () => {
      expect(barLength(percent)).to.equal(length);
    });
  }

  it('gives the mean score to one decimal place, halves rounded up', () => {
    expect(meanScore(7, 2)).to.equal(3.5);
    expect(meanScore(10, 3)).to.equal(3.3);
    expect(meanScore(1, 8)).to.equal(0.1); // 0.125 → 0.1
    expect(meanScore(3, 8)).to.equal(0.4); // 0.375 → 0.4
    expect(meanScore(5, 0)).to.equal(0);
  });
});
