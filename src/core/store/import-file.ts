import * as v from 'valibot';
import { mergeCatalogs, translate, type Catalogs, type MessageParams } from '../i18n.js';
import { describeIssues, formatPath, issuePath } from '../validation.js';
import {
  CURRENT_SCHEMA,
  EnvelopeSchema,
  FORMAT,
  SPACE_FORMAT,
  SpaceExportSchema,
  envelopeMessages,
  isPlainObject,
  recordKey,
  translateIssues,
  type Envelope,
  type SpaceExport,
} from './envelope.js';
import {
  findSyntaxError,
  offsetFinder,
  positionToLineColumn,
  type JsonPath,
} from './json-location.js';
import { migrate, migrationSteps, type MigrationSteps } from './migrations.js';
import { checkRecordData, fieldsNotOf, isRecordKind, recordKinds } from '../kinds/index.js';

const MEGABYTE = 1024 * 1024;
/** Larger files are refused before they are read: a browser tab should not freeze on one. */
export const MAX_IMPORT_BYTES = 8 * MEGABYTE;
/**
 * How deep a record's `data` may nest. What we save nests four levels (a board's ideas → an
 * idea → its tags); 16 leaves room for newer versions. A file nested 10,000 levels deep passed
 * the checks once and then overflowed the stack while it was being saved.
 */
export const MAX_DATA_DEPTH = 16;
/** More problems than this are counted, not listed: nobody reads a hundred of them. */
const MAX_LISTED_PROBLEMS = 10;

export type ImportResult =
  | { ok: true; kind: 'record' | 'space'; space: string; records: Envelope[] }
  | { ok: false; problems: string[] };

/** Which schema this reader reads, and how older ones are brought up to it. */
export interface ImportReader {
  schema: number;
  steps: MigrationSteps;
}

const currentReader: ImportReader = { schema: CURRENT_SCHEMA, steps: migrationSteps };

