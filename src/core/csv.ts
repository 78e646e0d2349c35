/**
 * CSV for people who open exports in a spreadsheet: RFC 4180 (commas, double quotes, CRLF),
 * with a byte order mark so Excel reads UTF-8 (Welsh ŵ and ŷ, emoji) instead of guessing a
 * legacy code page.
 */

export type CsvValue = string | number | boolean | null | undefined;
export type CsvRow = readonly CsvValue[];

/** Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Makes text that a spreadsheet would run as a formula read as text, by putting a `'` in
 * front (`=SUM(A1)` → `'=SUM(A1)`); other text is returned as it is. Following OWASP, the
 * cell is judged by its first character only, so text that merely looks like a negative
 * number (`"-5"`) gains a `'` too: a participant's words are exported as they typed them.
 * Numbers to be summed should be given to {@link toCsv} as `number`s, which are not changed.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.has(text.charAt(0)) ? `'${text}` : text;
}

/** One field: neutralised if it is text, quoted if it must be. */
function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // A number is written as a number (so `-5` stays a number); NaN and Infinity have no CSV form.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function record(row: CsvRow): string {
  // A lone empty field is quoted, so the record is not a blank line that readers skip.
  if (row.length === 1 && field(row[0]) === '') return '""';
  return row.map(field).join(',');
}

/**
 * A table as CSV text: one record per row, each ended by CRLF. With `bom` (the default) the
 * text starts with U+FEFF, which a spreadsheet takes as "this is UTF-8".
 */
export function toCsv(rows: readonly CsvRow[], { bom = true }: { bom?: boolean } = {}): string {
  const body = rows.map((row) => `${record(row)}\r\n`).join('');
  return bom ? `\uFEFF${body}` : body;
}

/** A local calendar date as `YYYY-MM-DD`: the day the person exported, where they are. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Letters (any script), digits, `-`, `_`, `.`; anything else, such as `/` or `:`, becomes `-`. */
export function fileNamePart(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}_.-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** `csvFileName('library-redesign', 'ideas')` → `library-redesign-ideas-2026-11-29.csv`. */
export function csvFileName(space: string, what: string, date = new Date()): string {
  const parts = [fileNamePart(space), fileNamePart(what)].filter((part) => part !== '');
  return [...parts, localDate(date)].join('-') + '.csv';
}
