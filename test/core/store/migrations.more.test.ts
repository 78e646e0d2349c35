// More migration cases, written to kill the mutants `npm run mutation` found alive.
import { expect } from '@open-wc/testing';
import { type Envelope } from '../../../src/core/store/envelope.js';
import { migrate, type MigrationSteps } from '../../../src/core/store/migrations.js';

const record = (schema: number): Envelope => ({
  format: 'together-kit',
  schema,
  kind: 'idea-board',
  space: 'library-redesign',
  id: 'main',
  updatedAt: '2026-11-29T10:00:00.000Z',
  data: {},
});

describe('migrate, in detail', () => {
  it('names the step that failed: from its schema to the next', () => {
    const steps: MigrationSteps = {
      1: (envelope) => envelope,
      2: () => {
        throw 'not an Error';
      },
    };
    const result = migrate(record(1), steps, 3);
    expect(result).to.deep.include({ ok: false, from: 2, to: 3 });
    expect(!result.ok && result.problem).to.equal(
      'Migrating a idea-board from schema 2 to 3 failed: not an Error',
    );
  });
});
