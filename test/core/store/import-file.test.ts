import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createEnvelope, type Envelope } from '../../../src/core/store/envelope.js';
import {
  MAX_IMPORT_BYTES,
  exportSpace,
  importMessages,
  parseImportFile,
  type ImportResult,
} from '../../../src/core/store/import-file.js';
import {
  findSyntaxError,
  offsetFinder,
  positionToLineColumn,
  type JsonPath,
} from '../../../src/core/store/json-location.js';
import { stepForKinds } from '../../../src/core/store/migrations.js';

/** Offset where the value at `path` starts in `text`, as an import finds it for a problem. */
const locateOffset = (text: string, path: JsonPath) => offsetFinder(text)(path);
/** Line and column where the value at `path` starts, or undefined. */
const locate = (text: string, path: JsonPath) => {
  const offset = locateOffset(text, path);
  return offset === undefined ? undefined : positionToLineColumn(text, offset);
};

const now = new Date('2026-11-29T10:00:00.000Z');
const record = (
  kind: string,
  id: string,
  data: Record<string, unknown> = {},
  space = 'library-redesign',
) => createEnvelope({ space, kind, id }, data, now);
const board = record('idea-board', 'main', { ideas: [{ id: 'a1', text: 'Open on Sundays' }] });
const vote = record('partnership-vote', 'opening-hours', { ballots: [] });
const journey = record('journey-map', 'main', { stages: [] });
const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const spaceFile = (records: unknown[], extra: Record<string, unknown> = {}) =>
  pretty({ ...exportSpace('library-redesign', [], now), records, ...extra });

/**
 * "line L, column C" of the first `needle` (plus `skip` characters), counted here
 * independently of the code under test.
 */
