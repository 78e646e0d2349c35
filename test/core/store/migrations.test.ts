import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CURRENT_SCHEMA, type Envelope } from '../../../src/core/store/envelope.js';
import {
  migrate,
  migrationSteps,
  stepForKinds,
  type MigrationSteps,
} from '../../../src/core/store/migrations.js';

const board = (schema: number, data: Record<string, unknown>): Envelope => ({
  format: 'together-kit',
  schema,
  kind: 'idea-board',
  space: 'library-redesign',
  id: 'main',
  updatedAt: '2026-11-29T10:00:00.000Z',
  data,
});

/** A made-up history: schema 2 renamed `notes` to `ideas`, schema 3 gave each idea votes. */
const history: MigrationSteps = {
  1: stepForKinds({
    'idea-board': ({ notes, ...rest }) => ({ ...rest, ideas: notes }),
  }),
  2: stepForKinds({
    'idea-board': (data) => ({
      ...data,
      ideas: (data.ideas as { text: string }[]).map((idea) => ({ ...idea, votes: 0 })),
    }),
  }),
};

describe('migrate', () => {
  it('passes the current schema through the real table unchanged', () => {
    const envelope = board(CURRENT_SCHEMA, { ideas: [] });
    const result = migrate(envelope);
    expect(result).to.deep.equal({ ok: true, envelope, migrated: false, newer: false });
    expect(result.ok && result.envelope).to.equal(envelope);
  });

  it('has a step for every schema before the current one', () => {
    for (let schema = 1; schema < CURRENT_SCHEMA; schema++) {
      expect(migrationSteps[schema], `step from ${schema}`).to.be.a('function');
    }
    expect(Object.isFrozen(migrationSteps)).to.be.true;
  });

  it('applies the steps in order, 1 → 2 → 3, setting the schema', () => {
    const result = migrate(board(1, { notes: [{ text: 'Longer hours' }] }), history, 3);
    expect(result).to.deep.equal({
      ok: true,
      envelope: board(3, { ideas: [{ text: 'Longer hours', votes: 0 }] }),
      migrated: true,
      newer: false,
    });
  });

  it('starts from the schema the envelope has', () => {
    const result = migrate(board(2, { ideas: [{ text: 'A ramp' }] }), history, 3);
    expect(result.ok && result.envelope.data).to.deep.equal({
      ideas: [{ text: 'A ramp', votes: 0 }],
    });
  });

  it('passes kinds a step does not name through untouched', () => {
    const vote = { ...board(1, { notes: 'kept' }), kind: 'partnership-vote' };
    const result = migrate(vote, { 1: history[1] }, 2);
    expect(result.ok && result.envelope).to.deep.equal({ ...vote, schema: 2 });
  });

  it('leaves a newer envelope alone and says so, for the caller to open read-only', () => {
    const envelope = board(4, { whatever: true });
    expect(migrate(envelope, history, 3)).to.deep.equal({
      ok: true,
      envelope,
      migrated: false,
      newer: true,
    });
  });

  it('refuses a gap in the table, naming the missing step, and runs no step', () => {
    let ran = false;
    const gappy: MigrationSteps = {
      1: (e) => {
        ran = true;
        return e;
      },
      3: (e) => e,
    };
    const result = migrate(board(1, {}), gappy, 4);
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.problem).to.contain('no migration from schema 2 to schema 3');
      expect([result.from, result.to]).to.deep.equal([2, 3]);
    }
    expect(ran).to.be.false;
  });

  it('turns a step that throws into a problem', () => {
    const result = migrate(
      board(1, {}),
      {
        1: () => {
          throw new Error('no ideas list');
        },
      },
      2,
    );
    expect(!result.ok && result.problem).to.contain('from schema 1 to 2 failed: no ideas list');
  });

  it('refuses what a faulty step makes of the envelope', () => {
    const result = migrate(board(1, {}), { 1: (e) => ({ ...e, data: [] as never }) }, 2);
    expect(!result.ok && result.problem).to.contain('data must be an object');
  });

  it('never changes its input, even when a step mutates what it is given', () => {
    const careless: MigrationSteps = {
      1: (e) => {
        (e.data as { notes?: unknown }).notes = 'changed';
        e.id = 'changed';
        return e;
      },
    };
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (data) => {
        const envelope = board(1, { ...data, notes: ['original'] });
        const before = structuredClone(envelope);
        migrate(envelope, careless, 2);
        migrate(envelope, history, 3);
        expect(envelope).to.deep.equal(before);
      }),
      { numRuns: 200 },
    );
  });
});
