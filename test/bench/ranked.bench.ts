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

/**
 * Four in five ballots from the community; each ranks 3 to 10 options in a random order with a
 * slight lean towards the first options, so no option has a majority until the last rounds.
 */
function makeBallots(): Ballot[] {
  const random = seededRandom(2026);
  return Array.from({ length: BALLOTS }, () => {
    const keys = options.map((_, index) => random() + index * 0.03);
    const order = options
      .map((option, index) => ({ option, key: keys[index] }))
      .sort((a, b) => a.key - b.key)
      .map((entry) => entry.option);
    const length = 3 + Math.floor(random() * 8);
    return {
      group: random() < 0.8 ? 'community' : 'professional',
      ranks: Object.fromEntries(order.slice(0, length).map((option, index) => [option, index + 1])),
    };
  });
}

/**
 * The baseline: a plain instant-runoff on head counts, no groups, no checks, no fractions.
 * It reads each ranking into a preference list once, as any count must, then recounts the
 * continuing options' top preferences every round.
 */
function plainRunoff(ballots: readonly Ballot[]): string {
  const orders = ballots.map((ballot) =>
    Object.entries(ballot.ranks ?? {})
      .sort((a, b) => a[1] - b[1])
      .map(([option]) => option),
  );
  const continuing = new Set(options);
  for (;;) {
    const counts = new Map<string, number>();
    let live = 0;
    for (const order of orders) {
      for (const option of order) {
        if (continuing.has(option)) {
          counts.set(option, (counts.get(option) ?? 0) + 1);
          live += 1;
          break;
        }
      }
    }
    let least = '';
    for (const option of continuing) {
      const count = counts.get(option) ?? 0;
      if (count * 2 > live || continuing.size === 1) return option;
      if (least === '' || count < (counts.get(least) ?? 0)) least = option;
    }
    continuing.delete(least);
  }
}

describe('ranked parity tally benchmark', () => {
  it('counts 100,000 ranked ballots × 10 options by instant-runoff', async () => {
    const ballots = makeBallots();
    const config: TallyConfig = { method: 'ranked', options };
    const rows = [
      await measure('baseline: plain instant-runoff loop', () => plainRunoff(ballots), { runs: 7 }),
      await measure('parityTally, instant-runoff', () => parityTally(ballots, config), { runs: 7 }),
      await measure(
        'parityTally, Borda',
        () => parityTally(ballots, { ...config, count: 'borda' }),
        { runs: 7 },
      ),
    ];
    const result = parityTally(ballots, config);
    report(
      `ranked parityTally: ${BALLOTS.toLocaleString('en')} ballots × ${options.length} options`,
      rows,
      [
        `instant-runoff: ${(rows[1].median / rows[0].median).toFixed(2)}× the plain loop (goal ≤ 5×); ${result.rounds?.length} rounds; winner ${result.winners.join(', ')}; plain loop's winner ${plainRunoff(ballots)}`,
      ],
    );
    // Not a timing assertion: it proves the benchmark counted what it meant to.
    expect(result.turnout).to.equal(BALLOTS);
    expect(result.rejectedBallots).to.have.length(0);
  });
});