function placeOf(text: string, needle: string, skip = 0): string {
  const found = text.indexOf(needle);
  expect(found, `${needle} in the fixture`).to.be.at.least(0);
  const lines = text.slice(0, found + skip).split('\n');
  return `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
}

function problemsOf(result: ImportResult): string[] {
  expect(result.ok, 'the import was refused').to.be.false;
  return result.ok ? [] : result.problems;
}

describe('parseImportFile: what it accepts', () => {
  it('accepts a single record, as one element exports it', () => {
    expect(parseImportFile(pretty(board))).to.deep.equal({
      ok: true,
      kind: 'record',
      space: 'library-redesign',
      records: [board],
    });
  });

  it('accepts a space export, as exportSpace writes it', () => {
    const text = pretty(exportSpace('library-redesign', [board, vote, journey], now));
    expect(parseImportFile(text)).to.deep.equal({
      ok: true,
      kind: 'space',
      space: 'library-redesign',
      records: [board, vote, journey],
    });
  });

  const alsoAccepted: [string, string][] = [
    ['an empty space', spaceFile([])],
    ['a hand-made space export with no exportedAt', spaceFile([board], { exportedAt: undefined })],
    ['a file with a byte order mark', `\uFEFF${pretty(board)}`],
    ['compact JSON', JSON.stringify(board)],
    ['a file of exactly the largest size', JSON.stringify(board)],
  ];
  for (const [what, text] of alsoAccepted) {
    it(`accepts ${what}`, () => {
      const size = what.includes('largest') ? MAX_IMPORT_BYTES : undefined;
      expect(parseImportFile(text, size).ok).to.be.true;
    });
  }

  it('keeps text holding markup as the very same text, in every text field', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const data = {
      title: markup,
      [markup]: markup,
      ideas: [{ id: 'a1', text: markup, author: markup, comments: [markup, `"${markup}"`] }],
      nested: { deeper: { still: `</script>${markup}<!--` } },
    };
    const records = [
      record('idea-board', 'main', data),
      record('skill-offer', 'main', { offers: [{ skill: markup }] }),
    ];
    const result = parseImportFile(pretty(exportSpace('library-redesign', records, now)));
    expect(result.ok && result.records).to.deep.equal(records);
  });

  it('reads back everything it exports', () => {
    const text = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(text, text), {
          selector: ([kind, id]) => `${kind}/${id}`,
          maxLength: 5,
        }),
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }),
        (refs, data) => {
          const records = refs.map(([kind, id]) => record(kind, id, data));
          const result = parseImportFile(
            JSON.stringify(exportSpace('library-redesign', records, now)),
          );
          // As JSON can carry it (JSON has no -0, so it reads back as 0).
          expect(result.ok && result.records).to.deep.equal(JSON.parse(JSON.stringify(records)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('parseImportFile: what it refuses, and how it says so', () => {
  it('refuses a 10 MB file before reading it', () => {
    // Not JSON at all: had it been read, "not a JSON file" would be among the problems.
    const notEvenJson = 'x'.repeat(10 * 1024 * 1024);
    const problems = problemsOf(parseImportFile(notEvenJson));
    expect(problems).to.deep.equal([
      'This file is 10.0 MB; Together Kit can import files up to 8 MB.',
    ]);
  });

  it('goes by the size it is given, such as a File’s size', () => {
    const problems = problemsOf(parseImportFile(pretty(board), MAX_IMPORT_BYTES + 1));
    expect(problems[0]).to.contain('Together Kit can import files up to 8 MB');
  });

  it('says where a file was cut short', () => {
    const text = pretty(exportSpace('library-redesign', [board, vote], now));
    const cut = text.slice(0, text.indexOf('"partnership-vote"') + 5);
    const lines = cut.split('\n').length;
    expect(problemsOf(parseImportFile(cut))).to.deep.equal([
      `The file ends too early at line ${lines} — it may have been cut off while copying. Export it again, or copy the whole file.`,
    ]);
  });

  it('says where the JSON breaks inside the file', () => {
    const text = pretty(board).replace('"kind"', '"kind" "idea-board",\n  "oops"');
    const [problem] = problemsOf(parseImportFile(text));
    expect(problem).to.match(/^line 4, column 10: the file is not valid JSON here/);
  });

  const refused: [string, string, string][] = [
    ['an empty file', '', 'This file is empty. Choose the file that Together Kit exported.'],
    ['a file of blank lines', '\n  \r\n', 'This file is empty.'],
    [
      'a spreadsheet',
      'name,skill\r\nAnn,cooking\r\n',
      'This is not a Together Kit export: it is not a JSON file.',
    ],
    ['a list', pretty([board]), 'a Together Kit file starts with {"format": "together-kit", …}'],
    ['a number', '42', 'a Together Kit file starts with'],
    [
      'an object with no format',
      pretty({ records: [] }),
      'This is not a Together Kit export: it has no `format`.',
    ],
    [
      'another format',
      pretty({ ...board, format: 'x' }),
      'This is not a Together Kit export: `format` is "x", where Together Kit writes "together-kit" or "together-kit-space".',
    ],
    ['a format that is not text', pretty({ ...board, format: 2 }), '`format` is 2,'],
    ['a very long format', pretty({ ...board, format: 'y'.repeat(500) }), `"${'y'.repeat(58)}…,`],
    [
      'a record of a newer schema',
      pretty({ ...board, schema: 2 }),
      'This file was made by a newer version of Together Kit (schema 2); this version reads schema 1 — update Together Kit to import it.',
    ],
    [
      'a space export of a newer schema',
      spaceFile([board], { schema: 3 }),
      '(schema 3); this version reads schema 1',
    ],
    ['a newer record in a space export', spaceFile([board, { ...vote, schema: 2 }]), '(schema 2)'],
    [
      'a newer record whose fields this version does not know',
      spaceFile([{ format: 'together-kit', schema: 5, payload: 'new' }]),
      '(schema 5)',
    ],
  ];
  for (const [what, text, problem] of refused) {
    it(`refuses ${what}`, () => {
      const problems = problemsOf(parseImportFile(text));
      expect(problems).to.have.length(1);
      expect(problems[0]).to.contain(problem);
    });
  }

  const badFields: [string, unknown[], string, string][] = [
    [
      'a record with a date in words',
      [board, vote, { ...journey, updatedAt: 'last Tuesday' }],
      '"last Tuesday"',
      'records[2].updatedAt must be a date and time',
    ],
    [
      'a schema given as text',
      [{ ...board, schema: '1' }],
      '"1"',
      'records[0].schema must be a whole number',
    ],
    [
      'a fractional schema, which is no newer version',
      [{ ...board, schema: 1.5 }],
      '1.5',
      'records[0].schema must be a whole number',
    ],
    [
      'an id with a slash',
      [{ ...board, id: 'a/b' }],
      '"a/b"',
      'records[0].id must be 1 to 64 letters',
    ],
    [
      'an id of markup',
      [{ ...board, id: '<img src=x onerror=alert(1)>' }],
      '"<img',
      'records[0].id must be',
    ],
    [
      'data that is a list',
      [vote, { ...board, data: [] }],
      '"data": []',
      'records[1].data must be an object',
    ],
    ['a record that is text', [board, 'board'], '"board"', 'records[1] must be an object'],
  ];
  for (const [what, records, at, problem] of badFields) {
    it(`refuses ${what}, with its line and column`, () => {
      const text = spaceFile(records);
      const skip = at.startsWith('"data"') ? '"data": '.length : 0;
      const problems = problemsOf(parseImportFile(text));
      expect(problems).to.have.length(1);
      expect(problems[0]).to.contain(`${placeOf(text, at, skip)}: ${problem}`);
    });
  }

  it('refuses records that are not a list, with the line and column', () => {
    const text = pretty({ ...exportSpace('library-redesign', [], now), records: { 0: board } });
    expect(problemsOf(parseImportFile(text))).to.deep.equal([
      `${placeOf(text, '{\n    "0"')}: records must be a list of records, in square brackets [ ]`,
    ]);
  });

  it('points at the record when one of its fields is missing', () => {
    const { updatedAt: _gone, ...partial } = vote;
    const text = spaceFile([board, partial]);
    const recordStart = placeOf(
      text,
      `{\n      "format": "together-kit",\n      "schema": 1,\n      "kind": "partnership-vote"`,
    );
    expect(problemsOf(parseImportFile(text))).to.deep.equal([
      `${recordStart}: records[1].updatedAt is missing`,
    ]);
  });

  it('lists every problem in the file, in order, never a partial import', () => {
    const text = spaceFile([{ ...board, schema: 0 }, vote, { ...journey, kind: '' }]);
    expect(problemsOf(parseImportFile(text))).to.deep.equal([
      `${placeOf(text, '"schema": 0', 10)}: records[0].schema must be a whole number, 1 or more`,
      `${placeOf(text, '"kind": ""', 8)}: records[2].kind must be 1 to 64 letters, digits, "-", "_" or "." (and not only dots), like "library-redesign"`,
    ]);
  });

  it('lists ten problems and counts the rest', () => {
    const broken = Array.from({ length: 14 }, (_, i) => ({
      ...record('idea-board', `b${i}`),
      updatedAt: 'soon',
    }));
    const problems = problemsOf(parseImportFile(spaceFile(broken)));
    expect(problems).to.have.length(11);
    expect(problems[9]).to.contain('records[9].updatedAt');
    expect(problems[10]).to.equal('There are 4 more problems.');
  });

  it('refuses a record that appears twice, naming both', () => {
    const text = spaceFile([board, vote, { ...board, data: { ideas: [] } }]);
    // The third record's opening brace: pretty() indents records by four spaces.
    const line = text.slice(0, text.lastIndexOf('{\n      "format"')).split('\n').length;
    expect(problemsOf(parseImportFile(text))).to.deep.equal([
      `line ${line}, column 5: records[2] is the same record as records[0] (idea-board "main"); each record may appear only once.`,
    ]);
  });

  it('refuses a record of another space than the export’s', () => {
    const stray = record('idea-board', 'main', {}, 'other-space');
    const text = spaceFile([vote, stray]);
    expect(problemsOf(parseImportFile(text))).to.deep.equal([
      `${placeOf(text, '"other-space"')}: records[1] belongs to the space "other-space", but this file is an export of the space "library-redesign", and every record in it must belong to that space.`,
    ]);
  });

  it('says what is wrong in Welsh', () => {
    const cut = pretty(board).slice(0, 40);
    const lastLine = cut.trimEnd().split('\n').length;
    expect(problemsOf(parseImportFile(cut, undefined, 'cy'))[0]).to.contain(
      `Mae'r ffeil yn dod i ben yn rhy gynnar ar linell ${lastLine} — `,
    );
    const text = spaceFile([{ ...board, updatedAt: 'ddoe' }]);
    expect(problemsOf(parseImportFile(text, undefined, 'cy'))).to.deep.equal([
      `ll${placeOf(text, '"ddoe"').replace('column', 'colofn').replace('line', 'inell')}: rhaid i records[0].updatedAt fod yn ddyddiad ac amser, fel "2026-11-29T10:00:00.000Z"`,
    ]);
    const big = problemsOf(parseImportFile('{}', 10 * 1024 * 1024, 'cy'));
    expect(big).to.deep.equal([
      "Mae'r ffeil hon yn 10.0 MB; gall Together Kit fewnforio ffeiliau hyd at 8 MB.",
    ]);
  });

  it('has every message in English and Welsh', () => {
    expect(Object.keys(importMessages.cy).sort()).to.deep.equal(
      Object.keys(importMessages.en).sort(),
    );
  });
});

