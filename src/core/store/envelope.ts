import * as v from 'valibot';
import type { BaseIssue } from 'valibot';
import { translate, type Catalogs } from '../i18n.js';
import { describeIssues } from '../validation.js';

/** The `format` of one element's saved document. */
export const FORMAT = 'together-kit';
/** The `format` of a whole space's export. */
export const SPACE_FORMAT = 'together-kit-space';
/** The schema this version writes and reads; older ones are migrated (see migrations.ts). */
export const CURRENT_SCHEMA = 1;

/** Which record: the parts of its storage key. */
export interface RecordRef {
  space: string;
  kind: string;
  id: string;
}

/** The one JSON document every element instance keeps (DESIGN.md, "Data"). */
export interface Envelope<D = Record<string, unknown>> {
  format: typeof FORMAT;
  schema: number;
  kind: string;
  space: string;
  id: string;
  /** ISO 8601 date and time of the last save. */
  updatedAt: string;
  data: D;
}

/** What exporting a space writes. */
export interface SpaceExport {
  format: typeof SPACE_FORMAT;
  schema: number;
  space: string;
  exportedAt: string;
  records: Envelope[];
}

/**
 * Field problems, as catalog keys the schemas below use for their messages. `{path}` is where
 * the field is (`records[2].updatedAt`); Welsh word order puts it after "rhaid i".
 */
export const envelopeMessages: Catalogs = {
  en: {
    'record.not-object':
      'A record must be an object, in curly brackets, starting {"format": "together-kit", …}',
    'field.missing': '{path} is missing',
    'field.not-object': '{path} must be an object, in curly brackets { }',
    'field.format': '{path} must be "together-kit"',
    'field.space-format': '{path} must be "together-kit-space"',
    'field.schema': '{path} must be a whole number, 1 or more',
    'field.name':
      '{path} must be 1 to 64 letters, digits, "-", "_" or "." (and not only dots), like "library-redesign"',
    'field.date-time': '{path} must be a date and time, like "2026-11-29T10:00:00.000Z"',
    'field.data': '{path} must be an object, in curly brackets { }, holding what was saved',
    'field.records': '{path} must be a list of records, in square brackets [ ]',
  },
  cy: {
    'record.not-object':
      'Rhaid i gofnod fod yn wrthrych, rhwng cromfachau cyrliog, sy\'n dechrau gyda {"format": "together-kit", …}',
    'field.missing': 'mae {path} ar goll',
    'field.not-object': 'rhaid i {path} fod yn wrthrych, rhwng cromfachau cyrliog { }',
    'field.format': 'rhaid i {path} fod yn "together-kit"',
    'field.space-format': 'rhaid i {path} fod yn "together-kit-space"',
    'field.schema': 'rhaid i {path} fod yn rhif cyfan, 1 neu fwy',
    'field.name':
      'rhaid i {path} fod rhwng 1 a 64 o lythrennau, digidau, "-", "_" neu "." (ac nid dotiau yn unig), fel "library-redesign"',
    'field.date-time': 'rhaid i {path} fod yn ddyddiad ac amser, fel "2026-11-29T10:00:00.000Z"',
    'field.data':
      "rhaid i {path} fod yn wrthrych, rhwng cromfachau cyrliog { }, sy'n dal yr hyn a gadwyd",
    'field.records': 'rhaid i {path} fod yn rhestr o gofnodion, rhwng cromfachau sgwâr [ ]',
  },
};

// Space, kind and id become storage keys and, with the http adapter, URL path segments:
// so a small safe alphabet, and never "." or ".." (which a URL would resolve away).
const NAME_PATTERN = /^(?!\.+$)[A-Za-z0-9._-]{1,64}$/;
const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

