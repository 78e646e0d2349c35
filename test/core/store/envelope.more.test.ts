// More envelope cases, written to kill the mutants `npm run mutation` found alive in
// envelope.ts: every message in both languages, the space export's own messages, and dates
// the pattern or the calendar refuse.
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import {
  SpaceExportSchema,
  envelopeMessages,
  isIsoDateTime,
  translateIssues,
  validateEnvelope,
} from '../../../src/core/store/envelope.js';

const valid = {
  format: 'together-kit',
  schema: 1,
  kind: 'idea-board',
  space: 'library-redesign',
  id: 'main',
  updatedAt: '2026-11-29T10:00:00.000Z',
  data: {},
};

/** The message `key` in `lang` with `{path}` filled in, as validateEnvelope writes it. */
const said = (lang: 'en' | 'cy', key: string, path: string) =>
  String(envelopeMessages[lang][key]).replace('{path}', path);

describe('validateEnvelope, in detail', () => {
  const wrong: [string, Record<string, unknown>, string, string][] = [
    ['a missing field', { ...valid, kind: undefined }, 'field.missing', 'kind'],
    ['data that is a list', { ...valid, data: [] }, 'field.data', 'data'],
    ['another format', { ...valid, format: 'other' }, 'field.format', 'format'],
    ['a schema of 0', { ...valid, schema: 0 }, 'field.schema', 'schema'],
    ['a name with a slash', { ...valid, space: 'a/b' }, 'field.name', 'space'],
    ['a name that is a number', { ...valid, id: 7 }, 'field.name', 'id'],
    [
      'a date without a zone',
      { ...valid, updatedAt: '2026-11-29T10:00' },
      'field.date-time',
      'updatedAt',
    ],
  ];
  for (const lang of ['en', 'cy'] as const) {
    for (const [name, value, key, path] of wrong) {
      it(`says what is wrong with ${name} (${lang})`, () => {
        const { kind, ...withoutKind } = value;
        const record = kind === undefined ? withoutKind : value;
        const result = validateEnvelope(record, lang);
        expect(result.ok).to.be.false;
        expect(!result.ok && result.problem).to.contain(said(lang, key, path));
      });
    }
  }

  it('has words for every problem in both languages, each with a place for the path', () => {
    const keys = Object.keys(envelopeMessages.en);
    expect(Object.keys(envelopeMessages.cy)).to.have.members(keys);
    for (const key of keys) {
      const [en, cy] = [String(envelopeMessages.en[key]), String(envelopeMessages.cy[key])];
      expect(en.length, key).to.be.above(10);
      expect(cy.length, key).to.be.above(10);
      expect(cy, key).to.not.equal(en);
      if (key !== 'record.not-object') {
        expect(en, key).to.contain('{path}');
        expect(cy, key).to.contain('{path}');
      }
    }
  });

  it('writes English when no language is given', () => {
    const result = validateEnvelope({ ...valid, schema: 0 });
    expect(!result.ok && result.problem).to.contain(said('en', 'field.schema', 'schema'));
  });

  it('says a value that is not an object is not a record, in either language', () => {
    for (const lang of ['en', 'cy'] as const) {
      const result = validateEnvelope(5, lang);
      expect(!result.ok && result.problem).to.equal(envelopeMessages[lang]['record.not-object']);
    }
  });

  it('refuses dates outside the pattern or the calendar', () => {
    const refused = [
      '2026-13-05T10:00:00Z',
      '2026-00-05T10:00:00Z',
      'x2026-11-29T10:00:00Z',
      '2026-11-29T10:00:00Zjunk',
      '2026-11-29T10:00:00+01:00x',
      '2026-11-29T10:00:00+01:00:00',
    ];
    for (const text of refused) expect(isIsoDateTime(text), text).to.be.false;
    expect(isIsoDateTime('2026-12-31T23:59:59.123456789-05:30')).to.be.true;
  });
});

describe('SpaceExportSchema', () => {
  const space = {
    format: 'together-kit-space',
    schema: 1,
    space: 'library-redesign',
    records: [valid],
  };
  const problems = (value: unknown, lang: string) => {
    const result = v.safeParse(SpaceExportSchema, value);
    return result.success ? [] : translateIssues(result.issues, lang).map((issue) => issue.message);
  };

  it('accepts an export, with or without exportedAt', () => {
    expect(problems(space, 'en')).to.deep.equal([]);
    expect(problems({ ...space, exportedAt: valid.updatedAt }, 'en')).to.deep.equal([]);
  });

  for (const lang of ['en', 'cy'] as const) {
    const cases: [string, unknown, string][] = [
      ['a value that is not an object', 5, 'field.not-object'],
      ['another format', { ...space, format: 'together-kit' }, 'field.space-format'],
      ['records that are not a list', { ...space, records: {} }, 'field.records'],
      [
        'a record missing its format',
        { ...space, records: [{ ...valid, format: undefined }] },
        'field.format',
      ],
    ];
    for (const [name, value, key] of cases) {
      it(`says what is wrong with ${name} (${lang})`, () => {
        expect(problems(value, lang)).to.include(envelopeMessages[lang][key]);
      });
    }
  }
});