describe('parseImportFile: older schemas', () => {
  // As if this version read schema 3, with a history of two steps.
  const steps = {
    1: stepForKinds({ 'idea-board': ({ notes, ...rest }) => ({ ...rest, ideas: notes }) }),
    2: (e: Envelope) => e,
  };

  it('migrates older records on import', () => {
    const old = { ...record('idea-board', 'main'), data: { notes: ['Open later'] } };
    const result = parseImportFile(spaceFile([old]), undefined, 'en', { schema: 3, steps });
    expect(result.ok && result.records).to.deep.equal([
      { ...old, schema: 3, data: { ideas: ['Open later'] } },
    ]);
  });

  it('refuses the whole file when a record cannot be migrated', () => {
    const result = parseImportFile(spaceFile([board, vote]), undefined, 'en', {
      schema: 3,
      steps: { 1: steps[1] },
    });
    expect(problemsOf(result)).to.deep.equal([
      'A record in this file (idea-board "main") could not be updated from schema 2 to schema 3, so nothing was imported. Please tell the people who run this website.',
    ]);
  });
});

describe('exportSpace', () => {
  it('writes the space, the current schema, the time and a copy of the list', () => {
    const records = [board];
    const exported = exportSpace('library-redesign', records, now);
    expect(exported).to.deep.equal({
      format: 'together-kit-space',
      schema: 1,
      space: 'library-redesign',
      exportedAt: '2026-11-29T10:00:00.000Z',
      records: [board],
    });
    expect(exported.records).not.to.equal(records);
  });

  it('refuses a record of another space, which could not be imported again', () => {
    expect(() => exportSpace('other', [board])).to.throw(TypeError, 'is not in the space "other"');
  });
});

