import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CURRENT_SCHEMA,
  FORMAT,
  createEnvelope,
  isIsoDateTime,
  isNewerSchema,
  isPlainObject,
  parseRecordKey,
  recordKey,
  validateEnvelope,
} from '../../../src/core/store/envelope.js';

const valid = {
  format: 'together-kit',
  schema: 1,
  kind: 'idea-board',
  space: 'library-redesign',
  id: 'main',
  updatedAt: '2026-11-29T10:00:00.000Z',
  data: { ideas: [] },
};

const name = fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/).filter((s) => !/^\.+$/.test(s));

describe('recordKey and parseRecordKey', () => {
  it('builds the key DESIGN.md names', () => {
    const ref = { space: 'library-redesign', kind: 'idea-board', id: 'main' };
    expect(recordKey(ref)).to.equal('together-kit/library-redesign/idea-board/main');
  });

  it('reads back every key it builds', () => {
    fc.assert(
      fc.property(name, name, name, (space, kind, id) => {
        expect(parseRecordKey(recordKey({ space, kind, id }))).to.deep.equal({ space, kind, id });
      }),
      { numRuns: 200 },
    );
  });

  const notKeys: [string, string][] = [
    ['another prefix', 'other-kit/s/k/i'],
    ['too few parts', 'together-kit/s/k'],
    ['too many parts', 'together-kit/s/k/i/x'],
    ['a kept-aside copy', 'together-kit/s/k/i#corrupt-2026-11-29T10:00:00.000Z'],
    ['an empty part', 'together-kit/s//i'],
    ['a ".." part', 'together-kit/s/k/..'],
  ];
  for (const [what, key] of notKeys) {
    it(`refuses ${what}`, () => {
      expect(parseRecordKey(key)).to.equal(undefined);
    });
  }
});

describe('createEnvelope', () => {
  it('makes a current-schema envelope stamped with the time given', () => {
    const now = new Date('2026-11-29T10:00:00.000Z');
    const envelope = createEnvelope({ space: 's', kind: 'k', id: 'i' }, { a: 1 }, now);
    expect(envelope).to.deep.equal({
      format: FORMAT,
      schema: CURRENT_SCHEMA,
      kind: 'k',
      space: 's',
      id: 'i',
      updatedAt: '2026-11-29T10:00:00.000Z',
      data: { a: 1 },
    });
  });

  it('takes only space, kind and id from a ref that is a whole envelope', () => {
    const old = { ...valid, schema: 7, updatedAt: '2020-01-01T00:00:00Z', extra: true };
    const envelope = createEnvelope(old, {});
    expect(envelope.schema).to.equal(CURRENT_SCHEMA);
    expect(envelope).not.to.have.property('extra');
    expect(validateEnvelope(envelope).ok).to.be.true;
  });
});

