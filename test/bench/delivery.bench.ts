/**
 * Matching tasks with skill offers (issue #16): 1,000 tasks × 5,000 offers, against a plain
 * loop that compares every task with every offer. The goal is an absolute one, 50 ms, for a
 * facilitator's page to stay responsive when it opens a big plan.
 */
import { expect } from '@open-wc/testing';
import { matchOffers, skillKey, type OfferForMatching } from '../../src/core/delivery.js';
import { seededRandom } from './board-data.js';
import { measure, report } from './harness.js';

const SKILLS = Array.from({ length: 40 }, (_, i) => `skill-${i}`);

function plan(tasks: number, offers: number) {
  const random = seededRandom(16);
  const some = (max: number) =>
    Array.from(
      { length: 1 + Math.floor(random() * max) },
      () => SKILLS[Math.floor(random() * SKILLS.length)],
    );
  return {
    tasks: Array.from({ length: tasks }, (_, i) => ({ id: `task-${i}`, skills: some(3) })),
    offers: Array.from({ length: offers }, (_, i): OfferForMatching => ({
      id: `offer-${i}`,
      group: random() < 0.7 ? 'community' : 'professional',
      name: `Person ${i}`,
      email: '',
      phone: '',
      skills: some(4),
      otherSkills: random() < 0.2 ? ['Baking bread'] : [],
      ways: random() < 0.5 ? ['co-delivery'] : ['co-design'],
      consentContact: random() < 0.5,
    })),
  };
}

/** The baseline: every task against every offer, counting the offers with a wanted skill. */
function plainMatch({ tasks, offers }: ReturnType<typeof plan>): number {
  const offerSkills = offers.map((o) => new Set([...o.skills, ...o.otherSkills].map(skillKey)));
  let total = 0;
  for (const task of tasks) {
    const wanted = task.skills.map(skillKey);
    for (const skills of offerSkills) if (wanted.some((s) => skills.has(s))) total += 1;
  }
  return total;
}

describe('delivery plan benchmark', () => {
  it('matches 1,000 tasks with 5,000 offers', async () => {
    const data = plan(1000, 5000);
    let counted = 0;
    for (const match of matchOffers(data.tasks, data.offers).values()) counted += match.count;
    expect(counted).to.equal(plainMatch(data));
    const options = { runs: 11, warmup: 2 };
    report(
      'matchOffers: 1,000 tasks × 5,000 offers (40 skills)',
      [
        await measure(
          'a plain loop, every task × every offer (baseline)',
          () => plainMatch(data),
          options,
        ),
        await measure(
          'matchOffers (index by skill, groups, consent)',
          () => matchOffers(data.tasks, data.offers),
          options,
        ),
      ],
      ['goal: matchOffers ≤ 50 ms'],
    );
  });
});