describe('positionToLineColumn', () => {
  const cases: [string, string, number, [number, number]][] = [
    ['the start', 'abc', 0, [1, 1]],
    ['within the first line', 'abc', 2, [1, 3]],
    ['after a LF', 'ab\ncd', 4, [2, 2]],
    ['after a CRLF, counted once', 'ab\r\ncd', 5, [2, 2]],
    ['after a lone CR', 'ab\rcd', 3, [2, 1]],
    ['after an emoji, one character', '😀x', 3, [1, 3]],
    ['past the end, at the end', 'ab\nc', 99, [2, 2]],
  ];
  for (const [what, text, offset, [line, column]] of cases) {
    it(`finds ${what}`, () => {
      expect(positionToLineColumn(text, offset)).to.deep.equal({ line, column });
    });
  }
});

describe('locate', () => {
  const text =
    '{\n  "a\\"b": 1,\n  "list": [10, {"x": [true, null]}, "s"],\n  "dup": 1, "dup": {"y": 2}\n}';

  const cases: [string, (string | number)[], [number, number] | undefined][] = [
    ['the whole document', [], [1, 1]],
    ['a key written with an escape', ['a"b'], [2, 11]],
    ['an item of a list', ['list', 1], [3, 16]],
    ['deep inside', ['list', 1, 'x', 1], [3, 29]],
    ['the last of two equal keys, as JSON.parse keeps', ['dup', 'y'], [4, 26]],
    ['nothing for a missing key', ['nope'], undefined],
    ['nothing past the end of a list', ['list', 3], undefined],
    ['nothing for an index into an object', [0], undefined],
    ['nothing for a key into a list', ['list', 'x'], undefined],
  ];
  for (const [what, path, expected] of cases) {
    it(`finds ${what}`, () => {
      const found = locate(text, path);
      expect(found && [found.line, found.column]).to.deep.equal(expected);
    });
  }

  it('finds nothing in text that is not JSON', () => {
    expect(locate('{"a": ', ['a'])).to.equal(undefined);
  });

  it('finds every value of any JSON document where it starts', () => {
    const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
      if (Array.isArray(value))
        return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
      if (value && typeof value === 'object') {
        return [
          prefix,
          ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key])),
        ];
      }
      return [prefix];
    };
    const at = (value: unknown, path: (string | number)[]) =>
      path.reduce<unknown>((inner, key) => (inner as Record<string | number, unknown>)[key], value);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2), (value, indent) => {
        const json = JSON.stringify(value, null, indent);
        for (const path of paths(value)) {
          const offset = locateOffset(json, path);
          expect(offset, JSON.stringify(path)).not.to.equal(undefined);
          const shown = JSON.stringify(at(value, path), null, indent).split('\n')[0];
          expect(json.startsWith(shown, offset), JSON.stringify(path)).to.be.true;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('findSyntaxError', () => {
  const cases: [string, string, { offset: number; endOfInput: boolean } | undefined][] = [
    ['valid JSON', ' {"a": [1, -2.5e+3, "x\\u00e9\\n", true, false, null]} ', undefined],
    ['an empty text', '', { offset: 0, endOfInput: true }],
    ['an unclosed object', '{"a": 1', { offset: 7, endOfInput: true }],
    ['a cut literal', '[tru', { offset: 4, endOfInput: true }],
    ['a cut escape', '"ab\\u00', { offset: 7, endOfInput: true }],
    ['a cut number', '[1.', { offset: 3, endOfInput: true }],
    ['a missing comma', '{"a": 1 "b": 2}', { offset: 8, endOfInput: false }],
    ['a trailing comma', '[1, ]', { offset: 4, endOfInput: false }],
    ['a single quote', "{'a': 1}", { offset: 1, endOfInput: false }],
    ['a raw line break in a string', '"a\nb"', { offset: 2, endOfInput: false }],
    ['a bad escape', '"\\x"', { offset: 2, endOfInput: false }],
    ['a leading zero', '01', { offset: 1, endOfInput: false }],
    ['a wrong closing bracket', '[1}', { offset: 2, endOfInput: false }],
    ['text after the value', '{} x', { offset: 3, endOfInput: false }],
    ['a misspelt literal', 'nul!', { offset: 3, endOfInput: false }],
  ];
  for (const [what, text, expected] of cases) {
    it(`reports ${what}`, () => {
      expect(findSyntaxError(text)).to.deep.equal(expected);
    });
  }

  it('agrees with JSON.parse on any text made from JSON pieces', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '\\',
      'a',
      '1',
      '-',
      '.',
      'e',
      'true',
      'nul',
      ' ',
      '\n',
      '\u0001',
      'u00',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
        (text) => {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          expect(findSyntaxError(text) === undefined, text).to.equal(parses);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('says "ended too early" for every cut of a valid document', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.nat(), (value, at) => {
        const json = JSON.stringify(value, null, 1);
        const cut = json.slice(0, at % json.length);
        const error = findSyntaxError(cut);
        // A cut can itself be valid JSON ("12" of "123"); otherwise it ends too early.
        if (error) expect(error, cut).to.deep.equal({ offset: cut.length, endOfInput: true });
        else expect(() => JSON.parse(cut)).not.to.throw();
      }),
      { numRuns: 200 },
    );
  });
});
