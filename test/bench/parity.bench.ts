import { expect } from '@open-wc/testing';
import { parityTally, type Ballot, type TallyConfig } from '../../src/core/parity.js';
import { measure, report } from './harness.js';

const BALLOTS = 100_000;
const options = Array.from({ length: 10 }, (_, index) => `option-${index}`);

/** mulberry32: a tiny seeded generator, so every run counts exactly the same ballots. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

// Four in five ballots from the community, as at a typical public meeting.
function makeBallots(marksFor: (random: () => number) => Record<string, number>): Ballot[] {
  const random = seededRandom(2026);
  return Array.from({ length: BALLOTS }, () => ({
    group: random() < 0.8 ? 'community' : 'professional',
    marks: marksFor(random),
  }));
}

const pick = (random: () => number) => options[Math.floor(random() * options.length)];

describe('parity tally benchmark', () => {
  it('counts 100,000 ballots × 10 options', async () => {
    const singles = makeBallots((random) => ({ [pick(random)]: 1 }));
    const dots = makeBallots((random) => {
      const marks: Record<string, number> = {};
      for (let dot = 0; dot < 3; dot += 1) {
        const option = pick(random);
        marks[option] = (marks[option] ?? 0) + 1;
      }
      return marks;
    });
    const single: TallyConfig = { method: 'single', options };
    const dotsConfig: TallyConfig = { method: 'dots', options, dots: 3 };

    // The floor: one pass that only counts heads, with no groups, checks or fractions.
    const countHeads = () => {
      const counts = new Map<string, number>();
      for (const ballot of singles) {
        for (const option in ballot.marks) counts.set(option, (counts.get(option) ?? 0) + 1);
      }
      return counts;
    };

    const rows = [
      await measure('baseline: count heads in one loop', countHeads),
      await measure('parityTally, single choice', () => parityTally(singles, single)),
      await measure('parityTally, dots (3 each)', () => parityTally(dots, dotsConfig)),
    ];
    report(
      `parityTally: ${BALLOTS.toLocaleString('en')} ballots × ${options.length} options`,
      rows,
      [
        `single: ${parityTally(singles, single).rejectedBallots.length} rejected; dots: ${parityTally(dots, dotsConfig).rejectedBallots.length} rejected`,
      ],
    );
    // Not a timing assertion: it proves the benchmark counted what it meant to.
    expect(parityTally(dots, dotsConfig).turnout).to.equal(BALLOTS);
  });
});