export const importMessages: Catalogs = mergeCatalogs(envelopeMessages, {
  en: {
    'import.at': 'line {line}, column {column}: {problem}',
    'import.too-large': 'This file is {size} MB; Together Kit can import files up to {max} MB.',
    'import.empty': 'This file is empty. Choose the file that Together Kit exported.',
    'import.not-json':
      'This is not a Together Kit export: it is not a JSON file. Choose the .json file that Together Kit exported.',
    'import.truncated':
      'The file ends too early at line {line} — it may have been cut off while copying. Export it again, or copy the whole file.',
    'import.syntax':
      'line {line}, column {column}: the file is not valid JSON here — it may have been changed by hand. Look for a missing comma, quotation mark or bracket just before this point.',
    'import.not-object':
      'This is not a Together Kit export: a Together Kit file starts with {"format": "together-kit", …}. Choose the file that Together Kit exported.',
    'import.no-format':
      'This is not a Together Kit export: it has no `format`. Choose the file that Together Kit exported.',
    'import.wrong-format':
      'This is not a Together Kit export: `format` is {found}, where Together Kit writes "together-kit" or "together-kit-space". Choose the file that Together Kit exported.',
    'import.newer':
      'This file was made by a newer version of Together Kit (schema {found}); this version reads schema {current} — update Together Kit to import it.',
    'import.other-space':
      '{path} belongs to the space "{found}", but this file is an export of the space "{space}", and every record in it must belong to that space.',
    'import.duplicate':
      '{path} is the same record as {first} ({kind} "{id}"); each record may appear only once.',
    'import.migration':
      'A record in this file ({kind} "{id}") could not be updated from schema {from} to schema {to}, so nothing was imported. Please tell the people who run this website.',
    'import.record': 'The record',
    'import.other-fields':
      'it holds {fields}, which {kind} data does not have (is it a record of another kind?)',
    'import.too-deep':
      '{record} ({kind} "{id}") is nested more than {max} levels deep, which no Together Kit export is, so nothing was imported.',
    'import.unknown-kind':
      '{record} is a "{kind}", which this version of Together Kit does not know (it knows {kinds}), so nothing was imported.',
    'import.bad-data':
      '{record} ({kind} "{id}") does not hold what Together Kit saves for that kind, so nothing was imported: {problem}',
    'import.more': {
      one: 'There is {count} more problem.',
      other: 'There are {count} more problems.',
    },
  },
  cy: {
    'import.at': 'llinell {line}, colofn {column}: {problem}',
    'import.too-large':
      "Mae'r ffeil hon yn {size} MB; gall Together Kit fewnforio ffeiliau hyd at {max} MB.",
    'import.empty': "Mae'r ffeil hon yn wag. Dewiswch y ffeil a allforiwyd gan Together Kit.",
    'import.not-json':
      "Nid ffeil a allforiwyd o Together Kit yw hon: nid yw'n ffeil JSON. Dewiswch y ffeil .json a allforiwyd gan Together Kit.",
    'import.truncated':
      "Mae'r ffeil yn dod i ben yn rhy gynnar ar linell {line} — efallai iddi gael ei thorri wrth ei chopïo. Allforiwch hi eto, neu copïwch y ffeil gyfan.",
    'import.syntax':
      "llinell {line}, colofn {column}: nid yw'r ffeil yn JSON dilys yma — efallai ei bod wedi cael ei newid â llaw. Chwiliwch am goma, dyfynnod neu fraced sydd ar goll ychydig cyn y pwynt hwn.",
    'import.not-object':
      'Nid ffeil a allforiwyd o Together Kit yw hon: mae ffeil Together Kit yn dechrau gyda {"format": "together-kit", …}. Dewiswch y ffeil a allforiwyd gan Together Kit.',
    'import.no-format':
      'Nid ffeil a allforiwyd o Together Kit yw hon: does dim `format` ynddi. Dewiswch y ffeil a allforiwyd gan Together Kit.',
    'import.wrong-format':
      'Nid ffeil a allforiwyd o Together Kit yw hon: {found} yw `format`, ond mae Together Kit yn ysgrifennu "together-kit" neu "together-kit-space". Dewiswch y ffeil a allforiwyd gan Together Kit.',
    'import.newer':
      "Cafodd y ffeil hon ei gwneud gan fersiwn mwy newydd o Together Kit (sgema {found}); mae'r fersiwn hon yn darllen sgema {current} — diweddarwch Together Kit i'w mewnforio.",
    'import.other-space':
      'mae {path} yn perthyn i\'r gofod "{found}", ond mae\'r ffeil hon yn allforio\'r gofod "{space}", a rhaid i bob cofnod ynddi berthyn i\'r gofod hwnnw.',
    'import.duplicate':
      'mae {path} yr un cofnod â {first} ({kind} "{id}"); dim ond unwaith y caiff pob cofnod ymddangos.',
    'import.migration':
      'Nid oedd modd diweddaru cofnod yn y ffeil hon ({kind} "{id}") o sgema {from} i sgema {to}, felly ni fewnforiwyd dim. Rhowch wybod i\'r bobl sy\'n rhedeg y wefan hon.',
    'import.record': 'y cofnod',
    'import.other-fields':
      "mae'n dal {fields}, nad oes gan ddata {kind} (ai cofnod o fath arall yw e?)",
    'import.too-deep':
      'Mae {record} ({kind} "{id}") wedi\'i nythu fwy na {max} lefel o ddyfnder, ac nid yw unrhyw allforiad Together Kit felly, felly ni fewnforiwyd dim.',
    'import.unknown-kind':
      'Mae {record} yn "{kind}", math nad yw\'r fersiwn hon o Together Kit yn ei adnabod (mae\'n adnabod {kinds}), felly ni fewnforiwyd dim.',
    'import.bad-data':
      'Nid yw {record} ({kind} "{id}") yn dal yr hyn y mae Together Kit yn ei gadw ar gyfer y math hwnnw, felly ni fewnforiwyd dim: {problem}',
    'import.more': {
      one: 'Mae {count} broblem arall hefyd.',
      two: 'Mae {count} broblem arall hefyd.',
      other: 'Mae {count} o broblemau eraill hefyd.',
    },
  },
});

/** A problem with a place in the file; the place is looked up only for those listed. */
interface Finding {
  path: JsonPath;
  message: string;
}

type Translate = (key: string, params?: MessageParams) => string;

const refuse = (...problems: string[]): ImportResult => ({ ok: false, problems });

/** The nearest place that exists: a missing field is shown where its record starts. */
function nearestOffset(find: (path: JsonPath) => number | undefined, path: JsonPath) {
  for (let length = path.length; length >= 0; length--) {
    const found = find(path.slice(0, length));
    if (found !== undefined) return found;
  }
  return undefined;
}

function listProblems(text: string, findings: readonly Finding[], t: Translate): string[] {
  const find = offsetFinder(text);
  const listed = findings.slice(0, MAX_LISTED_PROBLEMS).map(({ path, message }) => {
    const offset = nearestOffset(find, path);
    if (offset === undefined) return message;
    const { line, column } = positionToLineColumn(text, offset);
    // As strings: a number would be grouped ("line 1,204"), which reads like two numbers.
    return t('import.at', { line: String(line), column: String(column), problem: message });
  });
  const unlisted = findings.length - listed.length;
  return unlisted > 0 ? [...listed, t('import.more', { count: unlisted })] : listed;
}