/** An object from JSON or an object literal: not an array, a Date, a Map or a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An ISO 8601 date-time with a zone, on a day the calendar has (`Date.parse` rolls 30 Feb over). */
export function isIsoDateTime(text: string): boolean {
  const match = DATE_TIME_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1, 4).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read year 0–99 as 1900–1999
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A missing key is reported with the object's message, so the message depends on the issue. */
const objectMessage = (issue: BaseIssue<unknown>) =>
  issue.path ? 'field.missing' : 'field.not-object';

const Name = v.pipe(v.string('field.name'), v.regex(NAME_PATTERN, 'field.name'));
const DateTime = v.pipe(v.string('field.date-time'), v.check(isIsoDateTime, 'field.date-time'));
const Schema = v.pipe(
  v.number('field.schema'),
  v.safeInteger('field.schema'),
  v.minValue(1, 'field.schema'),
);

export const EnvelopeSchema = v.object(
  {
    format: v.literal(FORMAT, 'field.format'),
    schema: Schema,
    kind: Name,
    space: Name,
    id: Name,
    updatedAt: DateTime,
    data: v.custom<Record<string, unknown>>(isPlainObject, 'field.data'),
  },
  objectMessage,
);

/** A space export as import reads it; `exportedAt` may be left out of a hand-made file. */
export const SpaceExportSchema = v.object(
  {
    format: v.literal(SPACE_FORMAT, 'field.space-format'),
    schema: Schema,
    space: Name,
    exportedAt: v.optional(DateTime),
    records: v.array(EnvelopeSchema, 'field.records'),
  },
  objectMessage,
);

/** Issues with their catalog keys turned into words in `lang`; `{path}` is left to fill. */
export function translateIssues<T extends BaseIssue<unknown>>(
  issues: readonly T[],
  lang: string,
  catalogs: Catalogs = envelopeMessages,
): T[] {
  return issues.map((issue) => ({ ...issue, message: translate(catalogs, lang, issue.message) }));
}

/** `together-kit/<space>/<kind>/<id>`: where a record is stored. */
export function recordKey(ref: RecordRef): string {
  return `${FORMAT}/${ref.space}/${ref.kind}/${ref.id}`;
}

/** The parts of a record key, or undefined for anything else (such as a kept-aside copy). */
export function parseRecordKey(key: string): RecordRef | undefined {
  const parts = key.split('/');
  if (parts.length !== 4 || parts[0] !== FORMAT) return undefined;
  const [, space, kind, id] = parts;
  if (![space, kind, id].every((part) => NAME_PATTERN.test(part))) return undefined;
  return { space, kind, id };
}

/** A fresh envelope of the current schema. Only the ref's space, kind and id are taken. */
export function createEnvelope<D = Record<string, unknown>>(
  ref: RecordRef,
  data: D,
  now = new Date(),
): Envelope<D> {
  return {
    format: FORMAT,
    schema: CURRENT_SCHEMA,
    kind: ref.kind,
    space: ref.space,
    id: ref.id,
    updatedAt: now.toISOString(),
    data,
  };
}

export type EnvelopeCheck = { ok: true; envelope: Envelope } | { ok: false; problem: string };

/**
 * Checks that `value` is an envelope, of any schema: a newer one is valid here and is for
 * the caller to open read-only (see {@link isNewerSchema}). `data` is kept as it is, the
 * same object; top-level fields the envelope does not have are dropped.
 */
export function validateEnvelope(value: unknown, lang = 'en'): EnvelopeCheck {
  if (!isPlainObject(value)) {
    return { ok: false, problem: translate(envelopeMessages, lang, 'record.not-object') };
  }
  const result = v.safeParse(EnvelopeSchema, value);
  if (result.success) return { ok: true, envelope: result.output };
  return { ok: false, problem: describeIssues(translateIssues(result.issues, lang)) };
}

/** Was this saved by a newer version of Together Kit than this one? */
export function isNewerSchema(envelope: Pick<Envelope, 'schema'>): boolean {
  return envelope.schema > CURRENT_SCHEMA;
}
