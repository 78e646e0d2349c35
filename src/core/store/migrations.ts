import { CURRENT_SCHEMA, validateEnvelope, type Envelope } from './envelope.js';

/**
 * Takes an envelope of schema n to schema n + 1. A step is pure: it returns a new envelope
 * and leaves its argument alone. It need not set `schema`; {@link migrate} does.
 */
export type MigrationStep = (envelope: Envelope) => Envelope;

/** Steps by the schema they start from: `{ 1: oneToTwo, 2: twoToThree }`. */
export type MigrationSteps = Readonly<Record<number, MigrationStep>>;

/**
 * The real table. Schema 1 is the first and current schema, so it is empty; when schema 2
 * comes, its step is added here under `1`, with a test that a schema 1 fixture reads well.
 */
export const migrationSteps: MigrationSteps = Object.freeze({});

export type MigrationResult =
  | {
      ok: true;
      envelope: Envelope;
      /** Whether any step ran (the caller may want to save the migrated copy). */
      migrated: boolean;
      /** Saved by a newer version: left as it is, to be shown read-only and never overwritten. */
      newer: boolean;
    }
  | {
      ok: false;
      /** For logs and `co-error` causes; callers put their own words in front of people. */
      problem: string;
      /** The step that could not be taken. */
      from: number;
      to: number;
    };

/** A step that changes the `data` of the kinds named and passes every other kind through. */
export function stepForKinds(
  changes: Readonly<Record<string, (data: Record<string, unknown>) => Record<string, unknown>>>,
): MigrationStep {
  return (envelope) => {
    const change = Object.hasOwn(changes, envelope.kind) ? changes[envelope.kind] : undefined;
    return change ? { ...envelope, data: change(envelope.data) } : envelope;
  };
}

/** The first schema between `from` and `target` that has no step, if any. */
function firstGap(steps: MigrationSteps, from: number, target: number): number | undefined {
  for (let schema = from; schema < target; schema++) {
    if (typeof steps[schema] !== 'function') return schema;
  }
  return undefined;
}

/**
 * Brings an envelope up to `target` by running the steps in order. The input is never
 * changed (the steps work on a copy), and the result is validated again, so a faulty step
 * is caught here rather than saved. All or nothing: a gap in the table, a step that throws
 * or one that breaks the envelope gives a problem and no envelope.
 */
export function migrate(
  envelope: Envelope,
  steps: MigrationSteps = migrationSteps,
  target: number = CURRENT_SCHEMA,
): MigrationResult {
  if (envelope.schema >= target) {
    return { ok: true, envelope, migrated: false, newer: envelope.schema > target };
  }
  const gap = firstGap(steps, envelope.schema, target);
  if (gap !== undefined) {
    return {
      ok: false,
      problem: `There is no migration from schema ${gap} to schema ${gap + 1}, so a ${envelope.kind} of schema ${envelope.schema} cannot be brought up to schema ${target}.`,
      from: gap,
      to: gap + 1,
    };
  }
  let current = envelope;
  for (let from = envelope.schema; from < target; from++) {
    try {
      // One copy before the first step: a careless step then cannot reach the caller's object.
      const input = from === envelope.schema ? structuredClone(envelope) : current;
      current = { ...steps[from](input), schema: from + 1 };
    } catch (error) {
      return {
        ok: false,
        problem: `Migrating a ${envelope.kind} from schema ${from} to ${from + 1} failed: ${error instanceof Error ? error.message : String(error)}`,
        from,
        to: from + 1,
      };
    }
  }
  const checked = validateEnvelope(current);
  if (!checked.ok) {
    return {
      ok: false,
      problem: `Migrating a ${envelope.kind} to schema ${target} gave a record that is not valid: ${checked.problem}`,
      from: envelope.schema,
      to: target,
    };
  }
  return { ok: true, envelope: checked.envelope, migrated: true, newer: false };
}