function tooLarge(byteLength: number, lang: string, t: Translate): string {
  const size = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return t('import.too-large', {
    size: size.format(byteLength / MEGABYTE),
    max: MAX_IMPORT_BYTES / MEGABYTE,
  });
}

function syntaxProblem(text: string, t: Translate): string {
  const error = findSyntaxError(text);
  const first = text.trimStart().charAt(0);
  // An export starts with "{"; a spreadsheet or a PDF does not, and a line number would not help.
  if (!error || (first !== '{' && first !== '[')) return t('import.not-json');
  if (error.endOfInput) {
    const { line } = positionToLineColumn(text, text.trimEnd().length);
    return t('import.truncated', { line: String(line) });
  }
  const { line, column } = positionToLineColumn(text, error.offset);
  return t('import.syntax', { line: String(line), column: String(column) });
}

/** Which kind of export this claims to be, or why it is not one. */
function readFormat(value: unknown, t: Translate): 'record' | 'space' | string[] {
  if (!isPlainObject(value)) return [t('import.not-object')];
  if (!('format' in value)) return [t('import.no-format')];
  if (value.format === FORMAT) return 'record';
  if (value.format === SPACE_FORMAT) return 'space';
  const found = JSON.stringify(value.format) ?? String(value.format);
  const shown = found.length > 60 ? `${found.slice(0, 59)}…` : found;
  return [t('import.wrong-format', { found: shown })];
}

/**
 * The newest schema anywhere in the file. Checked before the fields: a newer version may
 * have changed them, and "update Together Kit" helps where a list of field errors would not.
 */
function newestSchema(value: Record<string, unknown>): number {
  const records = Array.isArray(value.records) ? (value.records as unknown[]) : [];
  // A schema that is not a whole number is left for validation to explain.
  const schemaOf = (item: unknown) =>
    isPlainObject(item) && Number.isSafeInteger(item.schema) ? (item.schema as number) : 0;
  // A loop, not Math.max(...): a file may hold more records than a call has arguments.
  return records.reduce<number>(
    (newest, item) => Math.max(newest, schemaOf(item)),
    schemaOf(value),
  );
}

/** Records of another space, and records that appear twice. */
function consistencyFindings(space: string, records: readonly Envelope[], t: Translate): Finding[] {
  const findings: Finding[] = [];
  const firstIndex = new Map<string, number>();
  records.forEach((record, index) => {
    const path = formatPath(['records', index]);
    if (record.space !== space) {
      findings.push({
        path: ['records', index, 'space'],
        message: t('import.other-space', { path, found: record.space, space }),
      });
    }
    const key = recordKey(record);
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else {
      findings.push({
        path: ['records', index],
        message: t('import.duplicate', {
          path,
          first: formatPath(['records', first]),
          kind: record.kind,
          id: record.id,
        }),
      });
    }
  });
  return findings;
}

/** Is `value` nested more than `limit` levels deep? Without recursion: a hostile file may
 * nest deeper than the call stack goes. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Where record `index` is in the file, and what to call it in a sentence. */
function recordPlace(kind: 'record' | 'space', index: number, t: Translate) {
  const path: JsonPath = kind === 'space' ? ['records', index] : [];
  return { path, record: kind === 'space' ? formatPath(path) : t('import.record') };
}

/** Records whose data nests deeper than any export does. */
function depthFindings(
  kind: 'record' | 'space',
  records: readonly Envelope[],
  t: Translate,
): Finding[] {
  const findings: Finding[] = [];
  records.forEach((record, index) => {
    if (!nestedDeeperThan(record.data, MAX_DATA_DEPTH)) return;
    const { path, record: name } = recordPlace(kind, index, t);
    findings.push({
      path,
      message: t('import.too-deep', {
        record: name,
        kind: record.kind,
        id: record.id,
        max: String(MAX_DATA_DEPTH),
      }),
    });
  });
  return findings;
}

/** Runs older records through the migrations: all of them, or a problem. */
function migrateAll(
  records: readonly Envelope[],
  reader: ImportReader,
  t: Translate,
): Envelope[] | string {
  const migrated: Envelope[] = [];
  for (const record of records) {
    const result = migrate(record, reader.steps, reader.schema);
    if (!result.ok) {
      const { from, to } = result;
      return t('import.migration', {
        kind: record.kind,
        id: record.id,
        from: String(from),
        to: String(to),
      });
    }
    migrated.push(result.envelope);
  }
  return migrated;
}

