/**
 * Where things are in JSON text, so that a problem with an imported file can say "line 3,
 * column 14" like an editor would. A small scanner of its own: `JSON.parse` gives no
 * positions for values, and its syntax errors carry a position in some browsers only.
 * Everything here is iterative, so a deeply nested file cannot overflow the stack.
 */

/** 1-based, as editors show them. */
export interface LineColumn {
  line: number;
  column: number;
}

/** A syntax error: where it is, and whether the text simply stopped (a file cut short). */
export interface JsonSyntaxError {
  offset: number;
  endOfInput: boolean;
}

export type JsonPath = readonly (string | number)[];

/**
 * The line and column of a UTF-16 offset. `\r\n`, `\n` and a lone `\r` each end a line;
 * the column counts characters as people see them (an emoji is one), not UTF-16 units.
 */
export function positionToLineColumn(text: string, offset: number): LineColumn {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = Array.from(text.slice(lineStart, end)).length + 1;
  return { line, column };
}

const isWhitespace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

const failAt = (text: string, offset: number): JsonSyntaxError => ({
  offset,
  endOfInput: offset >= text.length,
});

/** Scans a string starting at its opening quote; returns the offset after the closing one. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') return i + 1;
    if (text.charCodeAt(i) < 0x20) return failAt(text, i);
    if (char === '\\') {
      const escaped = text[i + 1];
      if (escaped === 'u') {
        for (let k = i + 2; k < i + 6; k++) {
          if (!/[0-9a-fA-F]/.test(text[k] ?? '')) return failAt(text, k);
        }
        i += 6;
        continue;
      }
      if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) return failAt(text, i + 1);
      i += 2;
      continue;
    }
    i++;
  }
  return failAt(text, i);
}

function scanNumber(text: string, start: number): number | JsonSyntaxError {
  let i = start;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (isDigit(text[i])) while (isDigit(text[i])) i++;
  else return failAt(text, i);
  if (text[i] === '.') {
    i++;
    if (!isDigit(text[i])) return failAt(text, i);
    while (isDigit(text[i])) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(text[i])) return failAt(text, i);
    while (isDigit(text[i])) i++;
  }
  return i;
}

function scanLiteral(text: string, start: number): number | JsonSyntaxError {
  const word = ['true', 'false', 'null'].find((w) => w[0] === text[start]);
  if (!word) return failAt(text, start);
  let k = 0;
  while (k < word.length && text[start + k] === word[k]) k++;
  return k === word.length ? start + k : failAt(text, start + k);
}

/** Scans one string, number or literal; returns the offset after it. */
function scanScalar(text: string, start: number): number | JsonSyntaxError {
  const char = text[start];
  if (char === '"') return scanString(text, start);
  if (char === '-' || isDigit(char)) return scanNumber(text, start);
  return scanLiteral(text, start);
}

type Expecting = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end';

/**
 * The first syntax error in `text`, or undefined when it is valid JSON. `endOfInput` is true
 * when everything up to the end was fine and the text just stopped.
 */
export function findSyntaxError(text: string): JsonSyntaxError | undefined {
  const open: string[] = []; // the brackets not yet closed, innermost last
  let expecting: Expecting = 'value';
  let i = skipWhitespace(text, 0);
  while (i < text.length) {
    const char = text[i];
    let next: number | JsonSyntaxError;
    if (expecting === 'value' || expecting === 'value-or-end') {
      if (char === ']' && expecting === 'value-or-end') {
        open.pop();
        [next, expecting] = [i + 1, 'comma-or-end'];
      } else if (char === '{' || char === '[') {
        open.push(char);
        [next, expecting] = [i + 1, char === '{' ? 'key-or-end' : 'value-or-end'];
      } else {
        [next, expecting] = [scanScalar(text, i), 'comma-or-end'];
      }
    } else if (expecting === 'key' || expecting === 'key-or-end') {
      if (char === '}' && expecting === 'key-or-end') {
        open.pop();
        [next, expecting] = [i + 1, 'comma-or-end'];
      } else if (char === '"') {
        [next, expecting] = [scanString(text, i), 'colon'];
      } else {
        return failAt(text, i);
      }
    } else if (expecting === 'colon') {
      if (char !== ':') return failAt(text, i);
      [next, expecting] = [i + 1, 'value'];
    } else {
      const innermost = open.at(-1);
      if (char === ',' && innermost) {
        [next, expecting] = [i + 1, innermost === '{' ? 'key' : 'value'];
      } else if ((char === '}' && innermost === '{') || (char === ']' && innermost === '[')) {
        open.pop();
        next = i + 1;
      } else {
        return failAt(text, i); // includes anything after the top-level value
      }
    }
    if (typeof next !== 'number') return next;
    i = skipWhitespace(text, next);
  }
  const complete = expecting === 'comma-or-end' && open.length === 0;
  return complete ? undefined : failAt(text, text.length);
}

/** The offset after a string that starts at `start`, in valid JSON: the next unescaped quote. */
function endOfString(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * Skips the value starting at `start` in text already known to be valid JSON, jumping from
 * bracket to bracket (a regular expression and indexOf, not a loop per character: export
 * files run to megabytes) and counting depth rather than recursing.
 */
function skipValue(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return endOfString(text, start);
  if (first !== '{' && first !== '[') return scanScalar(text, start) as number;
  const structure = /["{}[\]]/g;
  structure.lastIndex = start;
  let depth = 0;
  for (let match = structure.exec(text); match; match = structure.exec(text)) {
    if (match[0] === '"') {
      structure.lastIndex = endOfString(text, match.index);
      continue;
    }
    depth += match[0] === '{' || match[0] === '[' ? 1 : -1;
    if (depth === 0) return match.index + 1;
  }
  return text.length;
}

/** Offset of the value `key` holds in the object at `start`; the last one, as JSON.parse keeps. */
function findMember(text: string, start: number, key: string): number | undefined {
  let found: number | undefined;
  let i = skipWhitespace(text, start + 1);
  while (text[i] === '"') {
    const keyEnd = endOfString(text, i);
    const name: unknown = JSON.parse(text.slice(i, keyEnd));
    const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    if (name === key) found = valueStart;
    i = skipWhitespace(text, skipValue(text, valueStart));
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return found;
}

/** Offset of item `index` of the array at `start`. */
function findItem(text: string, start: number, index: number): number | undefined {
  let i = skipWhitespace(text, start + 1);
  for (let item = 0; i < text.length && text[i] !== ']'; item++) {
    if (item === index) return i;
    i = skipWhitespace(text, skipValue(text, i));
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return undefined;
}

/** Offset where the value at `path` starts, in text known to be valid JSON. */
function walk(text: string, path: JsonPath): number | undefined {
  let offset: number | undefined = skipWhitespace(text, 0);
  for (const step of path) {
    const char = text[offset];
    if (typeof step === 'number' && char === '[') offset = findItem(text, offset, step);
    else if (typeof step === 'string' && char === '{') offset = findMember(text, offset, step);
    else return undefined;
    if (offset === undefined) return undefined;
  }
  return offset;
}

/**
 * A lookup of offsets in `text`, which is checked once, here: for many look-ups in one
 * large file. The lookup gives undefined for everything when the text is not valid JSON.
 */
export function offsetFinder(text: string): (path: JsonPath) => number | undefined {
  const valid = findSyntaxError(text) === undefined;
  return (path) => (valid ? walk(text, path) : undefined);
}