describe('validateEnvelope', () => {
  it('accepts a valid envelope, keeping its data object as it is', () => {
    const result = validateEnvelope(valid);
    expect(result.ok).to.be.true;
    if (result.ok) {
      expect(result.envelope).to.deep.equal(valid);
      expect(result.envelope.data).to.equal(valid.data);
    }
  });

  it('accepts any date-time with a zone, and a newer schema (to be shown read-only)', () => {
    for (const updatedAt of [
      '2026-11-29T10:00Z',
      '2026-11-29T11:00:00+01:00',
      '2024-02-29T00:00:00Z',
    ]) {
      expect(validateEnvelope({ ...valid, updatedAt }).ok, updatedAt).to.be.true;
    }
    expect(validateEnvelope({ ...valid, schema: 99 }).ok).to.be.true;
  });

  it('drops top-level fields an envelope does not have', () => {
    const result = validateEnvelope({ ...valid, extra: '<b>x</b>' });
    expect(result.ok && result.envelope).not.to.have.property('extra');
  });

  const { format: _f, ...withoutFormat } = valid;
  const { id: _i, ...withoutId } = valid;
  const invalid: [string, unknown, string][] = [
    ['nothing', undefined, 'A record must be an object'],
    ['null', null, 'A record must be an object'],
    ['a list', [valid], 'A record must be an object'],
    ['text', JSON.stringify(valid), 'A record must be an object'],
    ['a record without a format', withoutFormat, 'format is missing'],
    ['another format', { ...valid, format: 'together-kit-space' }, 'format must be "together-kit"'],
    ['a schema given as text', { ...valid, schema: '1' }, 'schema must be a whole number'],
    ['schema 0', { ...valid, schema: 0 }, 'schema must be a whole number, 1 or more'],
    ['a fractional schema', { ...valid, schema: 1.5 }, 'schema must be a whole number'],
    ['an empty kind', { ...valid, kind: '' }, 'kind must be 1 to 64 letters'],
    ['a space with a slash', { ...valid, space: 'a/b' }, 'space must be 1 to 64 letters'],
    ['a space of 65 characters', { ...valid, space: 'a'.repeat(65) }, 'space must be 1 to 64'],
    ['an id of dots', { ...valid, id: '..' }, 'id must be 1 to 64 letters'],
    ['an id holding markup', { ...valid, id: '<img src=x onerror=alert(1)>' }, 'id must be'],
    ['a missing id', withoutId, 'id is missing'],
    ['a date in words', { ...valid, updatedAt: 'yesterday' }, 'updatedAt must be a date and time'],
    ['30 February', { ...valid, updatedAt: '2026-02-30T10:00:00Z' }, 'updatedAt must be a date'],
    ['a time with no zone', { ...valid, updatedAt: '2026-11-29T10:00:00' }, 'updatedAt must be'],
    ['a date as a number', { ...valid, updatedAt: 1700000000000 }, 'updatedAt must be'],
    ['data as a list', { ...valid, data: [] }, 'data must be an object'],
    ['data as null', { ...valid, data: null }, 'data must be an object'],
    ['data as a Date', { ...valid, data: new Date() }, 'data must be an object'],
  ];
  for (const [what, value, problem] of invalid) {
    it(`refuses ${what}, saying "${problem}"`, () => {
      const result = validateEnvelope(value);
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.problem).to.contain(problem);
    });
  }

  it('names every wrong field at once', () => {
    const result = validateEnvelope({ ...valid, schema: 'x', id: '' });
    expect(!result.ok && result.problem).to.equal(
      'schema must be a whole number, 1 or more; id must be 1 to 64 letters, digits, "-", "_" or "." (and not only dots), like "library-redesign"',
    );
  });

  it('says what is wrong in Welsh', () => {
    const result = validateEnvelope({ ...valid, updatedAt: 'ddoe' }, 'cy');
    expect(!result.ok && result.problem).to.equal(
      'rhaid i updatedAt fod yn ddyddiad ac amser, fel "2026-11-29T10:00:00.000Z"',
    );
  });
});

describe('isIsoDateTime', () => {
  const cases: [string, boolean][] = [
    ['2026-11-29T10:00:00.000Z', true],
    ['2026-11-29T10:00:00.123456789Z', true],
    ['2026-11-29T10:00-0500', true],
    ['2024-02-29T10:00:00Z', true],
    ['2025-02-29T10:00:00Z', false],
    ['2026-04-31T10:00:00Z', false],
    ['2026-13-01T10:00:00Z', false],
    ['2026-11-29T24:00:00Z', false],
    ['2026-11-29 10:00:00Z', false],
    ['2026-11-29', false],
    ['', false],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      expect(isIsoDateTime(text)).to.equal(expected);
    });
  }

  it('accepts whatever Date#toISOString writes', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (date) => {
          expect(isIsoDateTime(date.toISOString())).to.be.true;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('isPlainObject and isNewerSchema', () => {
  it('tells plain objects from lists, dates and instances', () => {
    expect(isPlainObject({})).to.be.true;
    expect(isPlainObject(Object.create(null))).to.be.true;
    expect(isPlainObject(JSON.parse('{"__proto__": {"polluted": true}}'))).to.be.true;
    for (const other of [[], new Date(), new Map(), null, 'x', 1]) {
      expect(isPlainObject(other), String(other)).to.be.false;
    }
  });

  it('marks only schemas above the current one as newer', () => {
    expect(isNewerSchema({ schema: CURRENT_SCHEMA })).to.be.false;
    expect(isNewerSchema({ schema: CURRENT_SCHEMA + 1 })).to.be.true;
  });
});