/**
 * Reads an import file: exactly what export writes, one record or a whole space. Everything
 * is checked before anything is returned, so an import is all or nothing. Problems are
 * sentences in `lang`, with the line and column where an editor would show them. Nothing
 * here renders: text holding markup is kept as the text it is.
 *
 * `byteLength` is the file's size (a `File`'s `size`), checked before the text is parsed.
 * `reader` is for tests of the migration path; pages leave it out.
 */
export function parseImportFile(
  text: string,
  byteLength: number = new Blob([text]).size,
  lang = 'en',
  reader: ImportReader = currentReader,
): ImportResult {
  const t: Translate = (key, params) => translate(importMessages, lang, key, params);
  if (byteLength > MAX_IMPORT_BYTES) return refuse(tooLarge(byteLength, lang, t));
  // Some editors save a byte order mark, which JSON.parse refuses.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '') return refuse(t('import.empty'));

  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return refuse(syntaxProblem(source, t));
  }
  const kind = readFormat(value, t);
  if (typeof kind !== 'string') return refuse(...kind);
  const newest = newestSchema(value as Record<string, unknown>);
  if (newest > reader.schema) {
    return refuse(t('import.newer', { found: String(newest), current: String(reader.schema) }));
  }

  const result = v.safeParse(kind === 'record' ? EnvelopeSchema : SpaceExportSchema, value);
  if (!result.success) {
    const findings = translateIssues(result.issues, lang, importMessages).map((issue) => ({
      path: issuePath(issue),
      message: describeIssues([issue]),
    }));
    return refuse(...listProblems(source, findings, t));
  }
  const { space, records } =
    'records' in result.output
      ? result.output
      : { space: result.output.space, records: [result.output] };
  const findings = [...consistencyFindings(space, records, t), ...depthFindings(kind, records, t)];
  if (findings.length > 0) return refuse(...listProblems(source, findings, t));

  const migrated = migrateAll(records, reader, t);
  if (typeof migrated === 'string') return refuse(migrated);
  return { ok: true, kind, space, records: migrated };
}

/**
 * Reads an import file as {@link parseImportFile} does, then checks each record's data with
 * its own kind's schema, as the element will when it loads the record. Refuses a kind this
 * version does not know, and a record whose data does not fit its kind (a vote relabelled as
 * an idea board), saying which record and why: an import never writes a record that its
 * element would then have to set aside.
 */
export async function readImportFile(
  text: string,
  byteLength?: number,
  lang = 'en',
  reader: ImportReader = currentReader,
): Promise<ImportResult> {
  const parsed = parseImportFile(text, byteLength, lang, reader);
  if (!parsed.ok) return parsed;
  const t: Translate = (key, params) => translate(importMessages, lang, key, params);
  const findings: Finding[] = [];
  for (const [index, record] of parsed.records.entries()) {
    const { path, record: name } = recordPlace(parsed.kind, index, t);
    if (!isRecordKind(record.kind)) {
      findings.push({
        path: [...path, 'kind'],
        message: t('import.unknown-kind', {
          record: name,
          kind: record.kind,
          kinds: recordKinds()
            .map((kind) => `"${kind}"`)
            .join(', '),
        }),
      });
      continue;
    }
    // Fields of another kind are said in the person's language; a schema's own words are
    // what its parse says.
    const fields = await fieldsNotOf(record.kind, record.data);
    const problem = fields.length
      ? t('import.other-fields', {
          fields: fields.map((field) => JSON.stringify(field)).join(', '),
          kind: record.kind,
        })
      : await checkRecordData(record.kind, record.data);
    if (problem !== undefined) {
      findings.push({
        path: [...path, 'data'],
        message: t('import.bad-data', { record: name, kind: record.kind, id: record.id, problem }),
      });
    }
  }
  if (findings.length === 0) return parsed;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return refuse(...listProblems(source, findings, t));
}

/**
 * What exporting a space writes. Throws a TypeError for a record of another space: such a
 * file could not be imported again.
 */
export function exportSpace(
  space: string,
  records: readonly Envelope[],
  now = new Date(),
): SpaceExport {
  const stray = records.find((record) => record.space !== space);
  if (stray) {
    throw new TypeError(`exportSpace: ${recordKey(stray)} is not in the space "${space}"`);
  }
  return {
    format: SPACE_FORMAT,
    schema: CURRENT_SCHEMA,
    space,
    exportedAt: now.toISOString(),
    records: [...records],
  };
}
