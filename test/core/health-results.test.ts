import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  compareRounds,
  healthCheckResults,
  LADDER_RUNGS,
  type HealthResponseInput,
  type HealthResultsConfig,
} from '../../src/core/health-results.js';
import { DONT_KNOW, type Rating } from '../../src/core/kinds/health-check.js';

const config: HealthResultsConfig = {
  principles: [
    { id: 'power', statements: ['power-1', 'power-2'] },
    { id: 'value', statements: ['value-1'] },
  ],
};

const answers = (group: string, ratings: Record<string, Rating>, times = 1, ladder?: string) =>
  Array.from({ length: times }, (): HealthResponseInput => ({ group, ratings, ladder }));

describe('healthCheckResults', () => {
  it('combines groups by parity: 10 answers of 2 and 2 answers of 4 make 3.0, not 2.33', () => {
    const result = healthCheckResults(
      [
        ...answers('community', { 'power-1': 2 }, 10),
        ...answers('professional', { 'power-1': 4 }, 2),
      ],
      { ...config, minResponses: 2 },
    );
    const statement = result.principles[0].statements[0];
    expect(statement.combined).to.equal(3);
    expect(statement.groups.map((g) => g.mean)).to.deep.equal([2, 4]);
    expect(statement.gap).to.deep.equal({
      size: 2,
      low: { group: 'community', mean: 2 },
      high: { group: 'professional', mean: 4 },
    });
  });

  it('weighs groups by their weights, as parityTally does', () => {
    const result = healthCheckResults(
      [...answers('a', { 'value-1': 1 }, 3), ...answers('b', { 'value-1': 5 }, 3)],
      { ...config, groups: [{ id: 'a', weight: 3 }, { id: 'b' }] },
    );
    expect(result.principles[1].combined).to.equal(2);
  });

  it('counts "I don\'t know" but leaves it out of averages', () => {
    const result = healthCheckResults(
      [
        ...answers('community', { 'power-1': 4 }, 2),
        ...answers('community', { 'power-1': DONT_KNOW }, 5),
      ],
      config,
    );
    const [figure] = result.principles[0].statements[0].groups;
    expect(figure).to.include({ rated: 2, dontKnow: 5, mean: 4, spread: 0, low: 4, high: 4 });
  });

  it('shows a group only once it has min-responses responses, and leaves it out of the combined figure', () => {
    const result = healthCheckResults(
      [
        ...answers('community', { 'power-1': 1 }, 3),
        ...answers('professional', { 'power-1': 5 }, 2),
      ],
      config,
    );
    expect(result.groups).to.deep.equal([
      { group: 'community', responses: 3, shown: true, needed: 0 },
      { group: 'professional', responses: 2, shown: false, needed: 1 },
    ]);
    const statement = result.principles[0].statements[0];
    expect(statement.groups.map((g) => g.group)).to.deep.equal(['community']);
    expect(statement.combined).to.equal(1);
    expect(statement.gap).to.equal(undefined);
    expect(JSON.stringify(result)).not.to.include('"mean":5');
  });

  it('pools a principle over its statements, with spread and range', () => {
    const result = healthCheckResults(
      [
        ...answers('community', { 'power-1': 1, 'power-2': 3 }, 2),
        ...answers('community', { 'power-1': 5, 'power-2': DONT_KNOW }, 2),
      ],
      config,
    );
    const [figure] = result.principles[0].groups;
    expect(figure).to.include({ rated: 6, dontKnow: 2, mean: 3, low: 1, high: 5 });
    expect(figure.spread).to.be.closeTo(Math.sqrt(8 / 3), 1e-12);
  });

  it('does not count ratings off the scale, or responses of unknown groups', () => {
    const result = healthCheckResults(
      [
        ...answers('community', { 'power-1': 6 }, 1),
        ...answers('community', { 'power-1': 2.5 }, 1),
        ...answers('community', { 'power-1': 0 }, 1),
        ...answers('visitors', { 'power-1': 1 }, 4),
      ],
      config,
    );
    expect(result.responses).to.equal(3);
    expect(result.ignored).to.equal(4);
    expect(result.principles[0].statements[0].groups[0].rated).to.equal(0);
    expect(result.principles[0].statements[0].combined).to.equal(undefined);
  });

  it('puts the widest gaps first', () => {
    const result = healthCheckResults(
      [
        ...answers('community', { 'power-1': 2, 'power-2': 2, 'value-1': 3 }, 3),
        ...answers('professional', { 'power-1': 5, 'power-2': 4, 'value-1': 3 }, 3),
      ],
      config,
    );
    expect(result.statementGaps.map((s) => s.id)).to.deep.equal(['power-1', 'power-2', 'value-1']);
    expect(result.principleGaps.map((p) => p.id)).to.deep.equal(['power', 'value']);
    expect(result.principleGaps[0].gap?.size).to.equal(2.5);
  });

  it('counts the ladder by group, in rung order', () => {
    const result = healthCheckResults(
      [
        ...answers('community', {}, 2, 'consultation'),
        ...answers('community', {}, 1, 'co-production'),
        ...answers('community', {}, 1, 'a rung nobody knows'),
      ],
      config,
    );
    expect(result.ladder.rungs).to.deep.equal([...LADDER_RUNGS]);
    expect(result.ladder.groups).to.deep.equal([
      { group: 'community', answered: 3, counts: [0, 0, 0, 2, 0, 0, 1] },
    ]);
  });

  it('compares the first round with the latest, group by group', () => {
    const first = healthCheckResults(answers('community', { 'power-1': 2 }, 3), config);
    const latest = healthCheckResults(answers('community', { 'power-1': 4 }, 3), config);
    expect(compareRounds(first, latest)).to.deep.equal([
      { principle: 'power', group: 'community', first: 2, latest: 4, change: 2 },
    ]);
  });

  it('refuses a bad group weight in words', () => {
    expect(() => healthCheckResults([], { ...config, groups: [{ id: 'a', weight: -1 }] })).to.throw(
      'must be a number more than 0',
    );
  });
});

describe('healthCheckResults, properties', () => {
  const statements = ['power-1', 'power-2', 'value-1'];
  const rating = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(DONT_KNOW as Rating));
  const response = fc.record({
    group: fc.constantFrom('community', 'professional'),
    ratings: fc.dictionary(fc.constantFrom(...statements), rating),
    ladder: fc.option(fc.constantFrom(...LADDER_RUNGS), { nil: undefined }),
  });
  const responses = fc.array(response, { maxLength: 40 });
  const minResponses = fc.integer({ min: 1, max: 6 });

  it('each figure is the plain average of that group\'s ratings, "I don\'t know" counted apart', () => {
    fc.assert(
      fc.property(responses, minResponses, (list, min) => {
        const result = healthCheckResults(list, { ...config, minResponses: min });
        for (const statement of result.principles.flatMap((p) => p.statements)) {
          for (const figure of statement.groups) {
            const own = list.filter((r) => r.group === figure.group);
            const values = own
              .map((r) => r.ratings[statement.id])
              .filter((v): v is number => typeof v === 'number');
            const dontKnow = own.filter((r) => r.ratings[statement.id] === DONT_KNOW).length;
            expect(figure.rated).to.equal(values.length);
            expect(figure.dontKnow).to.equal(dontKnow);
            if (values.length > 0) {
              const mean = values.reduce((a, b) => a + b, 0) / values.length;
              expect(figure.mean).to.be.closeTo(mean, 1e-9);
              expect(figure.low).to.equal(Math.min(...values));
              expect(figure.high).to.equal(Math.max(...values));
            } else expect(figure.mean).to.equal(undefined);
          }
        }
      }),
    );
  });

  it('never shows a group below min-responses, and shows every group at or above it', () => {
    fc.assert(
      fc.property(responses, minResponses, (list, min) => {
        const result = healthCheckResults(list, { ...config, minResponses: min });
        for (const standing of result.groups) {
          const count = list.filter((r) => r.group === standing.group).length;
          expect(standing.shown).to.equal(count >= min);
          const appears = [...result.principles, ...result.principles.flatMap((p) => p.statements)]
            .flatMap((entry) => entry.groups)
            .some((figure) => figure.group === standing.group);
          if (!standing.shown) expect(appears).to.equal(false);
          expect(result.ladder.groups.some((g) => g.group === standing.group)).to.equal(
            standing.shown,
          );
        }
      }),
    );
  });

  it("the combined figure lies between the groups' averages, and equal weights take their mean", () => {
    fc.assert(
      fc.property(responses, (list) => {
        const result = healthCheckResults(list, { ...config, minResponses: 1 });
        for (const entry of [
          ...result.principles,
          ...result.principles.flatMap((p) => p.statements),
        ]) {
          const means = entry.groups.flatMap((g) => (g.mean === undefined ? [] : [g.mean]));
          if (means.length === 0) {
            expect(entry.combined).to.equal(undefined);
            continue;
          }
          const mean = means.reduce((a, b) => a + b, 0) / means.length;
          expect(entry.combined).to.be.closeTo(mean, 1e-9);
          expect(entry.combined).to.be.at.least(Math.min(...means) - 1e-9);
          expect(entry.combined).to.be.at.most(Math.max(...means) + 1e-9);
          if (means.length === 2)
            expect(entry.gap?.size).to.be.closeTo(Math.abs(means[0] - means[1]), 1e-9);
        }
      }),
    );
  });

  it('does not depend on the order responses arrive in', () => {
    fc.assert(
      fc.property(responses, fc.integer(), (list, seed) => {
        const shuffled = [...list].sort(() => 0).reverse();
        if (seed % 2) shuffled.push(...shuffled.splice(0, seed % (list.length + 1)));
        const a = healthCheckResults(list, config);
        const b = healthCheckResults(shuffled, config);
        const round = (value: unknown) =>
          JSON.stringify(value, (_, v: unknown) =>
            typeof v === 'number' ? Number(v.toFixed(9)) : v,
          );
        expect(round(b)).to.equal(round(a));
      }),
    );
  });

  it('gaps are sorted widest first and each gap is its highest group less its lowest', () => {
    fc.assert(
      fc.property(responses, (list) => {
        const result = healthCheckResults(list, { ...config, minResponses: 1 });
        const sizes = result.statementGaps.map((s) => s.gap!.size);
        expect(sizes).to.deep.equal([...sizes].sort((a, b) => b - a));
        for (const entry of result.statementGaps) {
          expect(entry.gap!.size).to.be.closeTo(entry.gap!.high.mean - entry.gap!.low.mean, 1e-12);
          expect(entry.gap!.size).to.be.at.least(0);
        }
      }),
    );
  });
});
